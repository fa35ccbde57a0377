package org.milex.query;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
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
            Optional<Observation> row = Selection.isSelection(q) ? Optional.empty() : q.data().find(g, y, e);
            Optional<BigDecimal> published = row.isPresent() && row.get().has(Measure.REAL_CHANGE)
                    ? Optional.of(BigDecimal.valueOf(row.get().value(Measure.REAL_CHANGE).getAsDouble())) : Optional.empty();
            StringJoiner joinedCodes = new StringJoiner(", ");
            StringJoiner joinedWhen = new StringJoiner(", ");
            for (Ally a : now) {
                if (!before.contains(a)) {
                    joinedCodes.add(a.code());
                    joinedWhen.add(a + " (joined " + a.accession() + ")");
                }
            }
            rows.add(new RealChange(g.code(), g.name(), y, published, change(q, now, prev, y, constant),
                    change(q, before, prev, y, constant), joinedCodes.toString(), e.isEstimate(y)));
            if (joinedCodes.length() > 0) {
                notes.add(y + ": " + joinedWhen + (published.isPresent() ? "; the published figure counts its expenditure as growth, "
                        + "the like-for-like figures count it in both years or in neither" : ""));
            }
        }
        notes.add(0, "change = (Σ expenditure in the year / Σ expenditure of the same allies the year before − 1) × 100, "
                + constant + "; published = the edition's row");
        return Rows.of(RealChange.class, g + ", annual real change of defence expenditure (percent), " + e, rows, notes);
    }

    private static BigDecimal change(Query q, List<Ally> allies, Year prev, Year y, PriceBasis constant) {
        List<Ally> armed = new ArrayList<>(allies.size());
        for (Ally a : allies) {
            if (a.hasArmedForces()) {
                armed.add(a);
            }
        }
        Money a = sum(q, armed, prev, constant);
        Money b = sum(q, armed, y, constant);
        return b.ratioTo(a).subtract(BigDecimal.ONE).multiply(HUNDRED, MathContext.DECIMAL128);
    }

    private static Money sum(Query q, List<Ally> allies, Year y, PriceBasis constant) {
        List<Observation> obs = Aggregations.requireMoney(q, y, allies, constant);
        return Aggregates.totalExpenditure(obs, constant);
    }
}
