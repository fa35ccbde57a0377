package org.milex.procurement;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One published figure of aid to a recipient (Ukraine): who gives, which measure (commitment,
 * allocation, announced assistance), which type of aid, how much, as of when, who says so and where.
 *
 * <pre>{@code
 * AidFigure us = AidFigures.embedded().get("us-security-assistance-ap-2024-07-09").orElseThrow();
 * us.value();      // over USD 53600 mn (current prices)
 * us.measure();    // ANNOUNCED
 * us.reported();   // Optional[2024-07-09]
 * }</pre>
 *
 * @param id stable identifier
 * @param donor who gives
 * @param recipient who receives, e.g. {@code Ukraine}
 * @param measure what the figure counts
 * @param type military, financial, humanitarian or all aid
 * @param value the amount as the source states it, at current prices as far as the source says (the notes
 *     say where the price basis is not stated)
 * @param asOf the day or month the data run to, where stated
 * @param reported the day or month the figure was published or said, where known
 * @param reportedBy who states the figure, e.g. {@code AP}, {@code Kiel Institute}
 * @param flags caveats on the sourcing
 * @param scope what the figure covers and how far to trust it
 * @param sources where it comes from (URLs); at least one
 */
public record AidFigure(String id, Donor donor, String recipient, Measure measure, Type type, Amount value,
                        Optional<ReportedDate> asOf, Optional<ReportedDate> reported, String reportedBy,
                        Set<SourceFlag> flags, String scope, List<String> sources) {

    /** What an aid figure counts. */
    public enum Measure {
        /** Aid promised (Kiel's "commitments"). */
        COMMITMENT,
        /** Aid delivered or earmarked for delivery (Kiel's "allocations", its headline measure since 2024-04-25). */
        ALLOCATION,
        /** Security assistance a government announced, as its officials total it. */
        ANNOUNCED,
        /** The source does not say which measure it counts. */
        UNSTATED;

        /**
         * Reads a measure as {@link #token()} writes it.
         *
         * @throws IllegalArgumentException naming the text when it is not a measure
         */
        public static Measure parse(CharSequence text) {
            return Tokens.parse(Measure.class, text, "an aid measure");
        }

        /** The measure as data files write it: {@code "commitment"}, {@code "allocation"}, ... */
        public String token() {
            return Tokens.token(this);
        }
    }

    /** What kind of aid a figure covers. */
    public enum Type {
        /** Weapons, equipment and military or security assistance. */
        MILITARY,
        /** Budget support, loans, grants. */
        FINANCIAL,
        /** Humanitarian aid. */
        HUMANITARIAN,
        /** All three together. */
        ALL;

        /**
         * Reads a type as {@link #token()} writes it.
         *
         * @throws IllegalArgumentException naming the text when it is not a type
         */
        public static Type parse(CharSequence text) {
            return Tokens.parse(Type.class, text, "an aid type");
        }

        /** The type as data files write it: {@code "military"}, {@code "all"}, ... */
        public String token() {
            return Tokens.token(this);
        }
    }

    /** Validates and copies; see the parameters for the rules. */
    public AidFigure {
        Objects.requireNonNull(donor, "donor");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(reported, "reported");
        Objects.requireNonNull(scope, "scope");
        requireText(id, "id");
        requireText(recipient, "recipient");
        requireText(reportedBy, "reportedBy");
        flags = flags.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(flags));
        sources = List.copyOf(sources);
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("an aid figure names at least one source");
        }
        for (String s : sources) {
            requireText(s, "source");
        }
        if (value.money().isNegative()) {
            throw new IllegalArgumentException("an aid figure is not negative: " + value);
        }
        if (!value.money().basis().isCurrent()) {
            throw new IllegalArgumentException("an aid figure is in current prices, not " + value.money().basis());
        }
    }

    private static void requireText(String s, String what) {
        Objects.requireNonNull(s, what);
        if (s.isBlank()) {
            throw new IllegalArgumentException("an aid figure's " + what + " is not blank");
        }
    }

    /** Whether only one source (or one source and its reprints) reports it. */
    public boolean isSingleSource() {
        return flags.contains(SourceFlag.SINGLE_SOURCE);
    }

    /** {@code "kiel-2024-02-29-usa-military: United States military allocation EUR 43100 mn (current prices), as of 2024-02-29"}. */
    @Override
    public String toString() {
        return id + ": " + donor.name() + " " + type.token() + " " + measure.token() + " " + value
                + asOf.map(d -> ", as of " + d).orElse("") + reported.map(d -> ", reported " + d).orElse("");
    }
}
