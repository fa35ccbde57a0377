package org.milex.cli;

import java.time.Year;
import java.util.Optional;
import org.milex.model.Edition;
import org.milex.query.Query;

/**
 * The years a command asks about, {@code from} to {@code to} (both included), checked against the edition's
 * years. Commands take them through {@link YearsOption} ({@code --year}, {@code --from}, {@code --to}) or
 * {@link YearSpanOption} ({@code --year}, {@code --years FROM-TO}).
 *
 * @param from the first year
 * @param to the last year
 */
record Years(Year from, Year to) {

    /** Which years a command answers for when none are chosen. */
    enum Default {
        /** The edition's last year. */
        LAST,
        /** Every year the edition covers. */
        ALL
    }

    /** Whether this is one year. */
    boolean isSingle() {
        return from.equals(to);
    }

    /** The query narrowed to these years. */
    Query apply(Query q) {
        return isSingle() ? q.year(from) : q.years(from, to);
    }

    /** {@code "2024"} or {@code "2014-2024"}. */
    @Override
    public String toString() {
        return isSingle() ? from.toString() : from + "-" + to;
    }

    /**
     * The years chosen by {@code --year} or a range, or the default; a range's open end is the edition's.
     *
     * @throws Main.UsageException if a year lies outside the edition, {@code --year} is combined with a range,
     *     or the range is reversed
     */
    static Years resolve(Edition e, Optional<Integer> year, Optional<Integer> from,
                         Optional<Integer> to, String rangeOptions, Default whenNone) {
        if (year.isPresent() && (from.isPresent() || to.isPresent())) {
            throw new Main.UsageException("--year and " + rangeOptions
                    + " exclude each other: give one year or a range");
        }
        if (year.isPresent()) {
            Year y = check(e, year.get());
            return new Years(y, y);
        }
        if (from.isEmpty() && to.isEmpty()) {
            return whenNone == Default.LAST ? new Years(e.lastYear(), e.lastYear())
                    : new Years(e.firstYear(), e.lastYear());
        }
        Year f = from.map(y -> check(e, y)).orElse(e.firstYear());
        Year t = to.map(y -> check(e, y)).orElse(e.lastYear());
        if (f.isAfter(t)) {
            throw new Main.UsageException("the years run from " + f + " to " + t
                    + ": the first is after the last");
        }
        return new Years(f, t);
    }

    private static Year check(Edition e, int year) {
        if (year < e.firstYear().getValue() || year > e.lastYear().getValue()) {
            throw new Main.UsageException(e + " covers " + e.firstYear() + "-" + e.lastYear()
                    + ", not " + year);
        }
        return Year.of(year);
    }
}
