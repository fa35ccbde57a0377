package org.milex.claims;

import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
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
import org.milex.model.Subject;
import org.milex.query.Compliance;
import org.milex.query.Query;
import org.milex.query.Total;

/**
 * The editions' published figures as the claims evaluator needs them. This is the one class in {@code org.milex.claims} that
 * calls {@code org.milex.query}; each method checks first that the data hold every figure it needs and
 * otherwise returns a {@link Computed} without a value that names what is missing, so that no query throws
 * for missing data. Any exception that still comes out of a query is a bug and goes to the caller.
 */
final class Quantities {
    private final Dataset data;

    Quantities(Dataset data) {
        this.data = data;
    }

    /** A figure (empty where the data lack it) and what it is, with its source or what is missing. */
    record Computed(Optional<BigDecimal> value, String what) {
        static Computed of(BigDecimal value, String what) {
            return new Computed(Optional.of(value), what);
        }

        static Computed none(String what) {
            return new Computed(Optional.empty(), what);
        }
    }

    /** The editions the data hold, in order of publication. */
    List<Edition> editions() {
        return data.editions();
    }

    /** How many of the year's members are at or above the guideline, by the edition's published figures. */
    Computed alliesMeeting(Edition e, Year y, Guideline g) {
        if (!e.covers(y)) {
            return Computed.none(e + " covers " + e.firstYear() + "–" + e.lastYear() + ", not " + y);
        }
        Compliance cp = Query.of(data).edition(e).year(y).compliance(g);
        List<String> missing = cp.withoutFigure().stream().filter(Ally::hasArmedForces).map(Ally::code).toList();
        if (!missing.isEmpty()) {
            return Computed.none(e + " has no figure for " + missing.size() + " of the " + cp.members()
                    + " members in " + y + " (" + String.join(", ", missing) + "); " + cp.count() + " of the others meet "
                    + g.id());
        }
        String unarmed = cp.withoutFigure().stream().map(Ally::code).collect(Collectors.joining(", "));
        return Computed.of(BigDecimal.valueOf(cp.count()), "allies at or above " + g.threshold() + " in " + y
                + (e.isEstimate(y) ? "e" : "") + " of " + cp.members() + " members"
                + (unarmed.isEmpty() ? "" : " (" + unarmed + " without armed forces, no figure)") + ", " + e
                + (e.isComplete() ? " TABLE3" : " (" + e.coverage().name().toLowerCase(java.util.Locale.ROOT)
                + " edition)"));
    }

    /** How many allies the group has in the year, joined by then (accession dates in {@code allies.csv}). */
    Computed members(Year y, AllyGroup g) {
        return Computed.of(BigDecimal.valueOf(g.members(y).size()), g.name() + " members in " + y
                + " (joined by then; allies.csv)");
    }

    /** The share of GDP the edition publishes for an ally or group, percent. */
    Computed shareOfGdp(Edition e, Year y, Subject s) {
        Optional<Observation> o = data.find(s, y, e);
        Optional<BigDecimal> share = o.flatMap(Observation::shareOfGdp).map(x -> x.percent());
        if (share.isEmpty()) {
            return Computed.none(e + " publishes no share of GDP for " + name(s) + " in " + y);
        }
        return Computed.of(share.get(), name(s) + " " + y + (o.get().isEstimate() ? "e" : "") + ", "
                + o.get().source(Measure.SHARE_OF_GDP));
    }

    /** Defence expenditure in US dollars, millions: an ally's, or Σ over a group's members that year. */
    Computed expenditure(Edition e, Year y, Subject s, Computation.Basis b) {
        PriceBasis basis = b == Computation.Basis.CURRENT ? PriceBasis.current() : e.constantPrices();
        List<Ally> members = s instanceof AllyGroup g ? g.members(y) : List.of((Ally) s);
        List<String> missing = new ArrayList<>();
        for (Ally a : members) {
            Optional<Observation> o = data.find(a, y, e);
            boolean hasX = !a.hasArmedForces() || o.flatMap(x -> x.expenditure(basis)).isPresent();
            boolean hasGdp = o.flatMap(x -> x.gdp(basis)).isPresent();
            if (!hasX || !hasGdp) {
                missing.add(a.code());
            }
        }
        if (!missing.isEmpty()) {
            return Computed.none(e + " lacks expenditure or GDP at " + basis + " in " + y + " for "
                    + String.join(", ", missing));
        }
        Query q = Query.of(data).edition(e).year(y);
        Total t = s instanceof AllyGroup g ? q.group(g).groupTotals(basis).get(0)
                : q.allies(((Ally) s).code()).totals(basis).get(0);
        return Computed.of(t.expenditure().millions(), name(s) + " " + y + (t.estimate() ? "e" : "")
                + ", defence expenditure at " + basis + (s instanceof AllyGroup ? ", Σ over " + members.size()
                + " members" : "") + ", " + e + " TABLE2");
    }

    private static String name(Subject s) {
        return s instanceof AllyGroup g ? g.name() : ((Ally) s).name();
    }
}
