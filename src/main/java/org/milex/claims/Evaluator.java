package org.milex.claims;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.milex.claims.Quantities.Computed;
import org.milex.model.AllyGroup;
import org.milex.model.Edition;
import org.milex.model.Guideline;
import org.milex.procurement.ExchangeRate;

/**
 * The one evaluator: computes every reading of a claim, in every case of its assumptions, and judges the
 * claim by {@link Verdict#of}. It knows measures, comparisons and assumptions, never particular claims,
 * contracts, aid figures or editions: those come from the claims file and the data. It catches no exception.
 *
 * <p>Editions: a quantity names its edition, or takes the one nearest the statement's date: the latest the
 * data hold published on or before that day, else the earliest published after it. A reading notes the
 * edition it was judged against when that edition was published more than {@value #LATE_DAYS} days after the
 * statement, when the statement is undated, and when the data hold no edition from the statement's time.
 */
final class Evaluator {
    /** How many days after a statement an edition may appear before the check says it is later. */
    static final int LATE_DAYS = 90;

    private final Quantities nato;
    private final Procured procured;

    Evaluator(Quantities nato, Procured procured) {
        this.nato = nato;
        this.procured = procured;
    }

    ClaimCheck check(Claim c) {
        if (c.isUntraceable()) {
            return new ClaimCheck(c, Verdict.UNTRACEABLE, List.of(), "Untraceable: " + c.untraceable().orElseThrow());
        }
        List<ReadingResult> results = c.readings().stream().map(r -> evaluate(c, r)).toList();
        Verdict v = Verdict.of(c, results);
        return new ClaimCheck(c, v, results, explain(c, v, results));
    }

    private ReadingResult evaluate(Claim c, Reading r) {
        Map<String, List<String>> keys = new LinkedHashMap<>();
        for (Part p : r.parts()) {
            for (Assumption a : p.quantity().assumptions()) {
                keys.putIfAbsent(a.key(), a.cases());
            }
        }
        List<Map<String, String>> cases = new ArrayList<>();
        cases.add(Map.of());
        for (Map.Entry<String, List<String>> k : keys.entrySet()) {
            List<Map<String, String>> next = new ArrayList<>();
            for (Map<String, String> base : cases) {
                for (String v : k.getValue()) {
                    Map<String, String> m = new LinkedHashMap<>(base);
                    m.put(k.getKey(), v);
                    next.add(m);
                }
            }
            cases = next;
        }
        List<String> labels = new ArrayList<>();
        List<PartResult> results = new ArrayList<>();
        Set<String> notes = new LinkedHashSet<>();
        for (Map<String, String> kase : cases) {
            String label = kase.isEmpty() ? "as stated" : kase.entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue().replace("@", " on ")).collect(Collectors.joining(", "));
            labels.add(label);
            for (Part p : r.parts()) {
                results.add(compute(c, p, label, kase, notes));
            }
        }
        return new ReadingResult(r, labels, results, List.copyOf(notes));
    }

    private PartResult compute(Claim c, Part p, String label, Map<String, String> kase, Set<String> notes) {
        Computation q = p.quantity();
        Computed x;
        if (q.measure().usesEdition()) {
            Optional<Edition> e = edition(c, q, notes);
            if (e.isEmpty()) {
                return PartResult.noData(p, label, "the data given hold no " + q.edition().map(Edition::id)
                        .orElse("edition") + " (they hold " + nato.editions() + ")");
            }
            Year y = q.period().flatMap(Span::year).orElseThrow();
            x = switch (q.measure()) {
                case ALLIES_MEETING -> nato.alliesMeeting(e.get(), y, Guideline.of(q.subject()));
                case SHARE_OF_GDP -> nato.shareOfGdp(e.get(), y, Computation.subject(q.subject()));
                default -> nato.expenditure(e.get(), y, Computation.subject(q.subject()), q.basis().orElseThrow());
            };
        } else {
            List<ExchangeRate> rates = q.assumptions().stream().filter(Assumption::isExchangeRate)
                    .map(a -> Assumption.rate(a.key(), kase.get(a.key()), "assumed in the claims file")).toList();
            x = switch (q.measure()) {
                case MEMBERS -> nato.members(q.period().flatMap(Span::year).orElseThrow(), AllyGroup.of(q.subject()));
                case CONTRACT_VALUE -> procured.contractValue(q.subject(), q.period(), kase.get(Assumption.CONTRACT_VALUE),
                        p.unit().currency().orElseThrow(), rates);
                default -> procured.aidFigure(q.subject(), p.unit().currency().orElseThrow(), rates);
            };
        }
        if (x.value().isEmpty()) {
            return PartResult.noData(p, label, x.what());
        }
        BigDecimal inUnit = x.value().get().movePointLeft(p.unit().millionsExponent());
        return PartResult.of(p, label, inUnit, x.what());
    }

    /** The edition a quantity is judged against, noting how it relates to the statement's date. */
    private Optional<Edition> edition(Claim c, Computation q, Set<String> notes) {
        List<Edition> held = nato.editions();
        Year y = q.period().flatMap(Span::year).orElseThrow();
        if (q.edition().isPresent()) {
            Edition e = q.edition().get();
            if (!held.contains(e)) {
                return Optional.empty();
            }
            if (c.said().isPresent()) {
                long days = ChronoUnit.DAYS.between(c.said().get(), e.published());
                if (days > LATE_DAYS) {
                    notes.add("judged against " + e + ", published " + e.published() + ", " + days
                            + " days after the statement");
                }
            } else {
                notes.add("the statement is undated; judged against " + e + ", published " + e.published());
                Edition first = held.get(0);
                if (first.published().getYear() > y.getValue() + 1) {
                    notes.add("milex holds no edition from the time of a statement about " + y + ": its earliest, "
                            + first + ", was published " + first.published());
                }
            }
            return Optional.of(e);
        }
        LocalDate said = c.said().orElseThrow();
        Optional<Edition> before = held.stream().filter(e -> !e.published().isAfter(said)).reduce((a, b) -> b);
        if (before.isPresent()) {
            notes.add("nearest edition to the statement (" + said + "): " + before.get() + ", published "
                    + before.get().published());
            return before;
        }
        Optional<Edition> after = held.stream().findFirst();
        after.ifPresent(e -> notes.add("milex holds no edition published by " + said + "; judged against " + e
                + ", published " + e.published() + ", " + ChronoUnit.DAYS.between(said, e.published())
                + " days after the statement"));
        return after;
    }

    private static String explain(Claim c, Verdict v, List<ReadingResult> results) {
        ReadingResult p = results.stream().filter(r -> r.reading().isPrimary()).findFirst().orElseThrow();
        String primary = "Primary reading " + p.reading().id() + " (" + p.reading().primaryBecause().orElseThrow() + ")";
        List<String> others = results.stream().filter(r -> !r.reading().isPrimary() && !r.casesHolding().isEmpty())
                .map(r -> r.reading().id() + (r.support() == ReadingResult.Support.SOME_CASES
                        ? " (with " + String.join("; ", r.casesHolding()) + ")" : "")).toList();
        String text = switch (v) {
            case SUPPORTED -> primary + " holds" + (p.cases().size() > 1 ? " in every case of its assumptions." : ".");
            case DEPENDS_ON_ASSUMPTION -> primary + " holds with " + String.join("; ", p.casesHolding())
                    + " only, not with " + p.cases().stream().filter(x -> !p.casesHolding().contains(x))
                    .collect(Collectors.joining("; ")) + ".";
            case SUPPORTED_UNDER_OTHER_READING -> primary + " does not hold; supported under reading"
                    + (others.size() > 1 ? "s " : " ") + String.join(", ", others) + " only.";
            case NO_DATA -> primary + " cannot be computed: " + p.results().stream()
                    .filter(r -> r.outcome() == Outcome.NO_DATA).map(PartResult::what).distinct()
                    .collect(Collectors.joining("; ")) + ".";
            case NOT_SUPPORTED -> primary + " does not hold, and no other reading does.";
            case UNTRACEABLE -> throw new IllegalStateException("an untraceable claim has no readings");
        };
        List<String> notes = results.stream().flatMap(r -> r.notes().stream()).distinct().toList();
        return text + (notes.isEmpty() ? "" : " Editions: " + String.join("; ", notes) + ".");
    }
}
