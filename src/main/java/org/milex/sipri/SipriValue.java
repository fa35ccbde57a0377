package org.milex.sipri;

import java.time.Year;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One cell of a SIPRI country sheet: a year, the figure if there is one, and its status.
 *
 * <pre>{@code
 * db.value(db.country("Poland"), SipriMeasure.SHARE_OF_GDP, Year.of(2024));  // 2024: 4.15… (published)
 * db.value(db.country("Iceland"), SipriMeasure.SHARE_OF_GDP, Year.of(2024)); // 2024: ... (unavailable)
 * }</pre>
 *
 * @param year the (calendar or financial) year of the figure
 * @param value the figure in the measure's unit ({@link SipriMeasure#unit()}; shares in percent), present
 *     exactly when {@code status.hasValue()}
 * @param status published, estimate or uncertain; or why there is no figure
 */
public record SipriValue(Year year, OptionalDouble value, SipriStatus status) {

    /** Checks that a value is present exactly when the status has one, and is finite. */
    public SipriValue {
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(status, "status");
        if (value.isPresent() != status.hasValue()) {
            throw new IllegalArgumentException(year + ": a " + status + " cell "
                    + (status.hasValue() ? "must hold a figure" : "holds no figure, not " + value.getAsDouble()));
        }
        if (value.isPresent() && !Double.isFinite(value.getAsDouble())) {
            throw new IllegalArgumentException(year + ": not a finite number: " + value.getAsDouble());
        }
    }

    /** A figure with its status (published, estimate or uncertain). */
    public static SipriValue of(Year year, double value, SipriStatus status) {
        return new SipriValue(year, OptionalDouble.of(value), status);
    }

    /** No figure, and why ({@code ...}, {@code xxx}, or no cell). */
    public static SipriValue absent(Year year, SipriStatus status) {
        return new SipriValue(year, OptionalDouble.empty(), status);
    }

    /** Whether there is a figure. */
    public boolean isPresent() {
        return value.isPresent();
    }

    /** {@code "2024: 4.1543938797535616 (published)"} or {@code "1950: ... (unavailable)"}. */
    @Override
    public String toString() {
        String v = value.isPresent() ? String.valueOf(value.getAsDouble())
                : status == SipriStatus.NOT_INDEPENDENT ? "xxx" : status == SipriStatus.UNAVAILABLE ? "..." : "-";
        return year + ": " + v + " (" + status + ")";
    }
}
