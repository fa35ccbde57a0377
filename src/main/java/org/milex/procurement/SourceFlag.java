package org.milex.procurement;

/**
 * A caveat on where a figure comes from, as marked in milex's source notes.
 *
 * <pre>{@code
 * SourceFlag.parse("single-source");   // SINGLE_SOURCE
 * SourceFlag.DERIVED.token();          // "derived"
 * }</pre>
 */
public enum SourceFlag {
    /** Found in only one source (or one source and its verbatim reprints): unconfirmed. */
    SINGLE_SOURCE,
    /** Computed from sourced numbers; no source prints it. */
    DERIVED,
    /** An official text seen only as quoted or reprinted by a third party. */
    SECOND_HAND,
    /** Taken from a public repository that processed the publisher's data, not from the publisher. */
    REPOSITORY;

    /**
     * Reads a flag as {@link #token()} writes it ({@code "single-source"}).
     *
     * @throws IllegalArgumentException naming the text when it is not a flag
     */
    public static SourceFlag parse(CharSequence text) {
        return Tokens.parse(SourceFlag.class, text, "a source flag");
    }

    /** The flag as data files write it: {@code "single-source"}, {@code "derived"}, ... */
    public String token() {
        return Tokens.token(this);
    }
}
