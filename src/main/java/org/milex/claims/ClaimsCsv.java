package org.milex.claims;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.milex.internal.CsvFile;
import org.milex.model.Ally;
import org.milex.model.AllyGroup;
import org.milex.model.Edition;
import org.milex.model.Subject;

/**
 * Reads {@code data/claims.csv}: one claim per row, with the kind of check milex runs on it. Strict: an
 * unknown or missing column, a duplicate id, an unknown check, edition, ally or group, a malformed figure
 * or a claim a check cannot run on rejects the file naming line, column and value.
 */
final class ClaimsCsv {
    static final List<String> COLUMNS = List.of("id", "check", "statement", "claimant", "said", "edition", "subject",
            "unit", "figures", "reading", "checked_against", "sources", "reference");

    /** A claim with how it is checked. */
    record Entry(Claim claim, Kind kind, Optional<Subject> subject) {
    }

    /** The checks milex knows, as {@code data/claims.csv} names them. */
    enum Kind {
        /** How many allies meet 2% of GDP in a year (figures labelled by year, optionally {@code members}). */
        ALLIES_MEETING("allies-meeting"),
        /** A group's share of GDP in one or more years (figures labelled by year; subject a group). */
        GROUP_SHARE("group-share"),
        /** An ally's share of GDP in a year (figure labelled by year; subject an ally). */
        ALLY_SHARE("ally-share"),
        /** A group's defence expenditure in US dollars, scope and prices unstated (figure labelled by year). */
        GROUP_SPENDING("group-spending"),
        /** A total of NSPA contracts that no source itemises (figure {@code total}). */
        NSPA_UNTRACED("nspa-untraced"),
        /** NSPA's awards since July 2023 (figures {@code total}, {@code patriot}, {@code ammunition}). */
        NSPA_SINCE_JULY_2023("nspa-since-july-2023"),
        /** US security assistance against the Pentagon's total (figure {@code total}). */
        US_AID_CONSISTENCY("us-aid-consistency"),
        /** Aid of other donors converted from Kiel's euro figures (figure {@code total}). */
        KIEL_CONVERSION("kiel-conversion");

        private final String token;

        Kind(String token) {
            this.token = token;
        }

        static Optional<Kind> parse(String s) {
            return Arrays.stream(values()).filter(k -> k.token.equals(s)).findFirst();
        }

        String token() {
            return token;
        }
    }

    private ClaimsCsv() {
    }

    static List<Entry> read(CsvFile csv) {
        csv.require(COLUMNS.toArray(String[]::new)).allowOnly(COLUMNS);
        List<Entry> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (CsvFile.Row row : csv.rows()) {
            String id = row.required("id");
            if (!ids.add(id)) {
                throw row.error("id", id, "claim appears twice");
            }
            String k = row.required("check");
            Kind kind = Kind.parse(k).orElseThrow(() -> row.error("check", k, "not a check milex knows; known: "
                    + String.join(", ", Arrays.stream(Kind.values()).map(Kind::token).toList())));
            String u = row.required("unit");
            ClaimedFigure.Unit unit = parse(row, "unit", u, () -> ClaimedFigure.Unit.parse(u));
            List<ClaimedFigure> figures = new ArrayList<>();
            for (String f : row.required("figures").split("\\|")) {
                figures.add(parse(row, "figures", f, () -> ClaimedFigure.parse(f, unit)));
            }
            String e = row.text("edition");
            Optional<Edition> edition = e.isEmpty() ? Optional.empty()
                    : Optional.of(parse(row, "edition", e, () -> Edition.parse(e)));
            String s = row.text("subject");
            Optional<Subject> subject = Optional.empty();
            if (kind == Kind.ALLY_SHARE) {
                subject = Optional.of(parse(row, "subject", s, () -> Ally.of(s)));
            } else if (kind == Kind.GROUP_SHARE) {
                subject = Optional.of(parse(row, "subject", s, () -> AllyGroup.of(s)));
            } else if (!s.isEmpty()) {
                throw row.error("subject", s, "the check " + kind.token() + " takes no subject");
            }
            boolean aboutNato = kind == Kind.ALLIES_MEETING || kind == Kind.GROUP_SHARE || kind == Kind.ALLY_SHARE
                    || kind == Kind.GROUP_SPENDING;
            if (aboutNato && edition.isEmpty()) {
                throw row.error("edition", e, "the check " + kind.token() + " needs the edition the claim was made from");
            }
            String said = row.text("said");
            String reading = row.text("reading");
            String sources = row.text("sources");
            Claim claim;
            try {
                claim = new Claim(id, row.required("statement"), row.required("claimant"),
                        said.isEmpty() ? Optional.empty() : Optional.of(row.date("said")), edition, figures,
                        reading.isEmpty() ? Optional.empty() : Optional.of(reading), row.required("checked_against"),
                        sources.isEmpty() ? List.of() : List.of(sources.split("\\|")), row.required("reference"));
            } catch (IllegalArgumentException ex) {
                throw row.error("id", id, ex.getMessage());
            }
            for (String label : Checker.requiredLabels(kind)) {
                parse(row, "figures", row.text("figures"), () -> claim.figure(label));
            }
            if (aboutNato) {
                for (ClaimedFigure f : figures) {
                    if (!f.label().matches("\\d{4}") && !(kind == Kind.ALLIES_MEETING && f.label().equals("members"))) {
                        throw row.error("figures", f.toString(), "the check " + kind.token()
                                + " takes figures labelled by year" + (kind == Kind.ALLIES_MEETING ? " and 'members'" : ""));
                    }
                }
            }
            out.add(new Entry(claim, kind, subject));
        }
        return List.copyOf(out);
    }

    private static <T> T parse(CsvFile.Row row, String column, String value, java.util.function.Supplier<T> parser) {
        try {
            return parser.get();
        } catch (IllegalArgumentException ex) {
            throw row.error(column, value, ex.getMessage());
        }
    }
}
