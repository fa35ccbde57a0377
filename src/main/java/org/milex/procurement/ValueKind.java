package org.milex.procurement;

/**
 * What a contract's figure is: a firm value, a ceiling, the value of options, or an approval. Figures of
 * different kinds describe different things (a framework's ceiling is not money committed; a US approval
 * of a possible sale is not a contract), so milex never adds them together: {@link ValueTotals} keeps one
 * column per kind.
 *
 * <pre>{@code
 * ValueKind.parse("approval");           // APPROVAL
 * ValueKind.CEILING.token();             // "ceiling"
 * }</pre>
 */
public enum ValueKind {
    /** The value of firm orders: money committed under a signed contract or call-off. */
    FIRM,
    /** A framework's maximum: orders may be placed up to it, and it may never be reached. */
    CEILING,
    /** The value of options, exercised or not, beyond the firm orders. */
    OPTION,
    /**
     * A government's approval of a possible sale, e.g. a US Foreign Military Sale notified by DSCA "up to"
     * an estimated value; it may lead to a contract of another value, which is a separate record.
     */
    APPROVAL;

    /**
     * Reads a kind as {@link #token()} writes it: {@code firm}, {@code ceiling}, {@code option} or
     * {@code approval}.
     *
     * @throws IllegalArgumentException naming the text when it is none of these
     */
    public static ValueKind parse(CharSequence text) {
        return Tokens.parse(ValueKind.class, text, "a value kind");
    }

    /** The kind as data files write it, e.g. {@code "ceiling"}. */
    public String token() {
        return Tokens.token(this);
    }
}
