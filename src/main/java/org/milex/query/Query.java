package org.milex.query;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.milex.data.Dataset;
import org.milex.model.Ally;
import org.milex.model.AllyGroup;
import org.milex.model.Currencies;
import org.milex.model.Edition;
import org.milex.model.Guideline;
import org.milex.model.Measure;
import org.milex.model.Money;
import org.milex.model.Observation;
import org.milex.model.PriceBasis;
import org.milex.model.Share;
import org.milex.model.Subject;

/**
 * An immutable, fluent question about a {@link Dataset}: which edition, which years, which allies or group,
 * which measure; it ends in domain values and records, never in bare numbers or maps.
 *
 * <pre>{@code
 * Dataset data = Dataset.embedded();
 * Query q = Query.of(data).edition("NATO-2024-06").year(2024);
 * q.compliance(Guideline.twoPercentOfGdp());                 // 23 of 32 allies meet it, 8 below; no figure: ISL
 * q.group(AllyGroup.EUROPE_CANADA).groupShares();            // EUROPE_CANADA 2024 2.02%
 * q.gaps(Guideline.twoPercentOfGdp().threshold(), PriceBasis.current());
 * q.allies("POL").revisionsTo("NATO-2025-08");                // 4.12 → 3.79
 * }</pre>
 *
 * <h2>What a query selects</h2>
 * <ul>
 * <li><b>Edition</b>: {@link Dataset#defaultEdition()} (the newest complete one) unless chosen.
 * <li><b>Years</b>: every year the edition has figures for, unless chosen.
 * <li><b>Allies</b>: either chosen allies, or a group's members in each year, by default all of NATO.
 *     {@link #allies(String...)} and {@link #group(AllyGroup)} replace each other. Membership follows
 *     NATO's rule, {@link Ally#isMemberIn(Year)}: an ally counts in a year if it joined during or before it.
 *     Listings ({@link #figures()}, {@link #ranking()}, {@link #totals(PriceBasis)}) show chosen allies in
 *     every year the edition publishes them; counts and aggregates ({@link #compliance(Guideline)},
 *     {@link #groupShares()}, {@link #burdenSharing(PriceBasis)}) take only members of that year.
 * <li><b>Measure</b>: {@link Measure#SHARE_OF_GDP} unless chosen; used by {@link #figures()},
 *     {@link #ranking()}, {@link #acrossEditions()} and {@link #revisionsTo(String)}.
 * </ul>
 *
 * <p>Every method returns a new query or a result; none changes this one. A {@code null} argument is a
 * {@link NullPointerException}; an unknown edition, ally or year is an {@link IllegalArgumentException}
 * naming it; a question the edition's figures cannot answer (a partial edition without expenditure in
 * money) is an {@link IllegalStateException} saying which figures are missing.
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

    /**
     * The same query on the edition with this identifier, e.g. {@code "NATO-2025-08"}.
     *
     * @throws IllegalArgumentException naming the identifier and the editions present if there is none
     */
    public Query edition(String id) {
        return edition(data.edition(id));
    }

    /**
     * The same query on {@code edition}.
     *
     * @throws IllegalArgumentException if the dataset holds no figures of it
     */
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

    /**
     * The same query for the years {@code from} to {@code to}, both included.
     *
     * @throws IllegalArgumentException if {@code from} is after {@code to}
     */
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

    /**
     * The same query for these allies only (replacing any group), by ISO 3166-1 alpha-3 code.
     *
     * @throws IllegalArgumentException naming an unknown code, or if no code is given
     */
    public Query allies(String... codes) {
        return allies(Arrays.stream(codes).map(Ally::of).toList());
    }

    /**
     * The same query for these allies only (replacing any group).
     *
     * @throws IllegalArgumentException if the list is empty
     */
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
        return edition.orElseGet(data::defaultEdition);
    }

    /**
     * The years asked about: the chosen ones or every year the edition has figures for.
     *
     * @throws IllegalArgumentException if a chosen year lies outside the edition's years
     */
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

    /**
     * The group asked about: the chosen group, a group of the chosen allies ({@code SELECTION}), or NATO.
     */
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

    // ---------------------------------------------------------------- listings

    /** The observations of the allies asked about, year by year, each ally by code; none where not published. */
    public List<Observation> observations() {
        List<Observation> out = new ArrayList<>();
        for (Year y : years()) {
            for (Ally a : listed(y)) {
                find(a, y).ifPresent(out::add);
            }
        }
        return out;
    }

    /** The published values of the query's measure, year by year, each ally by code. */
    public Rows<Figure> figures() {
        List<Figure> rows = new ArrayList<>();
        Map<String, Integer> without = new LinkedHashMap<>();
        for (Year y : years()) {
            for (Ally a : listed(y)) {
                Optional<Observation> o = find(a, y);
                OptionalDouble v = o.map(x -> x.value(measure)).orElse(OptionalDouble.empty());
                if (v.isPresent()) {
                    rows.add(new Figure(a.code(), a.name(), y, v.getAsDouble(), o.get().isEstimate(), o.get().source(measure)));
                } else {
                    without.merge(a.code(), 1, Integer::sum);
                }
            }
        }
        return Rows.of(Figure.class, measureTitle(), rows, withoutNote(without));
    }

    /**
     * Each year's ranking by the query's measure, largest first; equal values share a rank (1, 2, 2, 4).
     * Allies without a figure are left out and named in the notes.
     */
    public Rows<Rank> ranking() {
        List<Rank> rows = new ArrayList<>();
        Map<String, Integer> without = new LinkedHashMap<>();
        for (Year y : years()) {
            List<Rank> year = new ArrayList<>();
            for (Ally a : listed(y)) {
                Optional<Observation> o = find(a, y);
                OptionalDouble v = o.map(x -> x.value(measure)).orElse(OptionalDouble.empty());
                if (v.isPresent()) {
                    year.add(new Rank(1, a.code(), a.name(), y, v.getAsDouble(), o.get().isEstimate()));
                } else {
                    without.merge(a.code(), 1, Integer::sum);
                }
            }
            year.sort(Comparator.comparingDouble(Rank::value).reversed().thenComparing(Rank::code));
            for (int i = 0; i < year.size(); i++) {
                Rank r = year.get(i);
                int rank = i > 0 && year.get(i - 1).value() == r.value() ? rows.get(rows.size() - 1).rank() : i + 1;
                rows.add(new Rank(rank, r.code(), r.name(), y, r.value(), r.estimate()));
            }
        }
        return Rows.of(Rank.class, measureTitle() + ", ranked", rows, withoutNote(without));
    }

    // ---------------------------------------------------------------- compliance

    /** {@link #compliance(Guideline, Rounding)} comparing exact values. */
    public Compliance compliance(Guideline guideline) {
        return compliance(guideline, Rounding.EXACT);
    }

    /**
     * Which members met {@code guideline} in the query's one year: published value of the guideline's
     * measure (SHARE_OF_GDP for 2% and 3.5%, EQUIPMENT_SHARE for 20%) ≥ threshold; see {@link Compliance}.
     *
     * @throws IllegalStateException if the query has more than one year (use
     *     {@link #complianceHistory(Guideline, Rounding)})
     * @throws IllegalArgumentException if the guideline has no published measure (The Hague's 5% in all)
     */
    public Compliance compliance(Guideline guideline, Rounding rounding) {
        List<Year> ys = years();
        if (ys.size() != 1) {
            throw new IllegalStateException("compliance is for one year; this query has " + ys.size() + " ("
                    + span(ys) + "): choose one with year(…), or use complianceHistory(…)");
        }
        return compliance(guideline, rounding, edition(), ys.get(0));
    }

    /** {@link #complianceHistory(Guideline, Rounding)} comparing exact values. */
    public ComplianceHistory complianceHistory(Guideline guideline) {
        return complianceHistory(guideline, Rounding.EXACT);
    }

    /** {@code guideline} checked in each of the query's years: counts, first years, streaks. */
    public ComplianceHistory complianceHistory(Guideline guideline, Rounding rounding) {
        Objects.requireNonNull(guideline, "guideline");
        Objects.requireNonNull(rounding, "rounding");
        Compliance.measureOf(guideline);
        Edition e = edition();
        List<Compliance> list = years().stream().map(y -> compliance(guideline, rounding, e, y)).toList();
        return new ComplianceHistory(guideline, e, rounding, list);
    }

    /**
     * Compliance counts as each edition of the dataset published them, for the query's years (or, if none
     * were chosen, each edition's own years), with how many members' figures each edition has: only rows
     * with {@link EditionCount#allFigures()} are complete counts. Edition-years without any member's figure
     * are left out.
     */
    public Rows<EditionCount> complianceByEdition(Guideline guideline, Rounding rounding) {
        Objects.requireNonNull(rounding, "rounding");
        Compliance.measureOf(guideline);
        List<EditionCount> rows = new ArrayList<>();
        for (Edition e : data.editions()) {
            List<Year> ys = years.isEmpty() ? List.copyOf(data.years(e)) : years.stream().filter(e::covers).toList();
            for (Year y : ys) {
                Compliance c = compliance(guideline, rounding, e, y);
                int armed = (int) c.standings().stream().filter(s -> Ally.of(s.code()).hasArmedForces()).count();
                int with = c.members() - c.withoutFigure().size();
                if (with > 0) {
                    rows.add(new EditionCount(e.id(), y, c.count(), with, c.members(), with == armed, e.coverage(),
                            e.isEstimate(y)));
                }
            }
        }
        return Rows.of(EditionCount.class, guideline + ", allies meeting as each edition published it ("
                + rounding.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ")", rows,
                List.of("members include Iceland, which has no armed forces and no figure"));
    }

    /** {@link #complianceByEdition(Guideline, Rounding)} comparing exact values. */
    public Rows<EditionCount> complianceByEdition(Guideline guideline) {
        return complianceByEdition(guideline, Rounding.EXACT);
    }

    private Compliance compliance(Guideline g, Rounding r, Edition e, Year y) {
        Objects.requireNonNull(g, "guideline");
        Objects.requireNonNull(r, "rounding");
        Measure m = Compliance.measureOf(g);
        List<Compliance.Standing> standings = new ArrayList<>();
        for (Ally a : members(y)) {
            Optional<Observation> o = data.find(a, y, e);
            Optional<Share> v = o.flatMap(x -> x.share(m));
            Compliance.Status s = v.isEmpty() ? Compliance.Status.NO_FIGURE
                    : r.apply(v.get()).isAtLeast(g.threshold()) ? Compliance.Status.MEETS : Compliance.Status.BELOW;
            standings.add(new Compliance.Standing(a.code(), a.name(), y, v, s,
                    o.map(Observation::isEstimate).orElse(e.isEstimate(y))));
        }
        return new Compliance(g, e, y, r, standings);
    }

    // ---------------------------------------------------------------- group aggregates

    /**
     * The group's share of GDP in each year, recomputed from its members as NATO does
     * ({@code Σ constant-price expenditure / Σ real GDP × 100}, Iceland's GDP included), with the mean and
     * median of the members' shares and, where the edition has one, its published group row. See
     * {@link GroupShare}.
     *
     * @throws IllegalStateException naming the edition, year and members whose money figures are missing
     *     (partial editions publish shares but not expenditure and GDP); {@link #groupSharesOrPublished()}
     *     falls back to the published group row instead
     */
    public Rows<GroupShare> groupShares() {
        return groupShares(false);
    }

    /**
     * Like {@link #groupShares()}, but where members' money figures are missing, takes the group row the
     * edition publishes ({@link GroupShare.Method#PUBLISHED_ROW}); only NATO and EUROPE_CANADA have rows.
     *
     * @throws IllegalStateException where figures are missing and the edition publishes no row either
     */
    public Rows<GroupShare> groupSharesOrPublished() {
        return groupShares(true);
    }

    private Rows<GroupShare> groupShares(boolean fallback) {
        Edition e = edition();
        AllyGroup g = group();
        List<GroupShare> rows = new ArrayList<>();
        for (Year y : years()) {
            List<Ally> members = members(y);
            Optional<Share> published = data.find(g, y, e).flatMap(Observation::shareOfGdp);
            List<Observation> obs = memberObservations(members, y);
            List<String> missing = missing(members, y, Measure.EXPENDITURE_USD_CONSTANT, Measure.REAL_GDP_USD_CONSTANT);
            Share combined;
            GroupShare.Method method;
            if (missing.isEmpty()) {
                combined = Aggregates.combinedShareOfGdp(obs).orElseThrow(() -> noMembers(g, y));
                method = GroupShare.Method.SUM_OVER_MEMBERS;
            } else if (fallback && published.isPresent()) {
                combined = published.get();
                method = GroupShare.Method.PUBLISHED_ROW;
            } else {
                throw missingMoney(e, g, y, missing, fallback ? "and publishes no row for " + g.code()
                        : "groupSharesOrPublished() uses the group row the edition publishes");
            }
            boolean allShares = missing(members, y, Measure.SHARE_OF_GDP).isEmpty();
            Optional<Share> mean = allShares ? Aggregates.meanShareOfGdp(obs) : Optional.empty();
            Optional<Share> median = allShares ? Aggregates.medianShareOfGdp(obs) : Optional.empty();
            rows.add(new GroupShare(g.code(), g.name(), y, combined, mean, median, members.size(), published,
                    method, e.isEstimate(y)));
        }
        return Rows.of(GroupShare.class, g + ", defence expenditure as a share of GDP (percent), " + e,
                rows, List.of("combined = Σ expenditure / Σ real GDP at " + e.constantPrices()
                        + " over the year's members, Iceland's GDP included; mean and median of members' shares"));
    }

    /**
     * Defence expenditure and GDP of each ally asked about, year by year, in US dollars at current prices or
     * at the edition's constant prices; allies without an expenditure figure (Iceland) are left out and
     * named in the notes.
     *
     * @throws IllegalArgumentException if {@code basis} is constant prices of another base year than the
     *     edition's (milex does not rebase)
     */
    public Rows<Total> totals(PriceBasis basis) {
        Objects.requireNonNull(basis, "basis");
        checkBasis(basis);
        List<Total> rows = new ArrayList<>();
        Map<String, Integer> without = new LinkedHashMap<>();
        for (Year y : years()) {
            for (Ally a : listed(y)) {
                Optional<Observation> o = find(a, y);
                Optional<Money> x = o.flatMap(ob -> ob.expenditure(basis));
                Optional<Money> gdp = o.flatMap(ob -> ob.gdp(basis));
                if (x.isPresent() && gdp.isPresent()) {
                    rows.add(new Total(a.code(), a.name(), y, x.get(), gdp.get(), o.get().isEstimate()));
                } else {
                    without.merge(a.code(), 1, Integer::sum);
                }
            }
        }
        return Rows.of(Total.class, "defence expenditure and GDP, USD million, " + basis + ", " + edition(), rows,
                withoutNote(without));
    }

    /**
     * The group's totals, year by year: {@code Σ expenditure} and {@code Σ GDP} over the members that year
     * (an ally without armed forces adds GDP only, as in NATO's rows), US dollars in {@code basis}.
     *
     * @throws IllegalStateException naming the members whose figures the edition lacks
     */
    public Rows<Total> groupTotals(PriceBasis basis) {
        Objects.requireNonNull(basis, "basis");
        checkBasis(basis);
        Edition e = edition();
        AllyGroup g = group();
        List<Total> rows = new ArrayList<>();
        for (Year y : years()) {
            List<Ally> members = members(y);
            requireMoney(e, g, y, members, basis);
            List<Observation> obs = memberObservations(members, y);
            rows.add(new Total(g.code(), g.name(), y, Aggregates.totalExpenditure(obs, basis),
                    Aggregates.totalGdp(obs, basis), e.isEstimate(y)));
        }
        return Rows.of(Total.class, g + ", Σ over the year's members, USD million, " + basis + ", " + e, rows, List.of());
    }

    /**
     * Each member's part of the group's defence expenditure beside its part of the group's GDP, year by year:
     * {@code expenditure / Σ expenditure × 100} and {@code GDP / Σ GDP × 100} over the members that year, in
     * {@code basis}. Iceland appears with no expenditure and its GDP. See {@link BurdenShare}.
     *
     * @throws IllegalStateException naming the members whose figures the edition lacks
     */
    public Rows<BurdenShare> burdenSharing(PriceBasis basis) {
        Objects.requireNonNull(basis, "basis");
        checkBasis(basis);
        Edition e = edition();
        AllyGroup g = group();
        List<BurdenShare> rows = new ArrayList<>();
        for (Year y : years()) {
            List<Ally> members = members(y);
            requireMoney(e, g, y, members, basis);
            List<Observation> obs = memberObservations(members, y);
            Money totalX = Aggregates.totalExpenditure(obs, basis);
            Money totalGdp = Aggregates.totalGdp(obs, basis);
            for (Observation o : obs) {
                Ally a = (Ally) o.subject();
                Money x = o.expenditure(basis).orElse(Money.zero(Currencies.USD, basis));
                Share sx = Share.of(x, totalX);
                Share sg = Share.of(o.gdp(basis).orElseThrow(), totalGdp);
                rows.add(new BurdenShare(a.code(), a.name(), y, x, sx, sg, sx.pointsAbove(sg).doubleValue(),
                        o.isEstimate()));
            }
        }
        List<String> notes = new ArrayList<>();
        notes.add("difference = share of the group's expenditure − share of its GDP, percentage points");
        String unarmed = rows.stream().map(BurdenShare::code).distinct().filter(c -> !Ally.of(c).hasArmedForces())
                .collect(Collectors.joining(", "));
        if (!unarmed.isEmpty()) {
            notes.add(unarmed + ": no armed forces, no expenditure; its GDP counts in the group's, as in NATO's rows");
        }
        return Rows.of(BurdenShare.class, g + ", burden sharing, " + basis + ", " + e, rows, notes);
    }

    // ---------------------------------------------------------------- gaps to targets

    /**
     * How much more each ally asked about would have had to spend, year by year, to reach {@code target} of
     * its GDP: {@code gap = max(0, target × GDP − expenditure)} in {@code basis}. At the edition's constant
     * prices this is against real GDP, as NATO's share of GDP is; at current prices it uses current
     * expenditure and current GDP, whose ratio differs slightly from NATO's published share. Allies without
     * figures are named in the notes, with Σ of the allies' gaps per year.
     *
     * @throws IllegalArgumentException if {@code basis} is constant prices of another base year than the
     *     edition's
     */
    public Rows<Gap> gaps(Share target, PriceBasis basis) {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(basis, "basis");
        checkBasis(basis);
        List<Gap> rows = new ArrayList<>();
        Map<String, Integer> without = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        List<String> disagree = new ArrayList<>();
        for (Year y : years()) {
            Money sum = Money.zero(Currencies.USD, basis);
            for (Ally a : listed(y)) {
                Optional<Observation> o = find(a, y);
                Optional<Money> x = o.flatMap(ob -> ob.expenditure(basis));
                Optional<Money> gdp = o.flatMap(ob -> ob.gdp(basis));
                if (x.isPresent() && gdp.isPresent()) {
                    Gap gap = gap(a.code(), a.name(), y, x.get(), gdp.get(), target, o.get().isEstimate());
                    sum = sum.plus(gap.gap());
                    rows.add(gap);
                    Optional<Share> published = o.get().shareOfGdp();
                    if (gap.gap().isPositive() && published.filter(p -> p.isAtLeast(target)).isPresent()) {
                        disagree.add(a.code() + " " + y + " (published " + published.get().rounded(4).toExactString()
                                + ", here " + gap.share().rounded(4).toExactString() + ")");
                    }
                } else {
                    without.merge(a.code(), 1, Integer::sum);
                }
            }
            notes.add("Σ of allies' gaps " + y + ": USD " + org.milex.table.TextTable.millions(sum) + " mn");
        }
        notes.addAll(withoutNote(without));
        if (!disagree.isEmpty()) {
            notes.add("published share of GDP meets the target but expenditure / GDP in " + basis + " does not"
                    + (basis.isCurrent() ? " (NATO's share is at constant prices)" : " (NATO's figure is not the ratio of its own amounts)")
                    + ": " + String.join(", ", disagree));
        }
        return Rows.of(Gap.class, "gap to " + target + " of GDP, USD million, " + basis + ", " + edition()
                + "; gap = max(0, target × GDP − expenditure)", rows, notes);
    }

    /**
     * The group's collective gap to {@code target}, year by year: {@code max(0, target × Σ GDP − Σ expenditure)}
     * over the members that year (Iceland's GDP included). Smaller than Σ of the members' own gaps when
     * some members spend above the target.
     *
     * @throws IllegalStateException naming the members whose figures the edition lacks
     */
    public Rows<Gap> groupGaps(Share target, PriceBasis basis) {
        Objects.requireNonNull(target, "target");
        Rows<Total> totals = groupTotals(basis);
        List<Gap> rows = totals.stream().map(t -> gap(t.code(), t.name(), t.year(), t.expenditure(), t.gdp(),
                target, t.estimate())).toList();
        return Rows.of(Gap.class, group() + ", collective gap to " + target + " of GDP, USD million, " + basis
                + ", " + edition() + "; gap = max(0, target × Σ GDP − Σ expenditure)", rows, List.of());
    }

    private static Gap gap(String code, String name, Year y, Money x, Money gdp, Share target, boolean estimate) {
        Money needed = target.of(gdp).minus(x);
        Money gap = needed.isNegative() ? Money.zero(x.currency(), x.basis()) : needed;
        return new Gap(code, name, y, Share.of(x, gdp), x, gap, estimate);
    }

    /**
     * For each ally asked about, the constant annual real growth of defence expenditure needed from its
     * latest figure (the last of the query's years with constant-price expenditure and real GDP) to reach
     * the guideline's threshold of GDP by its deadline, if real GDP grows {@code gdpRealGrowthPct} percent a
     * year:
     *
     * <pre>
     * n = deadline − latestYear
     * g = ((threshold × GDP_latest × (1 + gdpRealGrowth)^n) / expenditure_latest)^(1/n) − 1
     * </pre>
     *
     * at the edition's constant prices. Allies without figures (Iceland) are named in the notes.
     *
     * @param gdpRealGrowthPct assumed annual real GDP growth, percent (1.5 for 1.5% a year)
     * @throws IllegalArgumentException if the guideline has no deadline, is not about GDP (the 20%
     *     equipment guideline), or the deadline is not after the latest year; or the growth is not above −100%
     */
    public Rows<GrowthPath> growthToReach(Guideline guideline, double gdpRealGrowthPct) {
        Objects.requireNonNull(guideline, "guideline");
        Checks.finite("gdpRealGrowthPct", gdpRealGrowthPct);
        if (gdpRealGrowthPct <= -100) {
            throw new IllegalArgumentException("GDP growth must be above -100%, not " + gdpRealGrowthPct + "%");
        }
        if (guideline.measure().filter(m -> m != Measure.SHARE_OF_GDP).isPresent()) {
            throw new IllegalArgumentException(guideline.id() + " is a share of defence expenditure, not of GDP");
        }
        Year deadline = guideline.deadline().orElseThrow(() -> new IllegalArgumentException(
                "guideline " + guideline.id() + " has no deadline to grow towards"));
        Edition e = edition();
        PriceBasis constant = e.constantPrices();
        double q = gdpRealGrowthPct / 100;
        List<GrowthPath> rows = new ArrayList<>();
        List<String> without = new ArrayList<>();
        List<Year> ys = years();
        for (Ally a : listedAnyYear(ys)) {
            Optional<Observation> latest = ys.stream().sorted(Comparator.reverseOrder()).map(y -> find(a, y))
                    .flatMap(Optional::stream).filter(o -> o.expenditure(constant).isPresent() && o.gdp(constant).isPresent()).findFirst();
            if (latest.isEmpty()) {
                without.add(a.code());
                continue;
            }
            Observation o = latest.get();
            Money x = o.expenditure(constant).orElseThrow();
            Money gdp = o.gdp(constant).orElseThrow();
            int n = deadline.getValue() - o.year().getValue();
            if (n < 1) {
                throw new IllegalArgumentException("the deadline " + deadline + " is not after " + a.code()
                        + "'s latest figure, " + o.year());
            }
            double ratio = guideline.threshold().of(gdp).ratioTo(x).doubleValue(); // threshold × GDP / expenditure
            double g = Math.pow(ratio * Math.pow(1 + q, n), 1.0 / n) - 1;
            Share share = Share.of(x, gdp);
            rows.add(new GrowthPath(a.code(), a.name(), o.year(), share, n, g * 100,
                    share.isAtLeast(guideline.threshold()), o.isEstimate()));
        }
        List<String> notes = new ArrayList<>();
        notes.add("g = ((threshold × GDP × (1 + " + gdpRealGrowthPct + "%)^n) / expenditure)^(1/n) − 1, " + constant);
        notes.addAll(Compliance.notes(guideline, e, Rounding.EXACT));
        if (!without.isEmpty()) {
            notes.add("no expenditure and GDP figures: " + String.join(", ", without));
        }
        return Rows.of(GrowthPath.class, "real growth of defence expenditure needed to reach " + guideline.threshold()
                + " of GDP by " + deadline + ", GDP growing " + gdpRealGrowthPct + "% a year, " + e, rows, notes);
    }

    // ---------------------------------------------------------------- editions compared

    /**
     * Every value each edition of the dataset published for the query's measure, for the chosen allies (or,
     * with a chosen group, the group's own row; otherwise all allies) and the chosen years (or all years),
     * oldest edition first, with each edition's coverage and each figure's source. The query's edition is
     * not a filter here.
     */
    public Rows<PublishedValue> acrossEditions() {
        List<Subject> subjects = new ArrayList<>(allies.isEmpty() && group.isPresent() ? List.of(group.get())
                : allies.isEmpty() ? Ally.all() : allies);
        TreeSet<Year> ys = new TreeSet<>(years);
        if (ys.isEmpty()) {
            data.editions().forEach(e -> ys.addAll(data.years(e)));
        }
        List<PublishedValue> rows = new ArrayList<>();
        for (Subject s : subjects) {
            for (Year y : ys) {
                for (Edition e : data.editions()) {
                    data.find(s, y, e).filter(o -> o.has(measure)).ifPresent(o -> rows.add(new PublishedValue(e.id(),
                            e.published(), s.code(), y, o.value(measure).getAsDouble(), o.isEstimate(), e.coverage(),
                            e.definition(), o.source(measure))));
                }
            }
        }
        return Rows.of(PublishedValue.class, measure.column() + " (" + measure.unit() + ") across editions", rows,
                List.of());
    }

    /** {@link #revisionsTo(Edition)} for the edition with this identifier. */
    public Rows<Revision> revisionsTo(String otherEdition) {
        return revisionsTo(data.edition(otherEdition));
    }

    /**
     * The query's measure as the query's edition (A) and {@code other} (B) published it, for every ally asked
     * about (and, unless allies were chosen, the group's own row) and year both publish:
     * {@code difference = valueB − valueA}. Figures only one edition has are counted in the notes.
     */
    public Rows<Revision> revisionsTo(Edition other) {
        Objects.requireNonNull(other, "other");
        Edition a = edition();
        List<Revision> rows = new ArrayList<>();
        int onlyA = 0;
        int onlyB = 0;
        for (Year y : years()) {
            List<Subject> subjects = new ArrayList<>(listed(y));
            if (allies.isEmpty()) {
                subjects.add(group());
            }
            for (Subject s : subjects) {
                OptionalDouble va = data.find(s, y, a).map(o -> o.value(measure)).orElse(OptionalDouble.empty());
                OptionalDouble vb = other.covers(y)
                        ? data.find(s, y, other).map(o -> o.value(measure)).orElse(OptionalDouble.empty())
                        : OptionalDouble.empty();
                if (va.isPresent() && vb.isPresent()) {
                    double d = BigDecimal.valueOf(vb.getAsDouble()).subtract(BigDecimal.valueOf(va.getAsDouble())).doubleValue();
                    rows.add(new Revision(s.code(), s.name(), y, va.getAsDouble(), vb.getAsDouble(), d));
                } else if (va.isPresent()) {
                    onlyA++;
                } else if (vb.isPresent()) {
                    onlyB++;
                }
            }
        }
        List<String> notes = new ArrayList<>();
        if (a.definition() != other.definition()) {
            notes.add(a + " measures " + a.definition() + ", " + other + " " + other.definition()
                    + ": differences mix revisions with a change of definition");
        }
        if (onlyA + onlyB > 0) {
            notes.add(onlyA + " figures only in " + a + ", " + onlyB + " only in " + other);
        }
        return Rows.of(Revision.class, measure.column() + " (" + measure.unit() + "): A = " + a + ", B = " + other
                + ", difference = B − A", rows, notes);
    }

    // ---------------------------------------------------------------- internals

    /** Allies listed in year {@code y}: the chosen ones (member or not), or the group's members. */
    private List<Ally> listed(Year y) {
        return allies.isEmpty() ? group().members(y) : allies;
    }

    private List<Ally> listedAnyYear(List<Year> ys) {
        if (!allies.isEmpty()) {
            return allies;
        }
        return Ally.all().stream().filter(a -> ys.stream().anyMatch(y -> group().contains(a, y))).toList();
    }

    /** Members in year {@code y}: the group's members, or the chosen allies that were members. */
    private List<Ally> members(Year y) {
        return group().members(y);
    }

    private Optional<Observation> find(Ally a, Year y) {
        return data.find(a, y, edition());
    }

    private List<Observation> memberObservations(List<Ally> members, Year y) {
        return members.stream().map(a -> find(a, y)).flatMap(Optional::stream).toList();
    }

    /** Codes of members lacking one of {@code measures}; defence measures are not required of Iceland. */
    private List<String> missing(List<Ally> members, Year y, Measure... measures) {
        List<String> out = new ArrayList<>();
        for (Ally a : members) {
            Optional<Observation> o = find(a, y);
            for (Measure m : measures) {
                if ((a.hasArmedForces() || !m.isDefence()) && o.map(x -> !x.has(m)).orElse(true)) {
                    out.add(a.code());
                    break;
                }
            }
        }
        return out;
    }

    private void requireMoney(Edition e, AllyGroup g, Year y, List<Ally> members, PriceBasis basis) {
        List<String> missing = basis.isCurrent()
                ? missing(members, y, Measure.EXPENDITURE_USD_CURRENT, Measure.GDP_USD_CURRENT)
                : missing(members, y, Measure.EXPENDITURE_USD_CONSTANT, Measure.REAL_GDP_USD_CONSTANT);
        if (!missing.isEmpty()) {
            throw missingMoney(e, g, y, missing, "a " + Edition.Coverage.COMPLETE + " edition such as "
                    + data.defaultEdition() + " has them");
        }
    }

    private static IllegalStateException missingMoney(Edition e, AllyGroup g, Year y, List<String> missing, String hint) {
        return new IllegalStateException(e + " (" + e.coverage() + ") lacks expenditure or GDP in US dollars for "
                + missing.size() + " members of " + g.code() + " in " + y + " (" + String.join(", ", missing)
                + "): Σ expenditure / Σ GDP cannot be computed; " + hint);
    }

    private static IllegalStateException noMembers(AllyGroup g, Year y) {
        return new IllegalStateException(g.code() + " has no members with figures in " + y);
    }

    private void checkBasis(PriceBasis basis) {
        if (!basis.isCurrent() && !basis.equals(edition().constantPrices())) {
            throw new IllegalArgumentException("edition " + edition() + " publishes " + edition().constantPrices()
                    + ", not " + basis + "; milex does not rebase figures");
        }
    }

    private String measureTitle() {
        return measure.column() + " (" + measure.unit() + "), " + edition();
    }

    private static List<String> withoutNote(Map<String, Integer> without) {
        if (without.isEmpty()) {
            return List.of();
        }
        return List.of("no figure for: " + without.entrySet().stream()
                .map(x -> x.getKey() + " (" + x.getValue() + (x.getValue() == 1 ? " year)" : " years)"))
                .collect(Collectors.joining(", ")));
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
