package org.milex.sipri;

/**
 * What one cell of a SIPRI country sheet holds: a figure and how SIPRI marks it, or why there is none.
 *
 * <p>SIPRI marks estimates only by the colour of a figure's font ("Figures in blue are SIPRI estimates.
 * Figures in red indicate highly uncertain data."); milex reads the colour of each cell's font. A missing
 * figure is the text {@code ...}, and {@code xxx} marks a year in which the country did not exist or was not
 * independent (in the April 2025 release also the European Union before 2022). The font colour of a
 * {@code ...} or {@code xxx} cell carries no meaning and is not read.
 */
public enum SipriStatus {
    /** A figure in black: published by SIPRI without qualification. */
    PUBLISHED(true, "published"),
    /** A figure in blue: a SIPRI estimate. */
    ESTIMATE(true, "SIPRI estimate"),
    /** A figure in red: highly uncertain data. */
    UNCERTAIN(true, "highly uncertain"),
    /** The text {@code ...}: data unavailable. */
    UNAVAILABLE(false, "unavailable"),
    /** The text {@code xxx}: the country did not exist or was not independent during all or part of the year. */
    NOT_INDEPENDENT(false, "not independent"),
    /**
     * The workbook has no cell for this country and year: the sheet has no column for the year (per capita and
     * share of government spending start in 1988), or the workbook does not list the country.
     */
    NOT_COVERED(false, "not covered");

    private static final SipriStatus[] VALUES = values();

    private final boolean hasValue;
    private final String label;

    SipriStatus(boolean hasValue, String label) {
        this.hasValue = hasValue;
        this.label = label;
    }

    /** Whether a cell with this status holds a figure (published, estimate or uncertain). */
    public boolean hasValue() {
        return hasValue;
    }

    /** Whether SIPRI qualifies the figure: an estimate or highly uncertain. */
    public boolean isQualified() {
        return this == ESTIMATE || this == UNCERTAIN;
    }

    /** The status's code in a database's status array. */
    byte code() {
        return (byte) ordinal();
    }

    /** The status with a code written by {@link #code()}. */
    static SipriStatus ofCode(byte code) {
        return VALUES[code];
    }

    /** {@code "SIPRI estimate"}, {@code "unavailable"}, … */
    @Override
    public String toString() {
        return label;
    }
}
