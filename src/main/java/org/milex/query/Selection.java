package org.milex.query;

import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.milex.model.Ally;
import org.milex.model.Observation;

/** What a query selects, as the analyses need it: the allies listed, summed and counted in each year. */
final class Selection {
    private Selection() {
    }

    /** Whether allies were chosen (a selection), rather than a group. */
    static boolean isSelection(Query q) {
        return !q.chosenAllies().isEmpty();
    }

    /** Allies listed and aggregated in {@code y}: the chosen ones (member or not), or the group's members. */
    static List<Ally> listed(Query q, Year y) {
        return q.chosenAllies().isEmpty() ? q.group().members(y) : q.chosenAllies();
    }

    /** Allies counted against a guideline in {@code y}: members only, chosen or in the group. */
    static List<Ally> members(Query q, Year y) {
        return q.group().members(y);
    }

    /** The chosen allies that were not members in {@code y}; empty for a group. */
    static List<Ally> nonMembers(Query q, Year y) {
        if (q.chosenAllies().isEmpty()) {
            return List.of();     // a group: asked on every query's path, where a stream's lambda costs its first run
        }
        return q.chosenAllies().stream().filter(a -> !a.isMemberIn(y)).toList();
    }

    /** Allies listed in any of {@code ys}. */
    static List<Ally> listedAnyYear(Query q, List<Year> ys) {
        if (!q.chosenAllies().isEmpty()) {
            return q.chosenAllies();
        }
        return Ally.all().stream().filter(a -> ys.stream().anyMatch(y -> q.group().contains(a, y))).toList();
    }

    static Optional<Observation> find(Query q, Ally a, Year y) {
        return q.data().find(a, y, q.edition());
    }

}
