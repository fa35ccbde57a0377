package org.milex.model;

import java.math.BigDecimal;
import java.time.Year;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.StringJoiner;

/**
 * The figures one edition publishes for one ally (or group) and one year: every {@link Measure} it
 * publishes, each absent when not published (never zero), whether the year is an estimate, and where each
 * figure comes from.
 *
 * <p>Immutable. Values are held as the {@code double}s the publisher's file holds, at full precision; the
 * typed accessors ({@link #shareOfGdp()}, {@link #expenditure(PriceBasis)}) give {@link Share}s and
 * {@link Money}.
 *
 * <pre>{@code
 * Observation pl = data.find(Ally.of("POL"), Year.of(2024)).orElseThrow();
 * pl.shareOfGdp();                               // Optional[4.12%]
 * pl.expenditure(PriceBasis.current());          // Optional[USD 34983.4… mn (current prices)]
 * pl.source(Measure.SHARE_OF_GDP);               // NATO-2024-06, TABLE3 "Share of real GDP (%)"
 * }</pre>
 */
public final class Observation {
    private static final Measure[] MEASURES = Measure.values();

    private final Subject subject;
    private final Year year;
    private final Edition edition;
    private final boolean estimate;
    private final double[] values;
    private final Map<Measure, String> sources;
    /**
     * The values as decimals, each made on first use ({@link BigDecimal#valueOf(double)}: the shortest decimal
     * that reads back as the value) and kept: questions read the same figures many times. Not part of equality.
     */
    private BigDecimal[] decimals;

    private Observation(Builder b) {
        this.subject = Objects.requireNonNull(b.subject, "subject");
        this.year = Objects.requireNonNull(b.year, "year");
        this.edition = Objects.requireNonNull(b.edition, "edition");
        this.estimate = b.estimate;
        this.values = b.values.clone();
        this.sources = b.sources.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(b.sources));
        if (!edition.covers(year)) {
            throw new IllegalArgumentException(subject.code() + " " + year + ": edition " + edition
                    + " covers " + edition.firstYear() + "-" + edition.lastYear() + " only");
        }
        for (Measure m : MEASURES) {
            double v = values[m.ordinal()];
            if (Double.isNaN(v)) {
                if (sources.containsKey(m)) {
                    throw new IllegalArgumentException(subject.code() + " " + year + ": a source is given for "
                            + m.column() + " but no value");
                }
                continue;
            }
            check(m, v);
        }
    }

    private void check(Measure m, double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(where(m) + ": not a finite number: " + v);
        }
        if (m.isShare() && (v < 0 || v > 100)) {
            throw new IllegalArgumentException(where(m) + ": a share must lie between 0 and 100, not " + v);
        }
        if (m != Measure.REAL_CHANGE && v < 0) {
            throw new IllegalArgumentException(where(m) + ": must not be negative, not " + v);
        }
        if (m.isDefence() && subject instanceof Ally a && !a.hasArmedForces()) {
            throw new IllegalArgumentException(where(m) + ": " + a.name()
                    + " has no armed forces and no defence figures");
        }
        if (m == Measure.EXPENDITURE_NATIONAL_CURRENT || m == Measure.EXPENDITURE_NATIONAL_CONSTANT) {
            if (!(subject instanceof Ally)) {
                throw new IllegalArgumentException(where(m) + ": a group has no national currency");
            }
        }
    }

    /** {@code "POL 2024 share_of_gdp_pct"}, made only for an error message (not for every value checked). */
    private String where(Measure m) {
        return subject.code() + " " + year + " " + m.column();
    }

    /** A builder for an observation of {@code subject} in {@code year} from {@code edition}. */
    public static Builder builder(Subject subject, Year year, Edition edition) {
        return new Builder(subject, year, edition);
    }

    /** The ally or group. */
    public Subject subject() {
        return subject;
    }

    /** The year the figures are for. */
    public Year year() {
        return year;
    }

    /** The edition that published them. */
    public Edition edition() {
        return edition;
    }

    /**
     * What the expenditure figures measure, as the edition defines them: NATO's defence expenditure, or core
     * defence expenditure (NATO-2026-07). Shares of different definitions are different measures.
     */
    public Edition.Definition definition() {
        return edition.definition();
    }

    /**
     * The twelve months the figures cover, for an ally: its {@link FiscalYear} convention applied to the year
     * (Canada's and the United Kingdom's 2025 is 2025-04-01 to 2026-03-31); empty for a group, whose members'
     * years differ.
     */
    public Optional<FiscalYear.Period> period() {
        return subject instanceof Ally a ? Optional.of(FiscalYear.of(a).periodOf(year)) : Optional.empty();
    }

    /** Whether the edition marks the year as an estimate. */
    public boolean isEstimate() {
        return estimate;
    }

    /** Whether the edition published {@code measure}. */
    public boolean has(Measure measure) {
        return !Double.isNaN(values[measure.ordinal()]);
    }

    /** The published value of {@code measure} in its unit, or empty where none was published. */
    public OptionalDouble value(Measure measure) {
        double v = values[measure.ordinal()];
        return Double.isNaN(v) ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    /**
     * A share measure ({@link Measure#isShare()}) as a {@link Share}.
     *
     * @throws IllegalArgumentException if {@code measure} is not a share
     */
    public Optional<Share> share(Measure measure) {
        if (!measure.isShare()) {
            throw new IllegalArgumentException(measure.column() + " is not a share");
        }
        return has(measure) ? Optional.of(Share.ofPercent(decimal(measure))) : Optional.empty();
    }

    /** Defence expenditure as a share of GDP. */
    public Optional<Share> shareOfGdp() {
        return share(Measure.SHARE_OF_GDP);
    }

    /** The share of defence expenditure spent on major equipment (the 20% guideline). */
    public Optional<Share> equipmentShare() {
        return share(Measure.EQUIPMENT_SHARE);
    }

    /**
     * Defence expenditure in US dollars at current prices, or at the edition's constant prices.
     *
     * @throws IllegalArgumentException if {@code basis} is constant prices of another base year than the
     *     edition's (milex does not rebase silently)
     */
    public Optional<Money> expenditure(PriceBasis basis) {
        return usd(basis, Measure.EXPENDITURE_USD_CURRENT, Measure.EXPENDITURE_USD_CONSTANT);
    }

    /** GDP in US dollars at current prices, or real GDP at the edition's constant prices. */
    public Optional<Money> gdp(PriceBasis basis) {
        return usd(basis, Measure.GDP_USD_CURRENT, Measure.REAL_GDP_USD_CONSTANT);
    }

    /** Defence expenditure in the ally's national currency (Table 1); empty for a group. */
    public Optional<Money> expenditureNational(PriceBasis basis) {
        if (!(subject instanceof Ally a)) {
            return Optional.empty();
        }
        Measure m = pick(basis, Measure.EXPENDITURE_NATIONAL_CURRENT, Measure.EXPENDITURE_NATIONAL_CONSTANT);
        return has(m) ? Optional.of(Money.ofMillions(decimal(m), a.currency(), basis)) : Optional.empty();
    }

    /** Military personnel, thousands. */
    public OptionalDouble personnel() {
        return value(Measure.PERSONNEL);
    }

    private Optional<Money> usd(PriceBasis basis, Measure current, Measure constant) {
        Measure m = pick(basis, current, constant);
        return has(m) ? Optional.of(Money.ofMillions(decimal(m), Currencies.USD, basis)) : Optional.empty();
    }

    /** A published value as a decimal (see {@link #decimals}); the measure must have a value. */
    private BigDecimal decimal(Measure m) {
        BigDecimal[] d = decimals;
        if (d == null) {
            d = new BigDecimal[values.length];
            decimals = d;          // a race makes a second array, never a wrong value: BigDecimal is immutable
        }
        BigDecimal b = d[m.ordinal()];
        if (b == null) {
            b = BigDecimal.valueOf(values[m.ordinal()]);
            d[m.ordinal()] = b;
        }
        return b;
    }

    private Measure pick(PriceBasis basis, Measure current, Measure constant) {
        Objects.requireNonNull(basis, "basis");
        if (basis.isCurrent()) {
            return current;
        }
        if (!basis.equals(edition.constantPrices())) {
            throw new IllegalArgumentException("edition " + edition + " publishes " + edition.constantPrices()
                    + ", not " + basis + "; milex does not rebase figures");
        }
        return constant;
    }

    /**
     * Where the figure for {@code measure} comes from: a source recorded for this figure, or else the
     * edition and the table of NATO's workbook, e.g. {@code NATO-2024-06, TABLE3 "Share of real GDP (%)"}.
     *
     * @throws IllegalArgumentException if the measure was not published
     */
    public String source(Measure measure) {
        if (!has(measure)) {
            throw new IllegalArgumentException(edition + " publishes no " + measure.column() + " for "
                    + subject.code() + " " + year);
        }
        String s = sources.get(measure);
        return s != null ? edition + ", " + s : edition + ", " + measure.natoTable() + " \"" + measure.natoBlock() + "\"";
    }

    /** The sources recorded for single figures (partial editions); empty where the edition's source holds. */
    public Map<Measure, String> figureSources() {
        return sources;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Observation other && subject.equals(other.subject) && year.equals(other.year)
                && edition.equals(other.edition) && estimate == other.estimate
                && Arrays.equals(values, other.values) && sources.equals(other.sources);
    }

    @Override
    public int hashCode() {
        return Objects.hash(subject, year, edition, estimate, Arrays.hashCode(values));
    }

    /** {@code "NATO-2024-06 POL 2024e: share_of_gdp_pct=4.12…, …"}. */
    @Override
    public String toString() {
        StringJoiner j = new StringJoiner(", ", edition + " " + subject.code() + " " + year + (estimate ? "e" : "") + ": ", "");
        for (Measure m : MEASURES) {
            if (has(m)) {
                j.add(m.column() + "=" + values[m.ordinal()]);
            }
        }
        return j.toString();
    }

    /** Builds an {@link Observation}; every value is checked when {@link #build()} is called. */
    public static final class Builder {
        private final Subject subject;
        private final Year year;
        private final Edition edition;
        private boolean estimate;
        private final double[] values = new double[MEASURES.length];
        private final Map<Measure, String> sources = new EnumMap<>(Measure.class);

        private Builder(Subject subject, Year year, Edition edition) {
            this.subject = Objects.requireNonNull(subject, "subject");
            this.year = Objects.requireNonNull(year, "year");
            this.edition = Objects.requireNonNull(edition, "edition");
            this.estimate = edition.isEstimate(year);
            Arrays.fill(values, Double.NaN);
        }

        /** Marks the year as an estimate or not (by default, as the edition marks it). */
        public Builder estimate(boolean isEstimate) {
            this.estimate = isEstimate;
            return this;
        }

        /**
         * Sets a measure's value in its unit.
         *
         * @throws IllegalStateException if the measure was set already
         */
        public Builder set(Measure measure, double value) {
            Objects.requireNonNull(measure, "measure");
            if (!Double.isNaN(values[measure.ordinal()])) {
                throw new IllegalStateException(subject.code() + " " + year + ": " + measure.column() + " is set twice");
            }
            if (Double.isNaN(value)) {
                throw new IllegalArgumentException(subject.code() + " " + year + ": " + measure.column() + " is not a number");
            }
            values[measure.ordinal()] = value;
            return this;
        }

        /** Records where one figure comes from, when it is not the edition's own file. */
        public Builder source(Measure measure, String source) {
            Objects.requireNonNull(measure, "measure");
            Objects.requireNonNull(source, "source");
            sources.put(measure, source);
            return this;
        }

        /** Whether a measure has been set. */
        public boolean has(Measure measure) {
            return !Double.isNaN(values[measure.ordinal()]);
        }

        /**
         * The observation.
         *
         * @throws IllegalArgumentException naming the ally, year and measure of any invalid value
         */
        public Observation build() {
            return new Observation(this);
        }
    }
}
