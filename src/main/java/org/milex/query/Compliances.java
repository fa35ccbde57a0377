package org.milex.query;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.milex.model.Ally;
import org.milex.model.Edition;
import org.milex.model.Guideline;
import org.milex.model.Measure;
import org.milex.model.Observation;
import org.milex.model.Share;

/** Compliance with a guideline: one year, year by year, edition by edition. */
final class Compliances {
    private Compliances() {
    }

    static Compliance compliance(Query q, Guideline guideline, Rounding rounding) {
        List<Year> ys = q.years();
        if (ys.size() != 1) {
            throw new IllegalStateException("compliance is for one year; this query has " + ys.size() + " ("
                    + ys.get(0) + "-" + ys.get(ys.size() - 1) + "): choose one with year(…), or use complianceHistory(…)");
        }
        return of(q, guideline, rounding, q.edition(), ys.get(0));
    }

    static ComplianceHistory history(Query q, Guideline guideline, Rounding rounding) {
        Objects.requireNonNull(guideline, "guideline");
        Objects.requireNonNull(rounding, "rounding");
        Compliance.measureOf(guideline);
        Edition e = q.edition();
        List<Compliance> list = q.years().stream().map(y -> of(q, guideline, rounding, e, y)).toList();
        return new ComplianceHistory(guideline, e, rounding, list);
    }

    static Rows<EditionCount> byEdition(Query q, Guideline guideline, Rounding rounding) {
        Objects.requireNonNull(rounding, "rounding");
        Compliance.measureOf(guideline);
        List<EditionCount> rows = new ArrayList<>();
        for (Edition e : q.data().editions()) {
            List<Year> ys = q.chosenYears().isEmpty() ? List.copyOf(q.data().years(e))
                    : q.chosenYears().stream().filter(e::covers).toList();
            for (Year y : ys) {
                Compliance c = of(q, guideline, rounding, e, y);
                int armed = (int) c.standings().stream().filter(s -> Ally.of(s.code()).hasArmedForces()).count();
                int with = c.members() - c.withoutFigure().size();
                if (with > 0) {
                    rows.add(new EditionCount(e, y, c.count(), with, c.members(), with == armed, e.coverage(),
                            e.isEstimate(y)));
                }
            }
        }
        List<String> notes = new ArrayList<>();
        if (!Selection.isSelection(q) || q.chosenAllies().stream().anyMatch(a -> !a.hasArmedForces())) {
            notes.add("members include Iceland, which has no armed forces and no figure");
        }
        return Rows.of(EditionCount.class, guideline + ", allies meeting as each edition published it ("
                + rounding.name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")", rows, notes);
    }

    /** Members of {@code y} against the guideline; chosen allies that were not yet members are named in a note. */
    static Compliance of(Query q, Guideline g, Rounding r, Edition e, Year y) {
        Objects.requireNonNull(g, "guideline");
        Objects.requireNonNull(r, "rounding");
        Measure m = Compliance.measureOf(g);
        List<Compliance.Standing> standings = new ArrayList<>();
        Optional<String> caveat = g.definitionNote(e);
        for (Ally a : Selection.members(q, y)) {
            Optional<Observation> o = q.data().find(a, y, e);
            Optional<Share> v = o.isPresent() ? o.get().share(m) : Optional.empty();    // no lambda to link
            Compliance.Status s = v.isEmpty() ? Compliance.Status.NO_FIGURE
                    : r.apply(v.get()).isAtLeast(g.threshold()) ? Compliance.Status.MEETS : Compliance.Status.BELOW;
            standings.add(new Compliance.Standing(a.code(), a.name(), y, v, s,
                    o.isPresent() ? o.get().isEstimate() : e.isEstimate(y), caveat));
        }
        return new Compliance(g, e, y, r, standings,
                Notes.nonMembers(q, List.of(y), "not counted, a guideline applies to members"));
    }
}
