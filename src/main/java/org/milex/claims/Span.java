package org.milex.claims;

import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * The days a quantity covers, both ends included: a calendar year ({@code 2024}) or a range of days
 * ({@code 2023-07-01..2024-01-23}).
 *
 * <pre>{@code
 * Span.parse("2024").year();                    // Optional[2024]
 * Span.parse("2023-07-01..2024-01-23").year();  // Optional.empty
 * }</pre>
 *
 * @param from the first day
 * @param to the last day, not before {@code from}
 */
public record Span(LocalDate from, LocalDate to) {

    /** Rejects nulls and a period that ends before it starts. */
    public Span {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("a period ends on or after it starts, not " + from + ".." + to);
        }
    }

    /** The calendar year. */
    public static Span of(Year year) {
        Objects.requireNonNull(year, "year");
        return new Span(year.atDay(1), year.atMonth(12).atEndOfMonth());
    }

    /**
     * Reads a year ({@code 2024}, four digits within 1900–2100) or two ISO dates joined by {@code ..}, as
     * {@link #toString()} writes them.
     *
     * @throws IllegalArgumentException naming the text when it is neither
     */
    public static Span parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString();
        if (s.matches("[0-9]{4}")) {
            int y = Integer.parseInt(s);
            if (y < 1900 || y > 2100) {
                throw new IllegalArgumentException("a year lies within 1900–2100, not " + s);
            }
            return of(Year.of(y));
        }
        int dots = s.indexOf("..");
        if (dots > 0) {
            try {
                return new Span(date(s.substring(0, dots)), date(s.substring(dots + 2)));
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        throw new IllegalArgumentException("not a period: '" + s + "' (expected a year such as 2024, or "
                + "2023-07-01..2024-01-23)");
    }

    private static LocalDate date(String s) {
        if (!s.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
            throw new DateTimeParseException("not a date", s, 0);
        }
        LocalDate d = LocalDate.parse(s);
        if (d.getYear() < 1900 || d.getYear() > 2100) {
            throw new DateTimeParseException("out of range", s, 0);
        }
        return d;
    }

    /** The year, when the period is exactly one calendar year. */
    public Optional<Year> year() {
        Year y = Year.from(from);
        return from.equals(y.atDay(1)) && to.equals(y.atMonth(12).atEndOfMonth()) ? Optional.of(y) : Optional.empty();
    }

    /** {@code "2024"} for a calendar year, else {@code "2023-07-01..2024-01-23"}. */
    @Override
    public String toString() {
        return year().map(Year::toString).orElse(from + ".." + to);
    }
}
