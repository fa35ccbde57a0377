package org.milex.query;

import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.milex.model.Ally;
import org.milex.model.Observation;

/** Listings of the published figures: observations, figures, rankings. */
final class Listings {
    private Listings() {
    }

    static List<Observation> observations(Query q) {
        List<Observation> out = new ArrayList<>();
        for (Year y : q.years()) {
            for (Ally a : Selection.listed(q, y)) {
                Selection.find(q, a, y).ifPresent(out::add);
            }
        }
        return out;
    }

    static Rows<Figure> figures(Query q) {
        List<Figure> rows = new ArrayList<>();
        Map<String, Integer> without = new LinkedHashMap<>();
        List<Year> ys = q.years();
        for (Year y : ys) {
            for (Ally a : Selection.listed(q, y)) {
                Optional<Observation> o = Selection.find(q, a, y);
                OptionalDouble v = o.map(x -> x.value(q.measure())).orElse(OptionalDouble.empty());
                if (v.isPresent()) {
                    rows.add(new Figure(a.code(), a.name(), y, BigDecimal.valueOf(v.getAsDouble()), o.get().isEstimate(),
                            o.get().source(q.measure())));
                } else {
                    without.merge(a.code(), 1, Integer::sum);
                }
            }
        }
        List<String> notes = new ArrayList<>(Notes.without(without));
        notes.addAll(Notes.nonMembers(q, ys, "listed because chosen"));
        return Rows.of(Figure.class, title(q), rows, notes);
    }

    static Rows<Rank> ranking(Query q) {
        List<Rank> rows = new ArrayList<>();
        Map<String, Integer> without = new LinkedHashMap<>();
        List<Year> ys = q.years();
        for (Year y : ys) {
            List<Rank> year = new ArrayList<>();
            for (Ally a : Selection.listed(q, y)) {
                Optional<Observation> o = Selection.find(q, a, y);
                OptionalDouble v = o.map(x -> x.value(q.measure())).orElse(OptionalDouble.empty());
                if (v.isPresent()) {
                    year.add(new Rank(1, a.code(), a.name(), y, BigDecimal.valueOf(v.getAsDouble()), o.get().isEstimate()));
                } else {
                    without.merge(a.code(), 1, Integer::sum);
                }
            }
            year.sort(Comparator.comparing(Rank::value).reversed().thenComparing(Rank::code));
            for (int i = 0; i < year.size(); i++) {
                Rank r = year.get(i);
                int rank = i > 0 && year.get(i - 1).value().compareTo(r.value()) == 0 ? rows.get(rows.size() - 1).rank() : i + 1;
                rows.add(new Rank(rank, r.code(), r.name(), y, r.value(), r.estimate()));
            }
        }
        List<String> notes = new ArrayList<>(Notes.without(without));
        notes.addAll(Notes.nonMembers(q, ys, "ranked because chosen"));
        return Rows.of(Rank.class, title(q) + ", ranked", rows, notes);
    }

    private static String title(Query q) {
        return q.measure().column() + " (" + q.measure().unit() + "), " + q.edition();
    }
}
