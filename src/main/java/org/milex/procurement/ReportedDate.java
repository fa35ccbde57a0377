package org.milex.procurement;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * A date as precisely as a source gives it: a day ({@code 2024-07-09}) or only a month
 * ({@code 2023-12}, "late December 2023").
 *
 * <pre>{@code
 * ReportedDate.parse("2024-07-09").day();     // Optional[2024-07-09]
 * ReportedDate.parse("2023-12").day();        // Optional.empty
 * ReportedDate.parse("2023-12").year();       // 2023
 * }</pre>
 *
 * @param month the month
 * @param day the day, where the source gives it; it lies in {@code month}
 */
public record ReportedDate(YearMonth month, Optional<LocalDate> day) {

    /** Validates that the day lies in the month. */
    public ReportedDate {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(day, "day");
        if (day.isPresent() && !YearMonth.from(day.get()).equals(month)) {
            throw new IllegalArgumentException("day " + day.get() + " does not lie in month " + month);
        }
    }

    /** A date known to the day. */
    public static ReportedDate of(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return new ReportedDate(YearMonth.from(day), Optional.of(day));
    }

    /** A date known only to the month. */
    public static ReportedDate of(YearMonth month) {
        return new ReportedDate(month, Optional.empty());
    }

    /**
     * Reads {@code yyyy-mm-dd} or {@code yyyy-mm}, as {@link #toString()} writes them.
     *
     * @throws DateTimeParseException when the text is neither
     */
    public static ReportedDate parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString();
        if (s.length() == "yyyy-mm".length()) {
            return of(YearMonth.parse(s));
        }
        return of(LocalDate.parse(s));
    }

    /** The year. */
    public Year year() {
        return Year.of(month.getYear());
    }

    /** Whether the source gives the day. */
    public boolean isDayKnown() {
        return day.isPresent();
    }

    /** {@code "2024-07-09"}, or {@code "2023-12"} when only the month is known. */
    @Override
    public String toString() {
        return day.map(LocalDate::toString).orElseGet(month::toString);
    }
}
