package org.milex.procurement;

import java.util.Objects;

/**
 * How a source states a figure: plainly, or with "about", "over" or "up to". milex keeps the qualifier
 * beside the figure so that "over USD 53.6 bn" is never read as exactly USD 53.6 bn.
 *
 * <pre>{@code
 * Qualifier.parse("up to");                   // UP_TO
 * Qualifier.OVER.plus(Qualifier.EXACT);       // OVER: (over a) + b is over a + b
 * Qualifier.OVER.plus(Qualifier.UP_TO);       // ABOUT: the bounds point both ways
 * }</pre>
 */
public enum Qualifier {
    /** Stated without a qualifier. The source may still have rounded it ("EUR 1.1 bn"). */
    EXACT(""),
    /** Stated as approximate: "about", "≈", "almost", "some", an estimate. */
    ABOUT("about"),
    /** Stated as a lower bound: "over", "more than". */
    OVER("over"),
    /** Stated as an upper bound: "up to", "at most", a ceiling reached only if all options are exercised. */
    UP_TO("up to");

    private final String word;

    Qualifier(String word) {
        this.word = word;
    }

    /**
     * Reads {@code "exact"}, {@code "about"}, {@code "over"} or {@code "up to"}, as {@link #word()} writes
     * them (and {@code "exact"} for {@link #EXACT}).
     *
     * @throws IllegalArgumentException naming the text when it is none of these
     */
    public static Qualifier parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString();
        if (s.equals("exact")) {
            return EXACT;
        }
        for (Qualifier q : values()) {
            if (!q.word.isEmpty() && q.word.equals(s)) {
                return q;
            }
        }
        throw new IllegalArgumentException("not a qualifier: '" + s + "' (expected exact, about, over or up to)");
    }

    /** The word printed before a figure: empty for {@link #EXACT}, else {@code "about"}, {@code "over"}, {@code "up to"}. */
    public String word() {
        return word;
    }

    /** Whether the figure was stated without a qualifier. */
    public boolean isExact() {
        return this == EXACT;
    }

    /**
     * The qualifier of a sum of a figure qualified by this and one qualified by {@code other}: exact plus
     * exact is exact; a bound plus an exact figure or the same kind of bound keeps the bound ({@code OVER}
     * or {@code UP_TO}); anything with {@code ABOUT}, or a lower bound plus an upper bound, is {@code ABOUT}.
     */
    public Qualifier plus(Qualifier other) {
        Objects.requireNonNull(other, "other");
        if (this == other || other == EXACT) {
            return this;
        }
        if (this == EXACT) {
            return other;
        }
        return ABOUT;
    }
}
