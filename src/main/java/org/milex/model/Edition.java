package org.milex.model;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A publication that figures come from, such as NATO's June 2024 <i>Defence Expenditure of NATO Countries
 * (2014-2024)</i>. NATO revises past years in every edition, so a figure means something only together with
 * its edition.
 *
 * <p>An edition is identified as {@code PUBLISHER-YYYY-MM} ({@code NATO-2024-06}); the editions milex ships
 * are described in {@code data/editions.csv} and found with {@link #parse(String)}.
 *
 * <pre>{@code
 * Edition e = Edition.parse("NATO-2024-06");
 * e.cutoff();              // Optional[2024-06-12]
 * e.constantPrices();      // constant 2015 prices
 * e.isEstimate(Year.of(2024));  // true
 * }</pre>
 *
 * @param id identifier {@code PUBLISHER-YYYY-MM}
 * @param publisher who published it, e.g. {@code NATO}
 * @param title the publication's title
 * @param published the publication date
 * @param cutoff the data cut-off date, when the publisher stated one
 * @param constantPrices the base of its constant-price figures
 * @param firstYear the first year it covers
 * @param lastYear the last year it covers
 * @param estimateYears the years it marks as estimates ({@code 2023e})
 * @param coverage how much of the publication milex holds
 * @param definition what the figures measure (NATO's definition of defence expenditure, or core defence
 *     expenditure from 2026)
 * @param source where milex's copy of the figures comes from
 */
public record Edition(String id, String publisher, String title, LocalDate published, Optional<LocalDate> cutoff,
                      PriceBasis constantPrices, Year firstYear, Year lastYear, Set<Year> estimateYears,
                      Coverage coverage, Definition definition, String source) implements Comparable<Edition> {

    /** How much of an edition milex holds. */
    public enum Coverage {
        /** Every figure of every table, read from the publisher's own file. */
        COMPLETE,
        /** Some tables or years, from secondary sources; see each figure's source. */
        PARTIAL,
        /** Scattered figures, some read by OCR; unverified. */
        FRAGMENTARY,
        /** Figures printed between editions (e.g. in an annual report), from a secondary source. */
        INTERIM
    }

    /**
     * What the expenditure figures measure. The two are different measures: a share of GDP of core defence
     * expenditure is not comparable with one of defence expenditure, and milex says so wherever they meet
     * ({@link Guideline#definitionNote(Edition)}).
     */
    public enum Definition {
        /** NATO's definition of defence expenditure (the 2% guideline's basis). */
        DEFENCE_EXPENDITURE("defence expenditure (NATO definition)"),
        /** Core defence expenditure, the basis of The Hague's 3.5% target (NATO tables from 2026). */
        CORE_DEFENCE_EXPENDITURE("core defence expenditure (The Hague, 2025)");

        private final String label;

        Definition(String label) {
            this.label = label;
        }

        /** What it measures, in words: {@code "core defence expenditure (The Hague, 2025)"}. */
        public String label() {
            return label;
        }
    }


    /** Orders editions by publication date, then identifier. */
    public static final Comparator<Edition> BY_PUBLICATION = new ByPublication();

    /**
     * Publication date, then identifier. A class rather than {@code Comparator.comparing(…).thenComparing(…)},
     * whose serializable lambdas class-data sharing cannot archive: they were spun at run time, about 3 ms of
     * the command line's first run.
     */
    private static final class ByPublication implements Comparator<Edition> {
        @Override
        public int compare(Edition a, Edition b) {
            int c = a.published.compareTo(b.published);
            return c != 0 ? c : a.id.compareTo(b.id);
        }
    }

    /** Validates the identifier, the years and the price basis. */
    public Edition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(cutoff, "cutoff");
        Objects.requireNonNull(constantPrices, "constantPrices");
        Objects.requireNonNull(firstYear, "firstYear");
        Objects.requireNonNull(lastYear, "lastYear");
        Objects.requireNonNull(coverage, "coverage");
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(source, "source");
        if (!isId(id)) {
            throw new IllegalArgumentException("an edition is identified as PUBLISHER-YYYY-MM, e.g. NATO-2024-06, not '" + id + "'");
        }
        if (!id.startsWith(publisher + "-")) {
            throw new IllegalArgumentException("edition " + id + " does not start with its publisher " + publisher);
        }
        if (constantPrices.isCurrent()) {
            throw new IllegalArgumentException("edition " + id + ": constant prices need a base year, not " + constantPrices);
        }
        if (cutoff.isPresent() && cutoff.get().isAfter(published)) {
            throw new IllegalArgumentException("edition " + id + ": cut-off " + cutoff.get() + " is after publication " + published);
        }
        if (firstYear.isAfter(lastYear)) {
            throw new IllegalArgumentException("edition " + id + ": first year " + firstYear + " is after last year " + lastYear);
        }
        for (Year y : estimateYears) {
            if (y.isBefore(firstYear) || y.isAfter(lastYear)) {
                throw new IllegalArgumentException("edition " + id + ": estimate year " + y + " lies outside " + firstYear + "-" + lastYear);
            }
        }
        estimateYears = Set.copyOf(new TreeSet<>(estimateYears));
    }

    /**
     * Whether {@code id} has the form {@code [A-Z][A-Z0-9]*-[0-9]{4}-[0-9]{2}}. Checked by hand: a regular
     * expression here loaded and compiled the regex engine on the command line's first run.
     */
    private static boolean isId(String id) {
        int dash = id.length() - 8;                        // "-YYYY-MM" ends the identifier
        if (dash < 1 || id.charAt(dash) != '-' || id.charAt(dash + 5) != '-' || !isUpper(id.charAt(0))) {
            return false;
        }
        for (int i = 1; i < dash; i++) {
            if (!isUpper(id.charAt(i)) && !isDigit(id.charAt(i))) {
                return false;
            }
        }
        for (int i = dash + 1; i < id.length(); i++) {
            if (i != dash + 5 && !isDigit(id.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * The embedded edition with this identifier, e.g. {@code "NATO-2024-06"}.
     *
     * @throws IllegalArgumentException naming the identifier and the known editions when there is none
     */
    public static Edition parse(String id) {
        Objects.requireNonNull(id, "id");
        Optional<Edition> e = EditionRegistry.get().find(id);
        if (e.isEmpty()) {
            throw new IllegalArgumentException("unknown edition '" + id + "'; milex knows "
                    + String.join(", ", EditionRegistry.get().ids()));
        }
        return e.get();
    }

    /** The embedded editions, oldest first. */
    public static List<Edition> all() {
        return EditionRegistry.get().all();
    }

    /** The newest embedded edition that milex holds completely: the default for every question. */
    public static Edition latestComplete() {
        return EditionRegistry.get().all().stream().filter(Edition::isComplete)
                .max(BY_PUBLICATION).orElseThrow();
    }

    /** The year and month of publication, as in the identifier. */
    public YearMonth yearMonth() {
        return YearMonth.from(published);
    }

    /** Whether milex holds every figure of the edition. */
    public boolean isComplete() {
        return coverage == Coverage.COMPLETE;
    }

    /** Whether the edition marks {@code year} as an estimate. */
    public boolean isEstimate(Year year) {
        return estimateYears.contains(year);
    }

    /** Whether the edition covers {@code year}. */
    public boolean covers(Year year) {
        return !year.isBefore(firstYear) && !year.isAfter(lastYear);
    }

    @Override
    public int compareTo(Edition other) {
        return BY_PUBLICATION.compare(this, other);
    }

    /** The identifier, {@code "NATO-2024-06"}. */
    @Override
    public String toString() {
        return id;
    }

    /**
     * Equal in every component, as for any record. Written out: editions are compared for every observation
     * summed, and the same edition object is the common case.
     */
    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Edition e && id.equals(e.id) && publisher.equals(e.publisher)
                && title.equals(e.title) && published.equals(e.published) && cutoff.equals(e.cutoff)
                && constantPrices.equals(e.constantPrices) && firstYear.equals(e.firstYear)
                && lastYear.equals(e.lastYear) && estimateYears.equals(e.estimateYears) && coverage == e.coverage
                && definition == e.definition && source.equals(e.source);
    }

    /** The identifier's hash: equal editions have equal identifiers. */
    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
