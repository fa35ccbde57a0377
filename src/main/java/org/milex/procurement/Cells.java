package org.milex.procurement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.milex.internal.CsvFile;
import org.milex.internal.Grammar;
import org.milex.model.Ally;
import org.milex.model.Money;
import org.milex.model.PriceBasis;

/** Reading the cells the procurement files share, strictly, with errors naming file, line and column. */
final class Cells {
    private static final String DECIMAL = "[0-9]+(\\.[0-9]+)?";

    private Cells() {
    }

    /** A required ISO 4217 code. */
    static Currency currency(CsvFile.Row row, String column) {
        String s = row.required(column);
        try {
            if (s.matches("[A-Z]{3}")) {
                return Currency.getInstance(s);
            }
        } catch (IllegalArgumentException e) {
            // falls through to the error below
        }
        throw row.error(column, s, "not an ISO 4217 currency code");
    }

    /** A required amount in millions: a plain, non-negative decimal. */
    static BigDecimal millions(CsvFile.Row row, String column) {
        String s = row.required(column);
        if (s.matches("-" + DECIMAL)) {
            throw row.error(column, s, "negative amount");
        }
        try {
            return Grammar.decimal(s, Grammar.Sign.NON_NEGATIVE);
        } catch (Grammar.Rejected e) {
            throw row.error(column, s, "not a number (millions, e.g. 1100 or 136.1)");
        }
    }

    /** A required amount in millions, with its currency column, at current prices. */
    static Money money(CsvFile.Row row, String column, Currency currency) {
        return Money.ofMillions(millions(row, column), currency, PriceBasis.current());
    }

    /** An empty cell as absent, otherwise yyyy-mm-dd or yyyy-mm. */
    static Optional<ReportedDate> date(CsvFile.Row row, String column) {
        String s = row.text(column);
        if (s.isEmpty()) {
            return Optional.empty();
        }
        try {
            if (s.length() == "yyyy-mm".length()) {
                return Optional.of(ReportedDate.of(java.time.YearMonth.from(Grammar.date(s + "-01"))));
            }
            return Optional.of(ReportedDate.of(Grammar.date(s)));
        } catch (Grammar.Rejected e) {
            throw row.error(column, s, "not a date (yyyy-mm-dd or yyyy-mm, 1900-2100)");
        }
    }

    /** A required enum token, read by {@code parser}. */
    static <T> T token(CsvFile.Row row, String column, Function<String, T> parser) {
        String s = row.required(column);
        try {
            return parser.apply(s);
        } catch (IllegalArgumentException e) {
            throw row.error(column, s, e.getMessage().replaceFirst(": '[^']*'", ""));
        }
    }

    /** A {@code |}-separated list, empty for an empty cell; no item may be blank. */
    static List<String> list(CsvFile.Row row, String column) {
        String s = row.text(column);
        if (s.isEmpty()) {
            return List.of();
        }
        List<String> items = new ArrayList<>();
        for (String item : s.split("\\|", -1)) {
            if (item.isBlank()) {
                throw row.error(column, s, "empty item in a |-separated list");
            }
            items.add(item);
        }
        return items;
    }

    /** A {@code |}-separated list with at least one item. */
    static List<String> requiredList(CsvFile.Row row, String column) {
        row.required(column);
        return list(row, column);
    }

    /** A {@code |}-separated list of ally codes. */
    static List<Ally> allies(CsvFile.Row row, String column) {
        List<Ally> allies = new ArrayList<>();
        for (String code : list(row, column)) {
            allies.add(ally(row, column, code));
        }
        return allies;
    }

    /** One ally code. */
    static Ally ally(CsvFile.Row row, String column, String code) {
        try {
            return Ally.of(code);
        } catch (IllegalArgumentException e) {
            throw row.error(column, code, "unknown ally code");
        }
    }

    /** A {@code |}-separated set of source flags. */
    static Set<SourceFlag> flags(CsvFile.Row row, String column) {
        Set<SourceFlag> flags = EnumSet.noneOf(SourceFlag.class);
        for (String token : list(row, column)) {
            try {
                flags.add(SourceFlag.parse(token));
            } catch (IllegalArgumentException e) {
                throw row.error(column, token, e.getMessage().replaceFirst(": '[^']*'", ""));
            }
        }
        return flags;
    }

    /** Checks that the {@code id} column is unique, remembering the line each id was first seen on. */
    static final class Ids {
        private final Map<String, Long> seen = new HashMap<>();

        String unique(CsvFile.Row row) {
            String id = row.required("id");
            Long first = seen.putIfAbsent(id, row.line());
            if (first != null) {
                throw row.error("id", id, "duplicate id, first on line " + first);
            }
            return id;
        }
    }
}
