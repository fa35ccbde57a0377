package org.milex.claims;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A reading computed in every case of its assumptions: one {@link PartResult} per part and case, with notes
 * on the editions compared (an edition published long after the statement, none from its time).
 *
 * @param reading the reading
 * @param cases the cases of its assumptions, in order; {@code ["as stated"]} without assumptions
 * @param results one per part and case, case by case
 * @param notes what was compared where the edition is not from the statement's time; may be empty
 */
public record ReadingResult(Reading reading, List<String> cases, List<PartResult> results, List<String> notes) {

    /** How far a reading holds across its cases. */
    public enum Support {
        /** Every part holds in every case. */
        EVERY_CASE,
        /** Every part holds in some cases, not in others. */
        SOME_CASES,
        /** In no case do all parts hold, and every figure was computed. */
        NO_CASE,
        /** In no case do all parts hold, and some figure is missing from the data. */
        NO_DATA
    }

    /** Validates that there is one result per part and case. */
    public ReadingResult {
        Objects.requireNonNull(reading, "reading");
        cases = List.copyOf(cases);
        results = List.copyOf(results);
        notes = List.copyOf(notes);
        if (cases.isEmpty() || results.size() != cases.size() * reading.parts().size()) {
            throw new IllegalArgumentException("reading " + reading.id() + ": one result per part and case");
        }
    }

    /** The cases in which every part holds, in order. */
    public List<String> casesHolding() {
        Set<String> out = new LinkedHashSet<>(cases);
        for (PartResult r : results) {
            if (r.outcome() != Outcome.HOLDS) {
                out.remove(r.assumptionCase());
            }
        }
        return List.copyOf(out);
    }

    /** How far the reading holds; see {@link Support}. */
    public Support support() {
        int holding = casesHolding().size();
        if (holding == cases.size()) {
            return Support.EVERY_CASE;
        }
        if (holding > 0) {
            return Support.SOME_CASES;
        }
        return results.stream().anyMatch(r -> r.outcome() == Outcome.NO_DATA) ? Support.NO_DATA : Support.NO_CASE;
    }

    /** The results of one case, part by part. */
    public List<PartResult> resultsOf(String assumptionCase) {
        return results.stream().filter(r -> r.assumptionCase().equals(assumptionCase)).toList();
    }
}
