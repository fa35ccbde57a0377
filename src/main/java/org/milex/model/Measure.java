package org.milex.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Every measure NATO publishes for an ally (or a group) and a year, with its stable column name, its unit
 * and the table of NATO's workbook it comes from.
 *
 * <p>Column names are snake_case and carry their unit ({@code share_of_gdp_pct},
 * {@code expenditure_usd_current_mn}); they are the same in {@code data/}, in exports and in Tablesaw tables,
 * and do not change between releases.
 */
public enum Measure {
    /** Defence expenditure, million national currency, current prices (Table 1). */
    EXPENDITURE_NATIONAL_CURRENT("expenditure_nc_current_mn", Unit.MILLION_NATIONAL_CURRENCY, "TABLE1", "Current prices"),
    /** Defence expenditure, million national currency, constant prices of the edition's base year (Table 1). */
    EXPENDITURE_NATIONAL_CONSTANT("expenditure_nc_constant_mn", Unit.MILLION_NATIONAL_CURRENCY, "TABLE1", "Constant prices"),
    /** Defence expenditure, million US dollars, current prices and exchange rates (Table 2). */
    EXPENDITURE_USD_CURRENT("expenditure_usd_current_mn", Unit.MILLION_USD, "TABLE2", "Current prices and exchange rates"),
    /** Defence expenditure, million US dollars, constant prices and exchange rates (Table 2). */
    EXPENDITURE_USD_CONSTANT("expenditure_usd_constant_mn", Unit.MILLION_USD, "TABLE2", "Constant prices and exchange rates"),
    /** Defence expenditure as a share of real GDP, percent (Table 3). */
    SHARE_OF_GDP("share_of_gdp_pct", Unit.PERCENT, "TABLE3", "Share of real GDP (%)"),
    /** Annual real change of defence expenditure, percent (Table 3). */
    REAL_CHANGE("real_change_pct", Unit.PERCENT_CHANGE, "TABLE3", "Annual real change (%)"),
    /** GDP, million US dollars, current prices and exchange rates (Table 5). */
    GDP_USD_CURRENT("gdp_usd_current_mn", Unit.MILLION_USD, "TABLE5", "Current prices and exchange rates"),
    /** Real GDP, million US dollars, constant prices and exchange rates (Table 5). */
    REAL_GDP_USD_CONSTANT("real_gdp_usd_constant_mn", Unit.MILLION_USD, "TABLE5", "Constant prices and exchange rates"),
    /** GDP per capita, thousand US dollars, constant prices (Table 6). */
    GDP_PER_CAPITA("gdp_per_capita_usd_constant_thousands", Unit.THOUSAND_USD, "TABLE6", "GDP per capita (thousand US dollars)"),
    /** Defence expenditure per capita, US dollars, constant prices (Table 6). */
    EXPENDITURE_PER_CAPITA("expenditure_per_capita_usd_constant", Unit.USD, "TABLE6", "Defence expenditure per capita (US dollars)"),
    /** Military personnel, thousands (Table 7). */
    PERSONNEL("personnel_thousands", Unit.THOUSANDS, "TABLE7", "Military personnel"),
    /** Share of defence expenditure on major equipment incl. related R&amp;D, percent (Table 8a): the 20% guideline. */
    EQUIPMENT_SHARE("equipment_share_pct", Unit.PERCENT, "TABLE8a", "Equipment (a)"),
    /** Share of defence expenditure on personnel (military and civilian, pensions), percent (Table 8a). */
    PERSONNEL_EXPENDITURE_SHARE("personnel_expenditure_share_pct", Unit.PERCENT, "TABLE8a", "Personnel (b)"),
    /** Share of defence expenditure on infrastructure, percent (Table 8b). */
    INFRASTRUCTURE_SHARE("infrastructure_share_pct", Unit.PERCENT, "TABLE8b", "Infrastructure (c)"),
    /** Share of defence expenditure on operations, maintenance and everything else, percent (Table 8b). */
    OTHER_SHARE("other_share_pct", Unit.PERCENT, "TABLE8b", "Other (d)");

    /** The units measures are published in. */
    public enum Unit {
        /** Millions of the ally's national currency. */
        MILLION_NATIONAL_CURRENCY("million national currency"),
        /** Millions of US dollars. */
        MILLION_USD("million US dollars"),
        /** Thousands of US dollars. */
        THOUSAND_USD("thousand US dollars"),
        /** US dollars. */
        USD("US dollars"),
        /** A share in percent, between 0 and 100. */
        PERCENT("percent"),
        /** A change in percent, any sign. */
        PERCENT_CHANGE("percent change"),
        /** Thousands of people. */
        THOUSANDS("thousands");

        private final String label;

        Unit(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private final String column;
    private final Unit unit;
    private final String natoTable;
    private final String natoBlock;

    Measure(String column, Unit unit, String natoTable, String natoBlock) {
        this.column = column;
        this.unit = unit;
        this.natoTable = natoTable;
        this.natoBlock = natoBlock;
    }

    /** The stable snake_case column name with its unit, e.g. {@code share_of_gdp_pct}. */
    public String column() {
        return column;
    }

    /** The unit. */
    public Unit unit() {
        return unit;
    }

    /** The sheet of NATO's TABLES workbook, e.g. {@code TABLE3}. */
    public String natoTable() {
        return natoTable;
    }

    /** The block heading within the sheet, e.g. {@code "Share of real GDP (%)"}. */
    public String natoBlock() {
        return natoBlock;
    }

    /** Whether the measure is a share in percent between 0 and 100. */
    public boolean isShare() {
        return unit == Unit.PERCENT;
    }

    /** Whether the measure is about defence (absent for an ally without armed forces), not about GDP. */
    public boolean isDefence() {
        return this != GDP_USD_CURRENT && this != REAL_GDP_USD_CONSTANT && this != GDP_PER_CAPITA;
    }

    /** The measure with a column name. */
    public static Optional<Measure> fromColumn(String column) {
        Objects.requireNonNull(column, "column");
        for (Measure m : values()) {      // a loop: a stream's lambda would cost the first run its linking
            if (m.column.equals(column)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
