package org.milex.query;

import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.milex.model.Ally;
import org.milex.model.Edition;
import org.milex.model.Measure;
import org.milex.model.Observation;
import org.milex.model.PriceBasis;

/** The notes the analyses attach to their rows, worded once, so that every result says the same thing. */
final class Notes {
    private Notes() {
    }

    /** {@code "no figure for: ISL (11 years), …"}, or nothing. */
    static List<String> without(Map<String, Integer> without) {
        if (without.isEmpty()) {
            return List.of();
        }
        StringJoiner list = new StringJoiner(", ");      // a loop: a stream here cost the report's first run
        for (Map.Entry<String, Integer> x : without.entrySet()) {
            list.add(x.getKey() + " (" + x.getValue() + (x.getValue() == 1 ? " year)" : " years)"));
        }
        return List.of("no figure for: " + list);
    }

    /**
     * The chosen allies that were not members in some of the years, with their accession dates:
     * {@code "SWE Sweden was not a member in 2023 (joined 2024-03-07): listed because chosen"}; nothing for a group.
     */
    static List<String> nonMembers(Query q, List<Year> ys, String how) {
        Map<Ally, Set<Year>> out = new LinkedHashMap<>();
        for (Year y : ys) {
            for (Ally a : Selection.nonMembers(q, y)) {
                out.computeIfAbsent(a, k -> new TreeSet<>()).add(y);
            }
        }
        List<String> notes = new ArrayList<>();
        for (Map.Entry<Ally, Set<Year>> e : out.entrySet()) {
            notes.add(e.getKey() + " was not a member in " + years(e.getValue()) + " (joined "
                    + e.getKey().accession() + "): " + how);
        }
        return notes;
    }

    /** {@code "2014-2023"} for a run of years, else the years listed. */
    static String years(Collection<Year> ys) {
        List<Year> list = new ArrayList<>(new TreeSet<>(ys));
        boolean run = list.get(list.size() - 1).getValue() - list.get(0).getValue() == list.size() - 1;
        return list.size() > 1 && run ? list.get(0) + "-" + list.get(list.size() - 1)
                : list.stream().map(Year::toString).collect(Collectors.joining(", "));
    }

    /** The allies without armed forces among {@code listed}: their GDP counts, as in NATO's rows. */
    static List<String> unarmed(Collection<Ally> listed) {
        StringJoiner names = new StringJoiner(", ");
        for (Ally a : new LinkedHashSet<>(listed)) {
            if (!a.hasArmedForces()) {
                names.add(a.toString());
            }
        }
        String unarmed = names.toString();
        return unarmed.isEmpty() ? List.of()
                : List.of(unarmed + ": no armed forces, no expenditure; its GDP counts in the sums, as in NATO's rows");
    }

    /** The measure a money basis reads expenditure and GDP from. */
    static String gdpColumn(PriceBasis basis) {
        return (basis.isCurrent() ? Measure.GDP_USD_CURRENT : Measure.REAL_GDP_USD_CONSTANT).column();
    }

    /**
     * The error for an aggregate that needs figures the edition lacks, naming edition, coverage, year and allies.
     */
    static IllegalStateException missingMoney(Edition e, String who, Year y, List<String> missing, String hint) {
        return new IllegalStateException(e + " (" + e.coverage() + ") lacks expenditure or GDP in US dollars for "
                + missing.size() + " of " + who + " in " + y + " (" + String.join(", ", missing)
                + "): Σ expenditure / Σ GDP cannot be computed; " + hint);
    }

    /** Codes of allies lacking one of {@code measures}; defence measures are not required of Iceland. */
    static List<String> missing(Query q, List<Ally> allies, Year y, Measure... measures) {
        List<String> out = new ArrayList<>();
        for (Ally a : allies) {
            java.util.Optional<Observation> o = Selection.find(q, a, y);
            for (Measure m : measures) {
                if ((a.hasArmedForces() || !m.isDefence()) && (o.isEmpty() || !o.get().has(m))) {
                    out.add(a.code());
                    break;
                }
            }
        }
        return out;
    }

    /** Refuses constant prices of another base year than the edition's: milex does not rebase. */
    static void checkBasis(Edition e, PriceBasis basis) {
        if (!basis.isCurrent() && !basis.equals(e.constantPrices())) {
            throw new IllegalArgumentException("edition " + e + " publishes " + e.constantPrices()
                    + ", not " + basis + "; milex does not rebase figures");
        }
    }
}
