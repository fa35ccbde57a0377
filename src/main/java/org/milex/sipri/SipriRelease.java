package org.milex.sipri;

import java.time.LocalDate;
import java.time.Year;
import java.util.Objects;
import java.util.Optional;

/**
 * Which release of SIPRI's Military Expenditure Database a workbook is: the database year of SIPRI's citation
 * on the front page ("SIPRI Military Expenditure Database 2025"), the years its country sheets cover, and the
 * date the workbook was created (from the file's document properties).
 *
 * <p>The identifier follows milex's editions, {@code SIPRI-YYYY-MM}: the database year, and the month the
 * workbook was created when that falls in the database year ({@code SIPRI-2025-04} for the April 2025
 * release); {@code SIPRI-YYYY} when the file records no creation date in that year.
 *
 * @param databaseYear the year of SIPRI's citation, e.g. 2025
 * @param firstYear the first year any country sheet covers, e.g. 1949
 * @param lastYear the last year the country sheets cover, e.g. 2024
 * @param created the workbook's creation date, when the file records one
 */
public record SipriRelease(Year databaseYear, Year firstYear, Year lastYear, Optional<LocalDate> created) {

    /** Checks that the years are in order. */
    public SipriRelease {
        Objects.requireNonNull(databaseYear, "databaseYear");
        Objects.requireNonNull(firstYear, "firstYear");
        Objects.requireNonNull(lastYear, "lastYear");
        Objects.requireNonNull(created, "created");
        if (lastYear.isBefore(firstYear)) {
            throw new IllegalArgumentException("the last year " + lastYear + " is before the first " + firstYear);
        }
    }

    /** {@code SIPRI-2025-04}, or {@code SIPRI-2025} without a creation date in the database year. */
    public String id() {
        return created.filter(d -> d.getYear() == databaseYear.getValue())
                .map(d -> String.format("SIPRI-%d-%02d", d.getYear(), d.getMonthValue()))
                .orElse("SIPRI-" + databaseYear);
    }

    /** SIPRI's required citation: {@code "SIPRI Military Expenditure Database 2025, https://www.sipri.org/databases/milex"}. */
    public String citation() {
        return "SIPRI Military Expenditure Database " + databaseYear + ", https://www.sipri.org/databases/milex";
    }

    /** {@code "SIPRI-2025-04 (1949-2024)"}. */
    @Override
    public String toString() {
        return id() + " (" + firstYear + "-" + lastYear + ")";
    }
}
