package org.milex.query;

import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import org.milex.model.Ally;
import org.milex.model.Edition;
import org.milex.model.Measure;
import org.milex.model.Subject;

/** Editions compared: every published value, and the revisions from one edition to another. */
final class Revisions {
    /** Measures in money (or per head) at an edition's constant prices: not comparable across price bases. */
    static final Set<Measure> CONSTANT_PRICES = EnumSet.of(Measure.EXPENDITURE_NATIONAL_CONSTANT,
            Measure.EXPENDITURE_USD_CONSTANT, Measure.REAL_GDP_USD_CONSTANT, Measure.GDP_PER_CAPITA,
            Measure.EXPENDITURE_PER_CAPITA);

    /** Measures NATO computes at constant prices: a new price base changes them without any revision. */
    static final Set<Measure> PRICE_BASED = EnumSet.of(Measure.SHARE_OF_GDP, Measure.REAL_CHANGE);

    private Revisions() {
    }

    static Rows<PublishedValue> acrossEditions(Query q) {
        Measure measure = q.measure();
        List<Ally> allies = q.chosenAllies();
        List<Subject> subjects = new ArrayList<>(allies.isEmpty() && q.chosenGroup().isPresent()
                ? List.of(q.chosenGroup().get()) : allies.isEmpty() ? Ally.all() : allies);
        TreeSet<Year> ys = new TreeSet<>(q.chosenYears());
        if (ys.isEmpty()) {
            q.data().editions().forEach(e -> ys.addAll(q.data().years(e)));
        }
        List<PublishedValue> rows = new ArrayList<>();
        for (Subject s : subjects) {
            for (Year y : ys) {
                for (Edition e : q.data().editions()) {
                    q.data().find(s, y, e).filter(o -> o.has(measure)).ifPresent(o -> rows.add(new PublishedValue(e.id(),
                            e.published(), s.code(), y, o.value(measure).getAsDouble(), o.isEstimate(), e.coverage(),
                            e.definition(), o.source(measure))));
                }
            }
        }
        return Rows.of(PublishedValue.class, measure.column() + " (" + measure.unit() + ") across editions", rows,
                basesNote(q.data().editions()));
    }

    /** A note where the editions listed differ in price base, or nothing. */
    private static List<String> basesNote(List<Edition> editions) {
        Set<String> bases = new TreeSet<>();
        editions.forEach(e -> bases.add(e.constantPrices().toString()));
        return bases.size() < 2 ? List.of() : List.of("the editions' shares and constant-price figures rest on "
                + String.join(" and ", bases) + ": a change between them is partly a change of price base");
    }

    static Rows<Revision> revisionsTo(Query q, Edition other) {
        Objects.requireNonNull(other, "other");
        Edition a = q.edition();
        Measure measure = q.measure();
        boolean newBase = !a.constantPrices().equals(other.constantPrices());
        if (newBase && CONSTANT_PRICES.contains(measure)) {
            throw new IllegalArgumentException(measure.column() + " is money at constant prices: " + a + " gives "
                    + a.constantPrices() + ", " + other + " " + other.constantPrices() + ", so their difference "
                    + "is not a revision; compare at current prices (expenditure_usd_current_mn) or shares instead");
        }
        List<String> caveats = new ArrayList<>();
        if (newBase && PRICE_BASED.contains(measure)) {
            caveats.add("price base: " + a.constantPrices() + " → " + other.constantPrices());
        }
        if (a.definition() != other.definition() && measure != Measure.PERSONNEL) {
            caveats.add("definition: " + a.definition() + " → " + other.definition());
        }
        Optional<String> caveat = caveats.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", caveats));
        List<Revision> rows = new ArrayList<>();
        int onlyA = 0;
        int onlyB = 0;
        for (Year y : q.years()) {
            List<Subject> subjects = new ArrayList<>(Selection.listed(q, y));
            if (!Selection.isSelection(q)) {
                subjects.add(q.group());
            }
            for (Subject s : subjects) {
                OptionalDouble va = q.data().find(s, y, a).map(o -> o.value(measure)).orElse(OptionalDouble.empty());
                OptionalDouble vb = other.covers(y)
                        ? q.data().find(s, y, other).map(o -> o.value(measure)).orElse(OptionalDouble.empty())
                        : OptionalDouble.empty();
                if (va.isPresent() && vb.isPresent()) {
                    BigDecimal da = BigDecimal.valueOf(va.getAsDouble());
                    BigDecimal db = BigDecimal.valueOf(vb.getAsDouble());
                    rows.add(new Revision(s.code(), s.name(), y, da, db, db.subtract(da), caveat));
                } else if (va.isPresent()) {
                    onlyA++;
                } else if (vb.isPresent()) {
                    onlyB++;
                }
            }
        }
        List<String> notes = new ArrayList<>();
        caveat.ifPresent(c -> notes.add("every row: " + c + "; a difference mixes NATO's revision with this change"));
        if (onlyA + onlyB > 0) {
            notes.add(onlyA + " figures only in " + a + ", " + onlyB + " only in " + other);
        }
        return Rows.of(Revision.class, measure.column() + " (" + measure.unit() + "): A = " + a + ", B = " + other
                + ", difference = B − A", rows, notes);
    }
}
