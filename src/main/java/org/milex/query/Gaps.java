package org.milex.query;

import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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

/**
 * Gaps to a target share of GDP and the growth needed to close them, all from NATO's published share of GDP,
 * the one definition of "the share" in milex:
 *
 * <pre>
 * gap to t in basis b = max(0, (t − published share) / 100 × GDP in b)
 * </pre>
 *
 * with GDP in b NATO's GDP in US dollars at current prices ({@code gdp_usd_current_mn}, TABLE5) or its real GDP
 * at the edition's constant prices ({@code real_gdp_usd_constant_mn}, TABLE5). The gap is zero exactly when the
 * published share is at or above t, which is when {@link Compliance} counts the ally as meeting a guideline of
 * threshold t. At constant prices this is NATO's own arithmetic (NATO's share is expenditure / real GDP at
 * constant prices); at current prices it converts the same shortfall in percentage points at current-price GDP.
 * The ratio of current-price expenditure to current-price GDP (1.85% for the Netherlands in 2024, against NATO's
 * 2.05%) is not NATO's share and is not used.
 */
final class Gaps {
    private Gaps() {
    }

    /** The gap of one ally: {@code max(0, (t − share) / 100 × gdp)}, in gdp's currency and basis. */
    static Money gap(Share target, Share share, Money gdp) {
        if (share.isAtLeast(target)) {
            return Money.zero(gdp.currency(), gdp.basis());
        }
        return gdp.multipliedBy(target.pointsAbove(share).movePointLeft(2));
    }

    static Rows<Gap> gaps(Query q, Share target, PriceBasis basis) {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(basis, "basis");
        Edition e = q.edition();
        Notes.checkBasis(e, basis);
        List<Gap> rows = new ArrayList<>();
        Map<String, Integer> without = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        List<Year> ys = q.years();
        List<Year> empty = new ArrayList<>();
        for (Year y : ys) {
            Money sum = Money.zero(Currencies.USD, basis);
            int n = 0;
            for (Ally a : Selection.listed(q, y)) {
                Optional<Observation> o = Selection.find(q, a, y);
                Optional<Share> share = o.isPresent() ? o.get().shareOfGdp() : Optional.empty();
                Optional<Money> gdp = o.isPresent() ? o.get().gdp(basis) : Optional.empty();
                if (share.isPresent() && gdp.isPresent()) {
                    Money x = o.get().expenditure(basis).orElse(Money.zero(Currencies.USD, basis));
                    Money gap = gap(target, share.get(), gdp.get());
                    rows.add(new Gap(a.code(), a.name(), y, share.get(), x, gdp.get(), gap, o.get().isEstimate()));
                    sum = sum.plus(gap);
                    n++;
                } else {
                    without.put(a.code(), without.getOrDefault(a.code(), 0) + 1);
                }
            }
            if (n == 0) {
                empty.add(y);
            } else {
                notes.add("Σ of allies' gaps " + y + ": USD " + org.milex.table.TextTable.millions(sum) + " mn");
            }
        }
        if (!empty.isEmpty()) {
            notes.add(unavailable(e, Notes.years(empty), basis));
        }
        if (empty.size() < ys.size()) {
            notes.addAll(Notes.without(without));
        }
        notes.addAll(Notes.nonMembers(q, ys, "listed because chosen"));
        return Rows.of(Gap.class, "gap to " + target + " of GDP, USD million, " + basis + ", " + e
                + "; gap = max(0, (target − published share) × GDP)", rows, notes);
    }

    /** {@code "not available in NATO-2025-08: it publishes no gdp_usd_current_mn for 2025"}. */
    static String unavailable(Edition e, String years, PriceBasis basis) {
        return "not available in " + e + ": it publishes no " + Notes.gdpColumn(basis) + " for " + years
                + " (" + e.coverage() + " in milex)";
    }

    static Rows<Gap> groupGaps(Query q, Share target, PriceBasis basis) {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(basis, "basis");
        Edition e = q.edition();
        Notes.checkBasis(e, basis);
        AllyGroup g = q.group();
        List<Gap> rows = new ArrayList<>();
        List<Ally> everyone = new ArrayList<>();
        for (Year y : q.years()) {
            List<Ally> allies = Aggregations.summed(q, y);
            everyone.addAll(allies);
            List<Observation> obs = Aggregations.requireMoney(q, y, allies, basis);
            Aggregations.requireMoney(q, y, allies, e.constantPrices());
            Share share = Aggregates.combinedShareOfGdp(obs).orElseThrow();
            Money gdp = Aggregates.totalGdp(obs, basis);
            rows.add(new Gap(g.code(), g.name(), y, share, Aggregates.totalExpenditure(obs, basis), gdp,
                    gap(target, share, gdp), e.isEstimate(y)));
        }
        List<String> notes = new ArrayList<>();
        notes.add("share = Σ expenditure / Σ real GDP at " + e.constantPrices() + " over " + Aggregations.over(q)
                + ", as NATO computes its rows");
        notes.addAll(Notes.unarmed(everyone));
        notes.addAll(Notes.nonMembers(q, q.years(), "summed because chosen"));
        return Rows.of(Gap.class, g + ", collective gap to " + target + " of GDP, USD million, " + basis
                + ", " + e + "; gap = max(0, (target − share) × Σ GDP)", rows, notes);
    }

    static Rows<GrowthPath> growthToReach(Query q, Guideline guideline, double gdpRealGrowthPct) {
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
        Edition e = q.edition();
        Share t = guideline.threshold();
        double growth = 1 + gdpRealGrowthPct / 100;
        List<GrowthPath> rows = new ArrayList<>();
        List<String> without = new ArrayList<>();
        List<Year> ys = q.years();
        for (Ally a : Selection.listedAnyYear(q, ys)) {
            Optional<Observation> latest = ys.stream().sorted(Comparator.reverseOrder()).map(y -> Selection.find(q, a, y))
                    .flatMap(Optional::stream).filter(o -> o.shareOfGdp().isPresent()).findFirst();
            if (latest.isEmpty()) {
                without.add(a.code());
                continue;
            }
            Observation o = latest.get();
            Share share = o.shareOfGdp().orElseThrow();
            int n = deadline.getValue() - o.year().getValue();
            if (n < 1) {
                throw new IllegalArgumentException("the deadline " + deadline + " is not after " + a.code()
                        + "'s latest figure, " + o.year());
            }
            boolean met = share.isAtLeast(t);
            double g = 0;
            if (!met) {
                if (share.percent().signum() == 0) {
                    without.add(a.code());
                    continue;
                }
                double ratio = t.percent().divide(share.percent(), java.math.MathContext.DECIMAL64).doubleValue();
                g = (Math.pow(ratio * Math.pow(growth, n), 1.0 / n) - 1) * 100;
            }
            rows.add(new GrowthPath(a.code(), a.name(), o.year(), share, n, g, met, o.isEstimate()));
        }
        List<String> notes = new ArrayList<>();
        notes.add("g = ((threshold / published share) × (1 + " + BigDecimal.valueOf(gdpRealGrowthPct).toPlainString()
                + "%)^n)^(1/n) − 1, real terms; zero for an ally already at or above the threshold");
        notes.addAll(Compliance.notes(guideline, e, Rounding.EXACT));
        if (!without.isEmpty()) {
            notes.add("no published share of GDP: " + String.join(", ", without));
        }
        notes.addAll(Notes.nonMembers(q, ys, "listed because chosen"));
        return Rows.of(GrowthPath.class, "real growth of defence expenditure needed to reach " + t
                + " of GDP by " + deadline + ", GDP growing " + gdpRealGrowthPct + "% a year, " + e, rows, notes);
    }
}
