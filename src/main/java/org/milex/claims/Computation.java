package org.milex.claims;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.milex.model.Ally;
import org.milex.model.AllyGroup;
import org.milex.model.Edition;
import org.milex.model.Guideline;
import org.milex.model.Subject;

/**
 * A quantity milex can compute: a measure of a subject over a period, from an edition (or the edition
 * nearest the statement's date), at a price basis, under stated assumptions.
 *
 * <table>
 * <caption>measures and what they take</caption>
 * <tr><th>measure</th><th>subject</th><th>period</th><th>edition</th><th>basis</th><th>unit</th></tr>
 * <tr><td>{@code allies-meeting}</td><td>a guideline id ({@code GDP_2PCT})</td><td>a year</td>
 *     <td>an edition or nearest</td><td>–</td><td>allies</td></tr>
 * <tr><td>{@code members}</td><td>a group ({@code NATO})</td><td>a year</td><td>–</td><td>–</td><td>allies</td></tr>
 * <tr><td>{@code share-of-gdp}</td><td>an ally ({@code POL}) or group</td><td>a year</td>
 *     <td>an edition or nearest</td><td>–</td><td>percent</td></tr>
 * <tr><td>{@code expenditure}</td><td>an ally or group</td><td>a year</td><td>an edition or nearest</td>
 *     <td>current or constant</td><td>USD bn or mn</td></tr>
 * <tr><td>{@code contract-value}</td><td>a selection, e.g. {@code agency=NSPA;not-system=Patriot GEM-T}</td>
 *     <td>a year or a range of days, or none</td><td>–</td><td>–</td><td>money</td></tr>
 * <tr><td>{@code aid-figure}</td><td>an aid figure's id in the aid data</td><td>–</td><td>–</td><td>–</td>
 *     <td>money</td></tr>
 * </table>
 *
 * <p>A {@code contract-value} quantity states the assumption {@code contract-value} (firm values, or
 * ceilings where stated); any quantity of money in another currency than its unit states the exchange rate.
 * A selection's keys are {@code agency}, {@code system}, {@code not-system} and {@code buyer} (an ally code),
 * joined by {@code ;}; a contract must match them all.
 *
 * @param measure what is computed
 * @param subject of what, as the table says
 * @param period the period; required where the table says so, else empty
 * @param edition the edition; empty for "the edition nearest the statement's date" where the measure takes
 *     one, and for measures that take none
 * @param basis the price basis, for {@code expenditure} only
 * @param assumptions the assumptions, keys distinct
 */
public record Computation(Measure measure, String subject, Optional<Span> period, Optional<Edition> edition,
                       Optional<Basis> basis, List<Assumption> assumptions) {

    private static final Set<String> SELECTION_KEYS = Set.of("agency", "system", "not-system", "buyer");

    /** What milex computes. */
    public enum Measure {
        /** How many of the year's members are at or above a guideline, by the edition's published shares. */
        ALLIES_MEETING("allies-meeting"),
        /** How many allies a group has in a year (joined by then). */
        MEMBERS("members"),
        /** The share of GDP the edition publishes for an ally or group, percent. */
        SHARE_OF_GDP("share-of-gdp"),
        /** Defence expenditure in US dollars: an ally's, or Σ over a group's members that year. */
        EXPENDITURE("expenditure"),
        /** Σ of the selected contracts' values of the assumed kind, converted at the stated rates. */
        CONTRACT_VALUE("contract-value"),
        /** One published aid figure, converted at a stated rate where needed. */
        AID_FIGURE("aid-figure");

        private final String token;

        Measure(String token) {
            this.token = token;
        }

        /**
         * Reads a measure as {@link #token()} writes it.
         *
         * @throws IllegalArgumentException naming the text when it is no measure
         */
        public static Measure parse(CharSequence text) {
            Objects.requireNonNull(text, "text");
            for (Measure m : values()) {
                if (m.token.contentEquals(text)) {
                    return m;
                }
            }
            throw new IllegalArgumentException("not a measure: '" + text + "' (expected allies-meeting, members, "
                    + "share-of-gdp, expenditure, contract-value or aid-figure)");
        }

        /** The measure as claims files write it. */
        public String token() {
            return token;
        }

        /** Whether it is computed from NATO's figures in an edition. */
        public boolean usesEdition() {
            return this == ALLIES_MEETING || this == SHARE_OF_GDP || this == EXPENDITURE;
        }
    }

    /** Current prices, or the edition's constant prices. */
    public enum Basis {
        /** Current prices and exchange rates. */
        CURRENT,
        /** The edition's constant prices (2015 or 2021 US dollars). */
        CONSTANT
    }

    /** Validates the parts against the measure; see the class description. */
    public Computation {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(basis, "basis");
        assumptions = List.copyOf(assumptions);
        if (assumptions.stream().map(Assumption::key).distinct().count() != assumptions.size()) {
            throw new IllegalArgumentException("an assumption is stated twice: " + assumptions);
        }
        boolean yearly = measure != Measure.CONTRACT_VALUE && measure != Measure.AID_FIGURE;
        if (yearly && period.flatMap(Span::year).isEmpty()) {
            throw new IllegalArgumentException(measure.token() + " is computed for one year, not " + period.map(
                    Span::toString).orElse("no period"));
        }
        if (measure == Measure.AID_FIGURE && period.isPresent()) {
            throw new IllegalArgumentException("an aid figure has its own date; the period stays empty");
        }
        if (!measure.usesEdition() && edition.isPresent()) {
            throw new IllegalArgumentException(measure.token() + " takes no edition");
        }
        if ((measure == Measure.EXPENDITURE) != basis.isPresent()) {
            throw new IllegalArgumentException(measure == Measure.EXPENDITURE
                    ? "expenditure needs a price basis: current or constant" : measure.token() + " takes no price basis");
        }
        if (measure == Measure.CONTRACT_VALUE
                && assumptions.stream().noneMatch(a -> a.key().equals(Assumption.CONTRACT_VALUE))) {
            throw new IllegalArgumentException("contract-value needs the assumption contract-value=firm, =ceiling or "
                    + "both (firm values, or ceilings where stated)");
        }
        if (measure != Measure.CONTRACT_VALUE
                && assumptions.stream().anyMatch(a -> a.key().equals(Assumption.CONTRACT_VALUE))) {
            throw new IllegalArgumentException("the assumption contract-value is for contract-value only");
        }
        checkSubject(measure, subject);
    }

    private static void checkSubject(Measure measure, String subject) {
        switch (measure) {
            case ALLIES_MEETING -> Guideline.of(subject);
            case MEMBERS -> AllyGroup.of(subject);
            case SHARE_OF_GDP, EXPENDITURE -> subject(subject);
            case CONTRACT_VALUE -> selection(subject);
            case AID_FIGURE -> {
                if (!subject.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                    throw new IllegalArgumentException("not an aid figure's id: '" + subject + "'");
                }
            }
        }
    }

    /** An ally (three capital letters) or a group. */
    static Subject subject(String code) {
        return code.matches("[A-Z]{3}") ? Ally.of(code) : AllyGroup.of(code);
    }

    /** A contract selection's {@code key=value} pairs, in order. */
    static List<String[]> selection(String s) {
        List<String[]> pairs = new java.util.ArrayList<>();
        for (String part : s.split(";", -1)) {
            int eq = part.indexOf('=');
            if (eq < 1 || eq == part.length() - 1 || !SELECTION_KEYS.contains(part.substring(0, eq))) {
                throw new IllegalArgumentException("not a contract selection: '" + s + "' (expected key=value pairs "
                        + "joined by ';', keys agency, system, not-system, buyer)");
            }
            if (part.startsWith("buyer=")) {
                Ally.of(part.substring(eq + 1));
            }
            pairs.add(new String[] {part.substring(0, eq), part.substring(eq + 1)});
        }
        return pairs;
    }

    /** Whether the edition is the one nearest the statement's date. */
    public boolean isNearestEdition() {
        return measure.usesEdition() && edition.isEmpty();
    }

    /** {@code "share-of-gdp POL 2024, nearest edition"}. */
    @Override
    public String toString() {
        return measure.token() + " " + subject + period.map(p -> " " + p).orElse("")
                + basis.map(b -> ", " + b.name().toLowerCase(java.util.Locale.ROOT) + " prices").orElse("")
                + (measure.usesEdition() ? ", " + edition.map(Edition::id).orElse("nearest edition") : "")
                + (assumptions.isEmpty() ? "" : ", assuming " + assumptions);
    }
}
