package org.milex.query;

import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.milex.model.Edition;
import org.milex.model.Guideline;

/**
 * A guideline checked year by year in one edition: how many met it each year, the first year each ally met
 * it, and its streaks of consecutive years. Each year is a {@link Compliance} with that year's members.
 *
 * <pre>{@code
 * ComplianceHistory h = Query.of(data).complianceHistory(Guideline.twoPercentOfGdp());
 * h.counts();      // 2014: 3 of 28 … 2023: 10 of 31, 2024: 23 of 32
 * h.firstYears();  // POL 2015, FIN 2023, …
 * h.streaks();     // USA 2014-2024 (11 years, ongoing), …
 * }</pre>
 *
 * <p>"First year" and streaks look only at the years of the query: an ally meeting the guideline in the
 * first year may have met it before. Immutable.
 */
public final class ComplianceHistory {

    /**
     * One year's count.
     *
     * @param year the year
     * @param meeting members meeting the guideline
     * @param members allies that were members that year (the denominator)
     * @param withoutFigure members without a figure (Iceland)
     * @param estimate whether the edition marks the year as an estimate
     */
    public record YearCount(Year year, int meeting, int members, int withoutFigure, boolean estimate) {
        /** Validates the counts. */
        public YearCount {
            Checks.notNull("year", year);
            if (meeting < 0 || withoutFigure < 0 || meeting + withoutFigure > members) {
                throw new IllegalArgumentException(year + ": " + meeting + " meeting and " + withoutFigure
                        + " without figure exceed " + members + " members");
            }
        }
    }

    /**
     * When an ally first met the guideline within the years checked.
     *
     * @param code ally code
     * @param name ally name
     * @param firstYear the first year it met it; empty if it never did
     * @param yearsMet in how many of the years checked it met it
     * @param yearsMember in how many of the years checked it was a member
     */
    public record FirstYear(String code, String name, Optional<Year> firstYear, int yearsMet, int yearsMember) {
        /** Validates the parts. */
        public FirstYear {
            Checks.notNull("code", code, "name", name, "firstYear", firstYear);
            if (yearsMet > yearsMember || firstYear.isPresent() != (yearsMet > 0)) {
                throw new IllegalArgumentException(code + ": first year " + firstYear + ", met in " + yearsMet
                        + " of " + yearsMember + " years");
            }
        }
    }

    /**
     * A run of consecutive years in which an ally met the guideline.
     *
     * @param code ally code
     * @param name ally name
     * @param from first year of the run
     * @param to last year of the run
     * @param years {@code to − from + 1}
     * @param ongoing whether the run reaches the last year checked
     */
    public record Streak(String code, String name, Year from, Year to, int years, boolean ongoing) {
        /** Validates that the run's length matches its years. */
        public Streak {
            Checks.notNull("code", code, "name", name, "from", from, "to", to);
            if (years != to.getValue() - from.getValue() + 1 || years < 1) {
                throw new IllegalArgumentException(code + ": a streak " + from + "-" + to + " lasts "
                        + (to.getValue() - from.getValue() + 1) + " years, not " + years);
            }
        }
    }

    private final Guideline guideline;
    private final Edition edition;
    private final Rounding rounding;
    private final List<Compliance> byYear;

    ComplianceHistory(Guideline guideline, Edition edition, Rounding rounding, List<Compliance> byYear) {
        this.guideline = Objects.requireNonNull(guideline, "guideline");
        this.edition = Objects.requireNonNull(edition, "edition");
        this.rounding = Objects.requireNonNull(rounding, "rounding");
        this.byYear = List.copyOf(byYear);
    }

    /** The guideline checked. */
    public Guideline guideline() {
        return guideline;
    }

    /** The edition. */
    public Edition edition() {
        return edition;
    }

    /** Each year's compliance, oldest first. */
    public List<Compliance> byYear() {
        return byYear;
    }

    /**
     * The compliance in one year.
     *
     * @throws IllegalArgumentException if the year was not checked
     */
    public Compliance at(Year year) {
        Objects.requireNonNull(year, "year");
        return byYear.stream().filter(c -> c.year().equals(year)).findFirst().orElseThrow(() ->
                new IllegalArgumentException(year + " was not checked; the years are " + years()));
    }

    /** The year-by-year counts with their denominators. */
    public Rows<YearCount> counts() {
        List<YearCount> rows = byYear.stream().map(c -> new YearCount(c.year(), c.count(), c.members(),
                c.withoutFigure().size(), c.isEstimate())).toList();
        return Rows.of(YearCount.class, title("allies meeting"), rows, notes());
    }

    /** For every ally that was a member in any year checked, the first year it met the guideline; by code. */
    public Rows<FirstYear> firstYears() {
        List<FirstYear> rows = new ArrayList<>();
        for (Map.Entry<String, List<Compliance.Standing>> e : byAlly().entrySet()) {
            List<Compliance.Standing> s = e.getValue();
            List<Compliance.Standing> met = s.stream().filter(x -> x.status() == Compliance.Status.MEETS).toList();
            rows.add(new FirstYear(e.getKey(), s.get(0).name(),
                    met.isEmpty() ? Optional.empty() : Optional.of(met.get(0).year()), met.size(), s.size()));
        }
        return Rows.of(FirstYear.class, title("first year meeting"), rows, notes());
    }

    /** Every maximal run of consecutive years meeting the guideline, by ally code, then start year. */
    public Rows<Streak> streaks() {
        Year last = byYear.isEmpty() ? Year.of(0) : byYear.get(byYear.size() - 1).year();
        List<Streak> rows = new ArrayList<>();
        for (List<Compliance.Standing> s : byAlly().values()) {
            Year from = null;
            Year prev = null;
            for (Compliance.Standing x : s) {
                boolean meets = x.status() == Compliance.Status.MEETS;
                boolean continues = meets && prev != null && x.year().equals(prev.plusYears(1));
                if (from != null && !continues) {
                    rows.add(streak(x, from, prev, last));
                    from = null;
                }
                if (meets && from == null) {
                    from = x.year();
                }
                prev = meets ? x.year() : null;
            }
            if (from != null) {
                rows.add(streak(s.get(0), from, prev, last));
            }
        }
        return Rows.of(Streak.class, title("streaks meeting"), rows, notes());
    }

    private static Streak streak(Compliance.Standing s, Year from, Year to, Year last) {
        return new Streak(s.code(), s.name(), from, to, to.getValue() - from.getValue() + 1, to.equals(last));
    }

    private Map<String, List<Compliance.Standing>> byAlly() {
        Map<String, List<Compliance.Standing>> m = new TreeMap<>();
        for (Compliance c : byYear) {
            for (Compliance.Standing s : c.standings()) {
                m.computeIfAbsent(s.code(), k -> new ArrayList<>()).add(s);
            }
        }
        return new LinkedHashMap<>(m);
    }

    private List<Year> years() {
        return byYear.stream().map(Compliance::year).toList();
    }

    private String title(String what) {
        String span = byYear.isEmpty() ? "no years" : years().get(0) + "-" + years().get(years().size() - 1);
        return guideline + ", " + what + ", " + span + ", " + edition + " ("
                + rounding.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ")";
    }

    private List<String> notes() {
        return Compliance.notes(guideline, edition, rounding);
    }

    /** The year-by-year counts as a Tablesaw table, the same as {@code counts().toTable()}. */
    public tech.tablesaw.api.Table toTable() {
        return counts().toTable();
    }

    /** The year-by-year counts. */
    @Override
    public String toString() {
        return counts().toString();
    }
}
