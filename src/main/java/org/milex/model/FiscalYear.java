package org.milex.model;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.milex.internal.CsvFile;

/**
 * Which twelve months NATO's year stands for, for one ally: the calendar year for most, April to March for
 * Canada and the United Kingdom, whose "2025" is the fiscal year 2025/26 (NATO's notes: "2025 represents the
 * fiscal year 2025/2026 for Canada and the United Kingdom"). The conventions and their sources are in
 * {@code data/fiscal-years.csv}; an ally not listed there reports calendar years.
 *
 * <pre>{@code
 * FiscalYear uk = FiscalYear.of(Ally.of("GBR"));
 * uk.periodOf(Year.of(2025));     // 2025-04-01 to 2026-03-31 (2025/26)
 * FiscalYear.of(Ally.of("POL")).periodOf(Year.of(2025));   // 2025-01-01 to 2025-12-31 (2025)
 * }</pre>
 *
 * @param ally the ally
 * @param firstMonth the month its year begins in
 * @param source where the convention comes from
 */
public record FiscalYear(Ally ally, Month firstMonth, String source) {
    private static final String RESOURCE = "org/milex/data/embedded/fiscal-years.csv";
    private static final String CALENDAR = "calendar year: NATO's notes name no other period for this ally "
            + "(data/fiscal-years.csv)";
    private static volatile Map<String, FiscalYear> registry;

    /** Checks that nothing is missing. */
    public FiscalYear {
        Objects.requireNonNull(ally, "ally");
        Objects.requireNonNull(firstMonth, "firstMonth");
        Objects.requireNonNull(source, "source");
    }

    /**
     * The twelve months a year covers: from the first day of {@code start}'s month to the day before the same
     * day a year later.
     *
     * @param start the first day
     * @param end the last day
     * @param label {@code "2025"} for a calendar year, {@code "2025/26"} for one that runs into the next
     */
    public record Period(LocalDate start, LocalDate end, String label) {
        /** Checks the order. */
        public Period {
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
            Objects.requireNonNull(label, "label");
            if (end.isBefore(start)) {
                throw new IllegalArgumentException("a period ending " + end + " before it starts " + start);
            }
        }

        /** Whether a day lies within the period. */
        public boolean contains(LocalDate day) {
            return !day.isBefore(start) && !day.isAfter(end);
        }

        /** {@code "2025/26 (2025-04-01 to 2026-03-31)"}. */
        @Override
        public String toString() {
            return label + " (" + start + " to " + end + ")";
        }
    }

    /** The convention of an ally: from {@code data/fiscal-years.csv}, else the calendar year. */
    public static FiscalYear of(Ally ally) {
        Objects.requireNonNull(ally, "ally");
        FiscalYear f = registry().get(ally.code());
        return f != null ? f : new FiscalYear(ally, Month.JANUARY, CALENDAR);
    }

    /** Whether NATO's year for this ally is the calendar year. */
    public boolean isCalendarYear() {
        return firstMonth == Month.JANUARY;
    }

    /** The months NATO's {@code year} stands for: the fiscal year that begins in it. */
    public Period periodOf(Year year) {
        Objects.requireNonNull(year, "year");
        LocalDate start = year.atMonth(firstMonth).atDay(1);
        LocalDate end = start.plusYears(1).minusDays(1);
        String label = isCalendarYear() ? year.toString()
                : year + "/" + String.format("%02d", (year.getValue() + 1) % 100);
        return new Period(start, end, label);
    }

    private static Map<String, FiscalYear> registry() {
        Map<String, FiscalYear> r = registry;
        if (r == null) {
            synchronized (FiscalYear.class) {
                r = registry;
                if (r == null) {
                    r = load(CsvFile.readResource(RESOURCE, "fiscal-years.csv"));
                    registry = r;
                }
            }
        }
        return r;
    }

    private static Map<String, FiscalYear> load(CsvFile csv) {
        csv.require("code", "first_month", "source");
        Map<String, FiscalYear> m = new LinkedHashMap<>();
        for (CsvFile.Row row : csv.rows()) {
            String code = row.required("code");
            Ally ally;
            try {
                ally = Ally.of(code);
            } catch (IllegalArgumentException e) {
                throw row.error("code", code, "not an ally");
            }
            int month = row.integer("first_month");
            if (month < 1 || month > 12) {
                throw row.error("first_month", String.valueOf(month), "not a month 1-12");
            }
            if (m.put(code, new FiscalYear(ally, Month.of(month), row.required("source"))) != null) {
                throw row.error("code", code, "a second convention for the same ally");
            }
        }
        return Map.copyOf(m);
    }
}
