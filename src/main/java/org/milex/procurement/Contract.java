package org.milex.procurement;

import java.time.Year;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.milex.model.Ally;
import org.milex.model.Money;
import org.milex.model.Share;

/**
 * A procurement contract, framework, call-off or US approval of a Foreign Military Sale, as public sources
 * report it: who bought what from whom, when, for how much, and where each fact comes from.
 *
 * <pre>{@code
 * Contract stinger = Contracts.embedded().get("stinger-2024").orElseThrow();
 * stinger.value();        // about USD 700 mn (current prices)
 * stinger.valueKind();    // FIRM
 * Contracts.embedded().get("dsca-stinger-2023").orElseThrow().valueKind();   // APPROVAL: up to USD 780 mn, not additive
 * stinger.buyers();       // [DEU Germany, ITA Italy, NLD Netherlands]
 * stinger.quantity();     // Optional[940]
 * stinger.alternatives(); // [USD 680 (Reuters factbox ...), USD 670 (...), EUR 643 (esut.de ...)]
 * }</pre>
 *
 * @param id stable identifier, e.g. {@code stinger-2024}
 * @param kind contract, framework, call-off or FMS notification
 * @param title what the sources call it
 * @param agency who placed it, e.g. {@code NSPA}
 * @param buyers the allies it is bought for, where the sources name them; may be empty
 * @param buyersNote who the buyers are when not all are named ("3 Allies, not named"), or other facts
 *     about them; not blank when {@code buyers} is empty
 * @param suppliers the suppliers the sources name; may be empty
 * @param system what is bought, e.g. {@code Stinger}, {@code Patriot GEM-T}, {@code 155 mm ammunition}
 * @param date the day (or month) it was signed, or announced where no signing date is reported, or for an
 *     FMS notification approved; empty where no source gives it (the notes say which)
 * @param values the figures reported, each with its {@link ValueKind} and source: the headline figure first,
 *     at most one of each kind, all in one currency at current prices, none negative; a firm value is not
 *     above a ceiling; an FMS notification's figures are approvals and an award's never are
 * @param quantity how many items, where reported
 * @param alternatives other values sources report for the same contract
 * @param flags caveats on the sourcing, e.g. {@link SourceFlag#SINGLE_SOURCE}
 * @param sources where the facts come from (URLs); at least one
 * @param notes further facts and caveats; may be empty
 */
public record Contract(String id, Kind kind, String title, String agency, List<Ally> buyers, String buyersNote,
                       List<String> suppliers, String system, Optional<ReportedDate> date, List<ContractValue> values,
                       Optional<Quantity> quantity,
                       List<ReportedValue> alternatives, Set<SourceFlag> flags, List<String> sources,
                       String notes) {

    /** What kind of commitment a contract record is. */
    public enum Kind {
        /** A contract (or contract modification) for a defined buy. */
        CONTRACT,
        /** A framework contract: a ceiling under which orders are placed. */
        FRAMEWORK,
        /** An order placed under a framework contract. */
        CALL_OFF,
        /**
         * A US approval of a possible Foreign Military Sale (a DSCA notification). Not a contract: its value
         * is an estimated ceiling and may duplicate a later contract.
         */
        FMS_NOTIFICATION;

        /**
         * Reads a kind as {@link #token()} writes it ({@code "fms-notification"}).
         *
         * @throws IllegalArgumentException naming the text when it is not a kind
         */
        public static Kind parse(CharSequence text) {
            return Tokens.parse(Kind.class, text, "a contract kind");
        }

        /** The kind as data files write it: {@code "contract"}, {@code "call-off"}, ... */
        public String token() {
            return Tokens.token(this);
        }

        /** Whether this is an award (a contract, framework or call-off), not a notification. */
        public boolean isAward() {
            return this != FMS_NOTIFICATION;
        }
    }

    /** Validates, and copies the lists; see the parameters for the rules. */
    public Contract {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(quantity, "quantity");
        requireText(id, "id");
        requireText(title, "title");
        requireText(agency, "agency");
        requireText(system, "system");
        Objects.requireNonNull(buyersNote, "buyersNote");
        Objects.requireNonNull(notes, "notes");
        buyers = List.copyOf(buyers);
        suppliers = List.copyOf(suppliers);
        alternatives = List.copyOf(alternatives);
        sources = List.copyOf(sources);
        values = List.copyOf(values);
        flags = flags.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(flags));
        if (Set.copyOf(buyers).size() != buyers.size()) {
            throw new IllegalArgumentException("a buyer is named twice: " + buyers);
        }
        if (buyers.isEmpty() && buyersNote.isBlank()) {
            throw new IllegalArgumentException("no buyers named and no buyers note saying who they are");
        }
        for (String s : suppliers) {
            requireText(s, "supplier");
        }
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("a contract names at least one source");
        }
        for (String s : sources) {
            requireText(s, "source");
        }
        checkValues(kind, values, sources);
    }

    private static void checkValues(Kind kind, List<ContractValue> values, List<String> sources) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("a contract has at least one value");
        }
        Set<ValueKind> kinds = EnumSet.noneOf(ValueKind.class);
        Money first = values.get(0).amount().money();
        for (ContractValue cv : values) {
            Money m = cv.amount().money();
            if (!kinds.add(cv.kind())) {
                throw new IllegalArgumentException("two " + cv.kind().token() + " values: " + values);
            }
            if (!m.basis().isCurrent()) {
                throw new IllegalArgumentException("a contract's value is in current prices, not " + m.basis());
            }
            if (m.isNegative()) {
                throw new IllegalArgumentException("a contract's value is not negative: " + cv);
            }
            if (!m.currency().equals(first.currency())) {
                throw new IllegalArgumentException("a contract's values are in one currency, not " + first.currency()
                        + " and " + m.currency());
            }
            if ((cv.kind() == ValueKind.APPROVAL) != (kind == Kind.FMS_NOTIFICATION)) {
                throw new IllegalArgumentException(kind == Kind.FMS_NOTIFICATION
                        ? "an FMS notification's values are approvals, not " + cv.kind().token()
                        : "an approval is an FMS notification's value, not a " + kind.token() + "'s");
            }
            if (!sources.contains(cv.source())) {
                throw new IllegalArgumentException("the source of the " + cv.kind().token() + " value, " + cv.source()
                        + ", is not among the contract's sources");
            }
        }
        Optional<Money> firm = values.stream().filter(v -> v.kind() == ValueKind.FIRM).findFirst()
                .map(v -> v.amount().money());
        Optional<Money> ceiling = values.stream().filter(v -> v.kind() == ValueKind.CEILING).findFirst()
                .map(v -> v.amount().money());
        if (firm.isPresent() && ceiling.isPresent() && firm.get().isGreaterThan(ceiling.get())) {
            throw new IllegalArgumentException("the firm value " + firm.get() + " is above the ceiling " + ceiling.get());
        }
    }

    /** The headline figure: the first of {@link #values()}. */
    public ContractValue headline() {
        return values.get(0);
    }

    /** The headline amount, as the sources state it; its kind is {@link #valueKind()}. */
    public Amount value() {
        return headline().amount();
    }

    /** What the headline amount is: firm value, ceiling, option or approval. */
    public ValueKind valueKind() {
        return headline().kind();
    }

    /** The figure of a kind, where reported: {@code lbdm-2023.value(FIRM)} is its EUR 1 bn of firm orders. */
    public Optional<ContractValue> value(ValueKind kind) {
        Objects.requireNonNull(kind, "kind");
        return values.stream().filter(v -> v.kind() == kind).findFirst();
    }

    private static void requireText(String s, String what) {
        Objects.requireNonNull(s, what);
        if (s.isBlank()) {
            throw new IllegalArgumentException("a contract's " + what + " is not blank");
        }
    }

    /** The year it was signed (or announced or approved), where known. */
    public Optional<Year> year() {
        return date.map(ReportedDate::year);
    }

    /** Whether it is an award (contract, framework or call-off), not an FMS notification. */
    public boolean isAward() {
        return kind.isAward();
    }

    /** Whether only one source (or one source and its reprints) reports it. */
    public boolean isSingleSource() {
        return flags.contains(SourceFlag.SINGLE_SOURCE);
    }

    /** Whether {@code ally} is one of the named buyers. */
    public boolean isBoughtBy(Ally ally) {
        Objects.requireNonNull(ally, "ally");
        return buyers.contains(ally);
    }

    /**
     * The contract's value as a share of its buyers' equipment spending:
     * {@code value ÷ buyersEquipmentSpending × 100 %}.
     *
     * <p>The caller supplies the spending, typically {@code Σ (defence expenditure × equipment share)} over
     * the buyers for the year of the contract, from NATO's tables, in the contract's currency at current
     * prices (convert one side with {@link ExchangeRate#convert} first). The whole value counts, though a
     * contract is often paid over several years, and the headline figure counts whatever its
     * {@link #valueKind() kind} (a ceiling as the ceiling); the share inherits the
     * value's {@link #value() qualifier}, which a {@link Share} does not carry.
     *
     * @throws org.milex.model.MoneyMismatchException if the currencies or price bases differ
     * @throws ArithmeticException if the spending is zero
     * @throws IllegalArgumentException if the value exceeds the spending (a share above 100%)
     */
    public Share shareOf(Money buyersEquipmentSpending) {
        Objects.requireNonNull(buyersEquipmentSpending, "buyersEquipmentSpending");
        return Share.of(value().money(), buyersEquipmentSpending);
    }

    /** {@code "stinger-2024: NSPA Stinger, about USD 700 mn (current prices), 2024-07-09"}. */
    @Override
    public String toString() {
        return id + ": " + agency + " " + system + ", " + (valueKind() == ValueKind.FIRM ? "" : valueKind().token() + " ")
                + value() + ", "
                + date.map(ReportedDate::toString).orElse("undated");
    }
}
