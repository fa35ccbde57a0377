package org.milex.query;

import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.milex.data.Dataset;
import org.milex.model.Ally;
import org.milex.model.AllyGroup;
import org.milex.model.Edition;
import org.milex.model.Guideline;
import org.milex.model.Measure;
import org.milex.model.Observation;
import org.milex.model.PriceBasis;
import org.milex.model.Share;

/**
 * An immutable, fluent question about a {@link Dataset}: which edition, which years, which allies or group,
 * which measure; it ends in domain values and records, never in bare numbers or maps.
 *
 * <pre>{@code
 * Dataset data = Dataset.embedded();
 * Query q = Query.of(data).edition("NATO-2024-06").year(2024);
 * q.compliance(Guideline.twoPercentOfGdp()).count();         // 23 (of 32; no figure: ISL)
 * q.group(AllyGroup.EUROPE_CANADA).groupShares();            // EUROPE_CANADA 2024 2.02%
 * q.gaps(Guideline.twoPercentOfGdp().threshold(), PriceBasis.current());   // Σ USD 44,913.26 mn
 * q.allies("POL").revisionsTo("NATO-2025-08");                // 4.12 → 3.79
 * }</pre>
 *
 * <h2>What a query selects</h2>
 * <ul>
 * <li><b>Edition</b>: {@link Dataset#defaultEdition()} (the newest complete one) unless chosen.
 * <li><b>Years</b>: every year the edition has figures for, unless chosen.
 * <li><b>Allies</b>: a group's members in each year (by default all of NATO), or chosen allies (a selection);
 *     {@link #allies(String...)} and {@link #group(AllyGroup)} replace each other. A group counts an ally from
 *     its accession year ({@link Ally#isMemberIn(Year)}). A selection lists and sums the chosen allies in every
 *     year, naming those not yet members with their accession dates; compliance counts members only.
 * <li><b>Measure</b>: {@link Measure#SHARE_OF_GDP} unless chosen; used by listings and revisions.
 * </ul>
 *
 * <p>Each analysis lives in its own class of this package (listings, compliance, aggregations, gaps and
 * growth, real change, revisions); this class chooses and delegates. Every share-based answer starts from
 * NATO's published share of GDP. Every method returns a new query or a result. A {@code null} argument is a
 * {@link NullPointerException}; an unknown edition, ally or year an {@link IllegalArgumentException} naming
 * it; a question the edition's figures cannot answer an {@link IllegalStateException} saying what is missing.
 */
public final class Query {
    private final Dataset data;
    private final Optional<Edition> edition;
    private final List<Year> years;
    private final List<Ally> allies;
    private final Optional<AllyGroup> group;
    private final Measure measure;

    private Query(Dataset data, Optional<Edition> edition, List<Year> years, List<Ally> allies,
                  Optional<AllyGroup> group, Measure measure) {
        this.data = data;
        this.edition = edition;
        this.years = List.copyOf(years);
        this.allies = List.copyOf(allies);
        this.group = group;
        this.measure = measure;
    }

    /** A query over {@code data}: its default edition, every year, all of NATO, share of GDP. */
    public static Query of(Dataset data) {
        Objects.requireNonNull(data, "data");
        return new Query(data, Optional.empty(), List.of(), List.of(), Optional.empty(), Measure.SHARE_OF_GDP);
    }

    // ---------------------------------------------------------------- selection

    /** The same query on the edition with this identifier, e.g. {@code "NATO-2025-08"}; unknown ones are refused. */
    public Query edition(String id) {
        return edition(data.edition(id));
    }

    /** The same query on {@code edition}; an {@link IllegalArgumentException} if the dataset has none of it. */
    public Query edition(Edition edition) {
        Objects.requireNonNull(edition, "edition");
        if (!data.editions().contains(edition)) {
            throw new IllegalArgumentException("the dataset has no edition " + edition + "; it has " + data.editions());
        }
        return new Query(data, Optional.of(edition), years, allies, group, measure);
    }

    /** The same query for one year. */
    public Query year(int year) {
        return year(Year.of(year));
    }

    /** The same query for one year. */
    public Query year(Year year) {
        Objects.requireNonNull(year, "year");
        return new Query(data, edition, List.of(year), allies, group, measure);
    }

    /** {@link #years(Year, Year)} for these years. */
    public Query years(int from, int to) {
        return years(Year.of(from), Year.of(to));
    }

    /**
     * The same query for the years {@code from} to {@code to}, both included.
     *
     * @throws IllegalArgumentException if {@code from} is after {@code to}
     */
    public Query years(Year from, Year to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("years from " + from + " to " + to + ": the first is after the last");
        }
        List<Year> ys = new ArrayList<>();
        for (Year y = from; !y.isAfter(to); y = y.plusYears(1)) {
            ys.add(y);
        }
        return new Query(data, edition, ys, allies, group, measure);
    }

    /** The same query for these allies only (replacing any group), by ISO 3166-1 alpha-3 code. */
    public Query allies(String... codes) {
        return allies(Arrays.stream(codes).map(Ally::of).toList());
    }

    /** The same query for these allies only (replacing any group); at least one. */
    public Query allies(List<Ally> chosen) {
        List<Ally> copy = List.copyOf(chosen);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("choose at least one ally");
        }
        List<Ally> sorted = copy.stream().distinct().sorted(Comparator.comparing(Ally::code)).toList();
        return new Query(data, edition, years, sorted, Optional.empty(), measure);
    }

    /** The same query for a group's members (replacing any chosen allies), also a user's {@code AllyGroup.of(…)}. */
    public Query group(AllyGroup group) {
        Objects.requireNonNull(group, "group");
        return new Query(data, edition, years, List.of(), Optional.of(group), measure);
    }

    /** The same query for another measure. */
    public Query measure(Measure measure) {
        Objects.requireNonNull(measure, "measure");
        return new Query(data, edition, years, allies, group, measure);
    }

    /** The edition asked about: the chosen one or the dataset's default. */
    public Edition edition() {
        return edition.isPresent() ? edition.get() : data.defaultEdition();
    }

    /** The years asked about: the chosen ones (within the edition's) or every year the edition has figures for. */
    public List<Year> years() {
        Edition e = edition();
        if (years.isEmpty()) {
            return List.copyOf(data.years(e));
        }
        for (Year y : years) {
            if (!e.covers(y)) {
                throw new IllegalArgumentException(e + " covers " + e.firstYear() + "-" + e.lastYear() + ", not " + y);
            }
        }
        return years;
    }

    /** The group asked about: the chosen group, a group of the chosen allies ({@code SELECTION}), or NATO. */
    public AllyGroup group() {
        if (group.isPresent()) {
            return group.get();
        }
        return allies.isEmpty() ? AllyGroup.NATO : AllyGroup.of("SELECTION", "Selected allies", allies);
    }

    /** The measure asked about. */
    public Measure measure() {
        return measure;
    }

    // ---------------------------------------------------------------- listings ({@link Listings})

    /** The observations of the allies asked about, year by year, each ally by code; none where not published. */
    public List<Observation> observations() {
        return Listings.observations(this);
    }

    /** The published values of the query's measure, year by year, each ally by code; see {@link Figure}. */
    public Rows<Figure> figures() {
        return Listings.figures(this);
    }

    /**
     * Each year's ranking by the query's published measure, largest first; equal values share a rank (1, 2, 2,
     * 4). Allies without a figure are left out and named in the notes.
     */
    public Rows<Rank> ranking() {
        return Listings.ranking(this);
    }

    // ---------------------------------------------------------------- compliance ({@link Compliances})

    /** {@link #compliance(Guideline, Rounding)} comparing exact values. */
    public Compliance compliance(Guideline guideline) {
        return compliance(guideline, Rounding.EXACT);
    }

    /**
     * Which members met {@code guideline} in the query's one year: published value of the guideline's
     * measure ≥ threshold; see {@link Compliance}.
     *
     * @throws IllegalStateException if the query has more than one year (use {@link #complianceHistory(Guideline)})
     * @throws IllegalArgumentException if the guideline has no published measure (The Hague's 5% in all)
     */
    public Compliance compliance(Guideline guideline, Rounding rounding) {
        return Compliances.compliance(this, guideline, rounding);
    }

    /** {@link #complianceHistory(Guideline, Rounding)} comparing exact values. */
    public ComplianceHistory complianceHistory(Guideline guideline) {
        return complianceHistory(guideline, Rounding.EXACT);
    }

    /** {@code guideline} checked in each of the query's years: counts, first years, streaks. */
    public ComplianceHistory complianceHistory(Guideline guideline, Rounding rounding) {
        return Compliances.history(this, guideline, rounding);
    }

    /**
     * Compliance counts as each edition of the dataset published them, for the query's years (or each
     * edition's own years), with how many members' figures each edition has; see {@link EditionCount}.
     */
    public Rows<EditionCount> complianceByEdition(Guideline guideline, Rounding rounding) {
        return Compliances.byEdition(this, guideline, rounding);
    }

    /** {@link #complianceByEdition(Guideline, Rounding)} comparing exact values. */
    public Rows<EditionCount> complianceByEdition(Guideline guideline) {
        return complianceByEdition(guideline, Rounding.EXACT);
    }

    // ---------------------------------------------------------------- aggregates ({@link Aggregations})

    /**
     * The combined share of GDP in each year, recomputed as NATO does ({@code Σ constant-price expenditure /
     * Σ real GDP × 100}) over a group's members, or over the chosen allies; see {@link GroupShare}.
     *
     * @throws IllegalStateException naming the edition, year and allies whose money figures are missing;
     *     {@link #groupSharesOrPublished()} falls back to the group row the edition publishes instead
     */
    public Rows<GroupShare> groupShares() {
        return Aggregations.groupShares(this, false);
    }

    /** Like {@link #groupShares()}, but falls back to the edition's group row ({@link GroupShare.Method#PUBLISHED_ROW}). */
    public Rows<GroupShare> groupSharesOrPublished() {
        return Aggregations.groupShares(this, true);
    }

    /** Expenditure and GDP of each ally asked about, year by year, in {@code basis}; the missing are named in notes. */
    public Rows<Total> totals(PriceBasis basis) {
        return Aggregations.totals(this, basis);
    }

    /**
     * Σ expenditure and Σ GDP, year by year, over a group's members or over the chosen allies (the same allies
     * {@link #totals(PriceBasis)} lists), in {@code basis}.
     *
     * @throws IllegalStateException naming the allies whose figures the edition lacks
     */
    public Rows<Total> groupTotals(PriceBasis basis) {
        return Aggregations.groupTotals(this, basis);
    }

    /** Each member's part of the group's expenditure beside its part of the group's GDP; see {@link BurdenShare}. */
    public Rows<BurdenShare> burdenSharing(PriceBasis basis) {
        return Aggregations.burdenSharing(this, basis);
    }

    /**
     * The group's real change of defence expenditure, year on year: the published aggregate beside
     * like-for-like figures over the same allies in both years; see {@link RealChange}.
     *
     * @throws IllegalStateException naming the allies whose constant-price expenditure the edition lacks
     */
    public Rows<RealChange> realChange() {
        return RealChanges.of(this);
    }

    // ---------------------------------------------------------------- gaps and growth ({@link Gaps})

    /**
     * How much more each ally asked about would have had to spend, year by year, to reach {@code target} of
     * its GDP, from NATO's published share: {@code gap = max(0, (target − published share) / 100 × GDP in
     * basis)}; see {@link Gaps#gaps}. Zero exactly when {@link #compliance(Guideline)} counts the ally as
     * meeting a guideline of that threshold.
     *
     * @throws IllegalArgumentException if {@code basis} is constant prices of another base year than the edition's
     */
    public Rows<Gap> gaps(Share target, PriceBasis basis) {
        return Gaps.gaps(this, target, basis);
    }

    /**
     * The collective gap to {@code target}, year by year, of a group's members or the chosen allies:
     * {@code max(0, target × Σ GDP − Σ expenditure)}.
     *
     * @throws IllegalStateException naming the allies whose figures the edition lacks
     */
    public Rows<Gap> groupGaps(Share target, PriceBasis basis) {
        return Gaps.groupGaps(this, target, basis);
    }

    /**
     * For each ally asked about, the constant annual real growth of defence expenditure needed from its
     * latest published share of GDP to reach the guideline's threshold by its deadline, if real GDP grows
     * {@code gdpRealGrowthPct} percent a year; zero for an ally already at or above it. See {@link GrowthPath}.
     *
     * @param gdpRealGrowthPct assumed annual real GDP growth, percent (1.5 for 1.5% a year)
     * @throws IllegalArgumentException if the guideline has no deadline or is not about GDP, the deadline is not
     *     after the latest year, or the growth is not above −100%
     */
    public Rows<GrowthPath> growthToReach(Guideline guideline, double gdpRealGrowthPct) {
        return Gaps.growthToReach(this, guideline, gdpRealGrowthPct);
    }

    // ---------------------------------------------------------------- editions compared ({@link Revisions})

    /**
     * Every value each edition of the dataset published for the query's measure, for the chosen allies (or,
     * with a chosen group, the group's own row; otherwise all allies) and years; the query's edition is not a
     * filter here.
     */
    public Rows<PublishedValue> acrossEditions() {
        return Revisions.acrossEditions(this);
    }

    /** {@link #revisionsTo(Edition)} for the edition with this identifier. */
    public Rows<Revision> revisionsTo(String otherEdition) {
        return revisionsTo(data.edition(otherEdition));
    }

    /**
     * The query's measure as the query's edition (A) and {@code other} (B) published it; see {@link Revision}.
     * Each row says where the editions differ in price base or definition.
     *
     * @throws IllegalArgumentException for a measure in money at constant prices when the editions' price
     *     bases differ (only current prices compare across them)
     */
    public Rows<Revision> revisionsTo(Edition other) {
        return Revisions.revisionsTo(this, other);
    }

    // ---------------------------------------------------------------- the selection, for the analyses

    /** The dataset asked about. */
    Dataset data() {
        return data;
    }

    /** The chosen allies; empty when a group (or all of NATO) is asked about. */
    List<Ally> chosenAllies() {
        return allies;
    }

    /** The chosen group, if one was chosen. */
    Optional<AllyGroup> chosenGroup() {
        return group;
    }

    /** The chosen years; empty when none were chosen. */
    List<Year> chosenYears() {
        return years;
    }

    private static String span(List<Year> ys) {
        return ys.isEmpty() ? "none" : ys.get(0) + "-" + ys.get(ys.size() - 1);
    }

    /** {@code "Query NATO-2024-06, 2024, EUROPE_CANADA, share_of_gdp_pct"}. */
    @Override
    public String toString() {
        String who = allies.isEmpty() ? group().code() : allies.stream().map(Ally::code).collect(Collectors.joining(","));
        String when = years.isEmpty() ? "all years" : span(years);
        return "Query " + edition() + ", " + when + ", " + who + ", " + measure.column();
    }
}
