package org.milex.query;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.milex.model.Ally;
import org.milex.model.AllyGroup;
import org.milex.model.Edition;
import org.milex.model.Measure;
import org.milex.model.Money;
import org.milex.model.Observation;
import org.milex.model.PriceBasis;

/** Real change of a group's expenditure: published, and like for like over the same allies in both years. */
final class RealChanges {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private RealChanges() {
    }

    static Rows<RealChange> of(Query q) {
        Edition e = q.edition();
        PriceBasis constant = e.constantPrices();
        AllyGroup g = q.group();
        List<RealChange> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Year y : q.years()) {
            Year prev = y.minusYears(1);
            if (!e.covers(prev)) {
                continue;
            }
            List<Ally> now = Aggregations.summed(q, y);
            List<Ally> before = Aggregations.summed(q, prev);
            Optional<BigDecimal> published = Selection.isSelection(q) ? Optional.empty()
                    : q.data().find(g, y, e).flatMap(o -> o.has(Measure.REAL_CHANGE)
                            ? Optional.of(BigDecimal.valueOf(o.value(Measure.REAL_CHANGE).getAsDouble())) : Optional.empty());
            List<Ally> joined = now.stream().filter(a -> !before.contains(a)).toList();
            rows.add(new RealChange(g.code(), g.name(), y, published, change(q, now, prev, y, constant),
                    change(q, before, prev, y, constant),
                    String.join(", ", joined.stream().map(Ally::code).toList()), e.isEstimate(y)));
            if (!joined.isEmpty()) {
                notes.add(y + ": " + String.join(", ", joined.stream().map(a -> a + " (joined " + a.accession() + ")")
                        .toList()) + (published.isPresent() ? "; the published figure counts its expenditure as growth, "
                        + "the like-for-like figures count it in both years or in neither" : ""));
            }
        }
        notes.add(0, "change = (Σ expenditure in the year / Σ expenditure of the same allies the year before − 1) × 100, "
                + constant + "; published = the edition's row");
        return Rows.of(RealChange.class, g + ", annual real change of defence expenditure (percent), " + e, rows, notes);
    }

    private static BigDecimal change(Query q, List<Ally> allies, Year prev, Year y, PriceBasis constant) {
        List<Ally> armed = allies.stream().filter(Ally::hasArmedForces).toList();
        Money a = sum(q, armed, prev, constant);
        Money b = sum(q, armed, y, constant);
        return b.ratioTo(a).subtract(BigDecimal.ONE).multiply(HUNDRED, MathContext.DECIMAL128);
    }

    private static Money sum(Query q, List<Ally> allies, Year y, PriceBasis constant) {
        List<Observation> obs = Aggregations.requireMoney(q, y, allies, constant);
        return Aggregates.totalExpenditure(obs, constant);
    }
}
