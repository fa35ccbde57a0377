package org.milex.query;

import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.milex.model.Ally;
import org.milex.model.AllyGroup;
import org.milex.model.Currencies;
import org.milex.model.Edition;
import org.milex.model.Measure;
import org.milex.model.Money;
import org.milex.model.Observation;
import org.milex.model.PriceBasis;
import org.milex.model.Share;

/**
 * Sums over the allies asked about: combined shares, totals, burden sharing. A group sums its members of each
 * year; a selection of allies sums the chosen allies in every year, members or not (named in the notes with
 * their accession dates), so that {@link Query#totals} and {@link Query#groupTotals} list the same allies.
 */
final class Aggregations {
    private Aggregations() {
    }

    /** The allies summed in {@code y}: the chosen ones, or the group's members. */
    static List<Ally> summed(Query q, Year y) {
        return Selection.listed(q, y);
    }

    /** What the sums are over, for titles and errors: {@code "members of EUROPE_CANADA"}, {@code "SWE, FIN"}. */
    static String over(Query q) {
        return Selection.isSelection(q) ? "the chosen allies (" + String.join(", ", q.chosenAllies().stream().map(Ally::code)
                .toList()) + ")" : "the members of " + q.group().code();
    }

    static Rows<GroupShare> groupShares(Query q, boolean fallback) {
        Edition e = q.edition();
        AllyGroup g = q.group();
        List<GroupShare> rows = new ArrayList<>();
        List<Year> ys = q.years();
        List<Ally> everyone = new ArrayList<>();
        for (Year y : ys) {
            List<Ally> allies = summed(q, y);
            everyone.addAll(allies);
            Optional<Share> published = Selection.isSelection(q) ? Optional.empty()
                    : shareOfGdp(q.data().find(g, y, e));
            List<Observation> obs = observations(q, allies, y);
            List<String> missing = Notes.missing(q, allies, y, Measure.EXPENDITURE_USD_CONSTANT, Measure.REAL_GDP_USD_CONSTANT);
            Share combined;
            GroupShare.Method method;
            if (allies.isEmpty()) {
                throw new IllegalStateException(g.code() + " has no members in " + y);
            } else if (missing.isEmpty()) {
                combined = Aggregates.combinedShareOfGdp(obs).orElseThrow();
                method = GroupShare.Method.SUM_OVER_MEMBERS;
            } else if (fallback && published.isPresent()) {
                combined = published.get();
                method = GroupShare.Method.PUBLISHED_ROW;
            } else {
                throw Notes.missingMoney(e, over(q), y, missing, fallback ? "and publishes no row for " + g.code()
                        : "groupSharesOrPublished() uses the group row the edition publishes");
            }
            boolean allShares = Notes.missing(q, allies, y, Measure.SHARE_OF_GDP).isEmpty();
            Optional<Share> mean = allShares ? Aggregates.meanShareOfGdp(obs) : Optional.empty();
            Optional<Share> median = allShares ? Aggregates.medianShareOfGdp(obs) : Optional.empty();
            rows.add(new GroupShare(g.code(), g.name(), y, combined, mean, median, allies.size(), published,
                    method, e.isEstimate(y)));
        }
        List<String> notes = new ArrayList<>();
        notes.add("combined = Σ expenditure / Σ real GDP at " + e.constantPrices() + " over " + over(q)
                + (Selection.isSelection(q) ? "" : " of each year") + "; mean and median of their published shares"
                + (Selection.isSelection(q) ? "; members counts the allies summed" : ""));
        notes.addAll(Notes.unarmed(everyone));
        notes.addAll(Notes.nonMembers(q, ys, "summed because chosen"));
        return Rows.of(GroupShare.class, g + ", defence expenditure as a share of GDP (percent), " + e, rows, notes);
    }

    static Rows<Total> totals(Query q, PriceBasis basis) {
        Objects.requireNonNull(basis, "basis");
        Notes.checkBasis(q.edition(), basis);
        List<Total> rows = new ArrayList<>();
        Map<String, Integer> without = new LinkedHashMap<>();
        List<Year> ys = q.years();
        for (Year y : ys) {
            for (Ally a : Selection.listed(q, y)) {
                Optional<Observation> o = Selection.find(q, a, y);
                Optional<Money> x = o.flatMap(ob -> ob.expenditure(basis));
                Optional<Money> gdp = o.flatMap(ob -> ob.gdp(basis));
                if (x.isPresent() && gdp.isPresent()) {
                    rows.add(new Total(a.code(), a.name(), y, x.get(), gdp.get(), o.get().isEstimate()));
                } else {
                    without.merge(a.code(), 1, Integer::sum);
                }
            }
        }
        List<String> notes = new ArrayList<>(Notes.without(without));
        notes.addAll(Notes.nonMembers(q, ys, "listed because chosen"));
        return Rows.of(Total.class, "defence expenditure and GDP, USD million, " + basis + ", " + q.edition(), rows, notes);
    }

    static Rows<Total> groupTotals(Query q, PriceBasis basis) {
        Objects.requireNonNull(basis, "basis");
        Edition e = q.edition();
        Notes.checkBasis(e, basis);
        AllyGroup g = q.group();
        List<Total> rows = new ArrayList<>();
        List<Year> ys = q.years();
        List<Ally> everyone = new ArrayList<>();
        for (Year y : ys) {
            List<Ally> allies = summed(q, y);
            everyone.addAll(allies);
            List<Observation> obs = requireMoney(q, y, allies, basis);
            rows.add(new Total(g.code(), g.name(), y, Aggregates.totalExpenditure(obs, basis),
                    Aggregates.totalGdp(obs, basis), e.isEstimate(y)));
        }
        List<String> notes = new ArrayList<>(Notes.unarmed(everyone));
        notes.addAll(Notes.nonMembers(q, ys, "summed because chosen"));
        return Rows.of(Total.class, g + ", Σ over " + over(q) + ", USD million, " + basis + ", " + e, rows, notes);
    }

    static Rows<BurdenShare> burdenSharing(Query q, PriceBasis basis) {
        Objects.requireNonNull(basis, "basis");
        Edition e = q.edition();
        Notes.checkBasis(e, basis);
        AllyGroup g = q.group();
        List<BurdenShare> rows = new ArrayList<>();
        List<Year> ys = q.years();
        List<Ally> everyone = new ArrayList<>();
        for (Year y : ys) {
            List<Ally> allies = summed(q, y);
            everyone.addAll(allies);
            List<Observation> obs = requireMoney(q, y, allies, basis);
            Money totalX = Aggregates.totalExpenditure(obs, basis);
            Money totalGdp = Aggregates.totalGdp(obs, basis);
            for (Observation o : obs) {
                Ally a = (Ally) o.subject();
                Money x = o.expenditure(basis).orElse(Money.zero(Currencies.USD, basis));
                Share sx = Share.of(x, totalX);
                Share sg = Share.of(o.gdp(basis).orElseThrow(), totalGdp);
                rows.add(new BurdenShare(a.code(), a.name(), y, x, sx, sg, sx.pointsAbove(sg), o.isEstimate()));
            }
        }
        List<String> notes = new ArrayList<>();
        notes.add("difference = share of the expenditure of " + over(q) + " − share of their GDP, percentage points");
        notes.addAll(Notes.unarmed(everyone));
        notes.addAll(Notes.nonMembers(q, ys, "summed because chosen"));
        return Rows.of(BurdenShare.class, g + ", burden sharing, " + basis + ", " + e, rows, notes);
    }

    private static Optional<Share> shareOfGdp(Optional<Observation> o) {
        return o.isPresent() ? o.get().shareOfGdp() : Optional.empty();
    }

    /** The observations of {@code allies} in {@code y}, after checking that each has expenditure and GDP in basis. */
    static List<Observation> requireMoney(Query q, Year y, List<Ally> allies, PriceBasis basis) {
        if (allies.isEmpty()) {
            throw new IllegalStateException(q.group().code() + " has no members in " + y);
        }
        List<String> missing = basis.isCurrent()
                ? Notes.missing(q, allies, y, Measure.EXPENDITURE_USD_CURRENT, Measure.GDP_USD_CURRENT)
                : Notes.missing(q, allies, y, Measure.EXPENDITURE_USD_CONSTANT, Measure.REAL_GDP_USD_CONSTANT);
        if (!missing.isEmpty()) {
            throw Notes.missingMoney(q.edition(), over(q), y, missing, "a " + Edition.Coverage.COMPLETE
                    + " edition such as " + q.data().defaultEdition() + " has them");
        }
        return observations(q, allies, y);
    }

    static List<Observation> observations(Query q, List<Ally> allies, Year y) {
        List<Observation> out = new ArrayList<>(allies.size());
        for (Ally a : allies) {
            Optional<Observation> o = Selection.find(q, a, y);
            if (o.isPresent()) {
                out.add(o.get());
            }
        }
        return Collections.unmodifiableList(out);
    }
}
