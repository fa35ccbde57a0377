package org.milex.sipri;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.milex.model.Ally;
import org.milex.model.Currencies;
import org.milex.model.Money;
import org.milex.model.PriceBasis;
import org.milex.model.Share;

class SipriDatabaseTest {

    /** SIPRI's own workbook (April 2025 release); skipped where ../shared/sources is absent. */
    @Nested
    class SipriWorkbook {
        private final SipriDatabase db = RealWorkbook.database();

        @Test
        void identifiesTheRelease() {
            // Front page text box: "SIPRI Military Expenditure Database 2025"; docProps/core.xml created
            // 2025-04-24; header rows of every country sheet start at 1949 and end at 2024
            assertThat(db.release().id()).isEqualTo("SIPRI-2025-04");
            assertThat(db.release().firstYear()).isEqualTo(Year.of(1949));
            assertThat(db.release().lastYear()).isEqualTo(Year.of(2024));
            assertThat(db.file()).isEqualTo("SIPRI-Milex-data-1949-2024.xlsx");
        }

        @Test
        void readsTheConstantDollarBaseYearFromTheSheet() {
            // sheet "Constant (2023) US$", A1: "Military expenditure by country, in constant (2023) US$ m., 1949-2024"
            assertThat(db.constantBaseYear()).isEqualTo(Year.of(2023));
            assertThat(db.priceBasis(SipriMeasure.CONSTANT_USD)).isEqualTo(PriceBasis.constant(2023));
            assertThat(db.priceBasis(SipriMeasure.CURRENT_USD)).isEqualTo(PriceBasis.current());
        }

        @Test
        void countsCountriesRegionsAndYears() {
            // every country sheet: 174 rows with figures (the front page says 173 countries; the 174th is the
            // European Union, 'Constant (2023) US$'!A182) under 5 regions and 13 subregions
            assertThat(db.countries()).hasSize(174);
            assertThat(db.regions()).containsExactly("Africa", "Americas", "Asia & Oceania", "Europe", "Middle East");
            // 'Constant (2023) US$': Central Europe A132-A151 (20), Eastern Europe A153-A160 (8),
            // Western Europe A162-A182 (21)
            assertThat(db.countries("Europe")).hasSize(49);
            assertThat(db.countries("central europe")).hasSize(20).first().hasToString("Albania");
            assertThat(db.countries("Middle East")).allSatisfy(c -> assertThat(c.subregion()).isEmpty());
            // header rows: C6..BZ6 = 1949..2024 on 'Share of GDP'; C7..AM7 = 1988..2024 on 'Per capita'
            assertThat(db.years(SipriMeasure.SHARE_OF_GDP)).hasSize(76).startsWith(Year.of(1949)).endsWith(Year.of(2024));
            assertThat(db.years(SipriMeasure.PER_CAPITA)).hasSize(37).startsWith(Year.of(1988));
            assertThat(db.years(SipriMeasure.SHARE_OF_GOVERNMENT_SPENDING)).hasSize(37).startsWith(Year.of(1988));
        }

        @Test
        void keepsRegionSubregionNotesCurrencyAndFinancialYear() {
            // 'Local currency financial years' row 148: Poland, Zlotys, (Jan-Dec), notes "78"
            Country pl = db.country("Poland");
            assertThat(pl.region()).isEqualTo("Europe");
            assertThat(pl.subregion()).contains("Central Europe");
            assertThat(pl.noteMarks()).containsExactly("78");
            assertThat(pl.currency()).isEqualTo("Zlotys");
            assertThat(pl.financialYear()).isEmpty();
            // row 13: Libya, notes "‡§¶16"
            assertThat(db.country("Libya").noteMarks()).containsExactly("‡", "§", "¶", "16");
            assertThat(db.footnote("78")).hasValueSatisfying(t -> assertThat(t).startsWith("Poland:"));
            assertThat(db.footnote("§")).hasValueSatisfying(t -> assertThat(t).contains("adopted budget"));
            // Footnotes sheet: 5 symbols (A5:A9) and footnotes 1..104 (A12:A115)
            assertThat(db.footnotes()).hasSize(109);
        }

        @Test
        void readsAPublishedShareOfGdpAsPercent() {
            // 'Share of GDP'!BZ146 (Poland 2024) = 4.1543938797535616E-2, black font: a fraction in the sheet
            SipriValue v = db.value(db.country("Poland"), SipriMeasure.SHARE_OF_GDP, Year.of(2024));
            assertThat(v.status()).isEqualTo(SipriStatus.PUBLISHED);
            assertThat(v.value().getAsDouble()).isCloseTo(4.1543938797535616, within(1e-12));
            assertThat(db.share(db.country("Poland"), SipriMeasure.SHARE_OF_GDP, Year.of(2024)))
                    .hasValueSatisfying(s -> {
                        assertThat(s.percent()).isEqualByComparingTo(new BigDecimal("4.1543938797535616"));
                        assertThat(s).hasToString("4.15%");
                    });
        }

        @Test
        void mapsFontColoursToStatuses() {
            // 'Share of GDP'!AI146 (Poland 1981) = 2.9131856156919725E-2 in blue (styles.xml: font 2, indexed 12)
            assertThat(db.value(db.country("Poland"), SipriMeasure.SHARE_OF_GDP, Year.of(1981)).status())
                    .isEqualTo(SipriStatus.ESTIMATE);
            // 'Share of GDP'!BS10 (Algeria 2017) = 5.3071149225291075E-2 in red (font 1, indexed 10)
            SipriValue red = db.value(db.country("Algeria"), SipriMeasure.SHARE_OF_GDP, Year.of(2017));
            assertThat(red.status()).isEqualTo(SipriStatus.UNCERTAIN);
            assertThat(red.value().getAsDouble()).isCloseTo(5.3071149225291075, within(1e-12));
        }

        @Test
        void mapsDotsAndXxxToAbsentStatuses() {
            // 'Share of GDP'!AS139 (German Democratic Republic 1991) = "xxx"
            assertThat(db.value(db.country("German Democratic Republic"), SipriMeasure.SHARE_OF_GDP, Year.of(1991)))
                    .isEqualTo(SipriValue.absent(Year.of(1991), SipriStatus.NOT_INDEPENDENT));
            // 'Share of GDP'!BZ170 (Iceland 2024) = "..."
            assertThat(db.value(db.country("Iceland"), SipriMeasure.SHARE_OF_GDP, Year.of(2024)))
                    .isEqualTo(SipriValue.absent(Year.of(2024), SipriStatus.UNAVAILABLE));
            // 'Per capita' starts in 1988: no column for 1960
            assertThat(db.value(db.country("Poland"), SipriMeasure.PER_CAPITA, Year.of(1960)).status())
                    .isEqualTo(SipriStatus.NOT_COVERED);
        }

        @Test
        void givesDollarsAsMoneyWithTheSheetsPriceBasis() {
            Country pl = db.country("Poland");
            // 'Constant (2023) US$'!CA146 = 34488.34588225215 (US$ m.)
            assertThat(db.money(pl, SipriMeasure.CONSTANT_USD, Year.of(2024)))
                    .contains(Money.ofMillions("34488.34588225215", Currencies.USD, PriceBasis.constant(2023)));
            // 'Current US$'!BZ146 = 38000.728652370002 (US$ m.; the shortest decimal of that double)
            assertThat(db.money(pl, SipriMeasure.CURRENT_USD, Year.of(2024)))
                    .contains(Money.ofMillions(38000.728652370002, Currencies.USD, PriceBasis.current()));
            assertThat(db.money(db.country("Iceland"), SipriMeasure.CURRENT_USD, Year.of(1980))).isEmpty();
            assertThatThrownBy(() -> db.money(pl, SipriMeasure.LOCAL_CURRENCY_CALENDAR_YEARS, Year.of(2024)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Country.currency()");
        }

        @Test
        void findsAll32AlliesThroughNatosNames() {
            assertThat(db.allies()).hasSize(32).containsOnlyKeys(Ally.all());
            assertThat(db.allies().get(Ally.of("USA"))).hasToString("United States of America");
            assertThat(db.allies().get(Ally.of("TUR"))).hasToString("Türkiye");
            assertThat(db.find("Turkey")).map(Country::name).contains("Türkiye");
            assertThat(db.find("Slovak Republic")).map(Country::name).contains("Slovakia");
            assertThat(db.find("Czech Republic")).map(Country::name).contains("Czechia");
            assertThat(db.find("  korea,   SOUTH ")).map(Country::name).contains("Korea, South");
            assertThat(db.find("German Democratic Republic").flatMap(Country::ally)).isEmpty();
            assertThat(db.find("Atlantis")).isEmpty();
            assertThatThrownBy(() -> db.country("Atlantis")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("no country 'Atlantis' in SIPRI-2025-04");
        }

        @Test
        void hasNoMilitaryExpenditureForIceland() {
            // Iceland, row 170 of the dollar sheets: "..." 1949-1987, 0 from 1988 (D170:AP170 and AQ170:CA170 on
            // 'Constant (2023) US$'); "..." in every year of the share sheets; footnote 86: no standing army
            Country is = db.allies().get(Ally.of("ISL"));
            List<SipriValue> usd = db.series(is, SipriMeasure.CONSTANT_USD);
            assertThat(usd.subList(0, 39)).allSatisfy(v -> assertThat(v.status()).isEqualTo(SipriStatus.UNAVAILABLE));
            assertThat(usd.subList(39, 76)).allSatisfy(v -> assertThat(v).isEqualTo(
                    SipriValue.of(v.year(), 0.0, SipriStatus.PUBLISHED)));
            assertThat(db.series(is, SipriMeasure.SHARE_OF_GDP)).allSatisfy(v -> assertThat(v.isPresent()).isFalse());
            assertThat(is.noteMarks()).containsExactly("86");
            assertThat(db.footnote("86")).hasValueSatisfying(t -> assertThat(t).contains("no military expenditure"));
        }

        @Test
        void holdsNineBytesACell() {
            // (5 sheets × 76 years + 2 sheets × 37 years) × 174 countries = 78,996 cells × (8 + 1) bytes
            assertThat(db.cellBytes()).isEqualTo(78_996L * 9);
        }

        @Test
        void refusesAShareAbove100Percent() {
            // 'Share of GDP'!AS190 (Kuwait 1991) = 1.173498232086904: SIPRI's 117% of GDP
            Country kw = db.country("Kuwait");
            assertThat(db.value(kw, SipriMeasure.SHARE_OF_GDP, Year.of(1991)).value().getAsDouble())
                    .isCloseTo(117.3498232086904, within(1e-9));
            assertThatThrownBy(() -> db.share(kw, SipriMeasure.SHARE_OF_GDP, Year.of(1991)))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("Kuwait 1991");
        }
    }

    /** Small made-up workbooks in SIPRI's layout: these run everywhere. */
    @Nested
    class MadeUpWorkbooks {
        @TempDir
        Path dir;

        private SipriDatabase read(Consumer<XSSFWorkbook> change) {
            return SipriDatabase.read(MiniWorkbook.write(dir, change));
        }

        @Test
        void readsEverySheetAndStatus() {
            SipriDatabase db = read(wb -> { });
            assertThat(db.release().id()).isEqualTo("SIPRI-2025-04");
            assertThat(db.countries()).extracting(Country::name).containsExactly("Poland", "Testland", "Türkiye");
            Country t = db.country("Testland");
            assertThat(t.financialYear()).contains("Apr-Mar");
            assertThat(t.currency()).isEqualTo("Thaler");
            assertThat(db.country("Türkiye").subregion()).isEmpty();
            assertThat(db.series(t, SipriMeasure.CURRENT_USD)).containsExactly(
                    SipriValue.absent(Year.of(2022), SipriStatus.NOT_INDEPENDENT),
                    SipriValue.absent(Year.of(2023), SipriStatus.UNAVAILABLE),
                    SipriValue.of(Year.of(2024), 5.0, SipriStatus.UNCERTAIN));
            assertThat(db.series("Poland", SipriMeasure.CURRENT_USD)).extracting(SipriValue::status)
                    .containsExactly(SipriStatus.ESTIMATE, SipriStatus.PUBLISHED, SipriStatus.PUBLISHED);
            assertThat(db.allies()).containsOnlyKeys(Ally.of("POL"), Ally.of("TUR"));
        }

        @Test
        void presentsFractionsAsPercent() {
            SipriDatabase db = read(wb -> { });
            // MiniWorkbook: 'Share of GDP'!E7 = 0.0412
            assertThat(db.value(db.country("Poland"), SipriMeasure.SHARE_OF_GDP, Year.of(2024)).value().getAsDouble())
                    .isEqualTo(4.12);
            assertThat(db.share(db.country("Poland"), SipriMeasure.SHARE_OF_GDP, Year.of(2024)))
                    .contains(Share.ofPercent("4.12"));
            assertThat(db.share(db.country("Poland"), SipriMeasure.SHARE_OF_GOVERNMENT_SPENDING, Year.of(2022)))
                    .contains(Share.ofPercent("2"));
            assertThatThrownBy(() -> db.share(db.country("Poland"), SipriMeasure.CURRENT_USD, Year.of(2024)))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void givesPerCapitaFiguresInDollarsNotMillions() {
            SipriDatabase db = read(wb -> { });
            // MiniWorkbook: 'Per capita'!D7 = 20 (US$ per person)
            assertThat(db.money(db.country("Poland"), SipriMeasure.PER_CAPITA, Year.of(2023)))
                    .contains(Money.of(new BigDecimal("20"), Currencies.USD, PriceBasis.current()));
        }

        @Test
        void rejectsACountryFromAnotherDatabase() {
            SipriDatabase db = read(wb -> { });
            Country stranger = new Country("Poland", "Europe", Optional.of("Eastern Europe"), "78", "Zlotys", Optional.empty());
            assertThatThrownBy(() -> db.series(stranger, SipriMeasure.CURRENT_USD))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'Poland' is not a country of SIPRI-2025-04");
        }

        @Test
        void rejectsAMissingSheet() {
            assertThatThrownBy(() -> read(wb -> wb.removeSheetAt(wb.getSheetIndex("Per capita"))))
                    .isInstanceOf(SipriFormatException.class)
                    .hasMessageStartingWith("mini.xlsx: no sheet 'Per capita'; the workbook has 'Front page', ");
        }

        @Test
        void rejectsASheetWithoutHeaderRow() {
            assertThatThrownBy(() -> read(wb -> MiniWorkbook.cell(wb, "Current US$", "A3").setCellValue("Land")))
                    .isInstanceOf(SipriFormatException.class)
                    .hasMessage("mini.xlsx 'Current US$': no header row: expected 'Country' in column A, then 'Notes' and the years");
        }

        @Test
        void rejectsYearsOutOfSequence() {
            assertThatThrownBy(() -> read(wb -> MiniWorkbook.cell(wb, "Current US$", "D3").setCellValue(2025)))
                    .isInstanceOf(SipriFormatException.class)
                    .hasMessageStartingWith("mini.xlsx 'Current US$'!D3: years must run on one by one")
                    .hasMessageEndingWith(": '2025'");
        }

        @Test
        void rejectsTextOtherThanDotsOrXxxInAYearCell() {
            SipriFormatException e = catchFormat(wb -> MiniWorkbook.cell(wb, "Share of GDP", "E7").setCellValue("n/a"));
            assertThat(e).hasMessage("mini.xlsx 'Share of GDP'!E7: expected a number, '...' (unavailable) or 'xxx' "
                    + "(not independent), found text: 'n/a'");
            assertThat(List.of(e.file(), e.sheet(), e.cell(), e.value()))
                    .containsExactly("mini.xlsx", "Share of GDP", "E7", "n/a");
        }

        @Test
        void rejectsAnEmptyYearCell() {
            assertThatThrownBy(() -> read(wb -> wb.getSheet("Current US$").getRow(6).removeCell(
                    wb.getSheet("Current US$").getRow(6).getCell(3))))
                    .isInstanceOf(SipriFormatException.class)
                    .hasMessage("mini.xlsx 'Current US$'!D7: no figure for Poland 2023; SIPRI writes '...' for a missing figure");
        }

        @Test
        void rejectsADuplicateCountry() {
            assertThatThrownBy(() -> read(wb -> MiniWorkbook.cell(wb, "Current US$", "A10").setCellValue("Poland")))
                    .isInstanceOf(SipriFormatException.class)
                    .hasMessage("mini.xlsx 'Current US$'!A10: a country listed twice, at A7 and A10: 'Poland'");
        }

        @Test
        void rejectsAFigureInAColourOtherThanBlackBlueOrRed() {
            assertThatThrownBy(() -> read(wb -> MiniWorkbook.cell(wb, "Current US$", "D10")
                    .setCellStyle(MiniWorkbook.colour(wb, IndexedColors.GREEN))))
                    .isInstanceOf(SipriFormatException.class)
                    .hasMessage("mini.xlsx 'Current US$'!D10: a figure in font colour #008000; milex reads black "
                            + "(published), blue #0000FF (SIPRI estimate) and red #FF0000 (highly uncertain): '2'");
        }

        @Test
        void rejectsANegativeFigure() {
            assertThatThrownBy(() -> read(wb -> MiniWorkbook.cell(wb, "Current US$", "C10").setCellValue(-1)))
                    .isInstanceOf(SipriFormatException.class)
                    .hasMessage("mini.xlsx 'Current US$'!C10: expected a figure of zero or more: '-1'");
        }

        @Test
        void rejectsATitleWhoseBaseYearDiffersFromTheSheetName() {
            assertThatThrownBy(() -> read(wb -> MiniWorkbook.cell(wb, "Constant (2023) US$", "A1")
                    .setCellValue("Military expenditure by country, in constant (2022) US$ m., 2022-2024")))
                    .isInstanceOf(SipriFormatException.class)
                    .hasMessageStartingWith("mini.xlsx 'Constant (2023) US$'!A1: the title's base year 2022 differs "
                            + "from the sheet name's 2023");
        }

        @Test
        void rejectsAStrayTextRowRatherThanSkippingIt() {
            assertThatThrownBy(() -> read(wb -> MiniWorkbook.cell(wb, "Per capita", "A12").setCellValue("Source: SIPRI")))
                    .isInstanceOf(SipriFormatException.class)
                    .hasMessage("mini.xlsx 'Per capita'!A12: a name with no figures in a plain font; expected a "
                            + "subregion heading (bold) or a country with a figure for every year: 'Source: SIPRI'");
        }

        @Test
        void rejectsAHeadingWithoutCountries() {
            assertThatThrownBy(() -> read(wb -> {
                MiniWorkbook.cell(wb, "Per capita", "A12").setCellValue("Notes and sources");
                MiniWorkbook.cell(wb, "Per capita", "A12").setCellStyle(MiniWorkbook.bold(wb));
            })).isInstanceOf(SipriFormatException.class)
                    .hasMessage("mini.xlsx 'Per capita'!A12: a heading with no countries under it: 'Notes and sources'");
        }

        @Test
        void rejectsACountryRowWithoutFigures() {
            // a name alone in a plain font is not silently taken for a subregion of the rows below it
            assertThatThrownBy(() -> read(wb -> {
                org.apache.poi.ss.usermodel.Row r = wb.getSheet("Share of GDP").getRow(6);
                for (int c = 1; c <= 4; c++) {
                    r.removeCell(r.getCell(c));
                }
            })).isInstanceOf(SipriFormatException.class)
                    .hasMessageStartingWith("mini.xlsx 'Share of GDP'!A7: a name with no figures in a plain font");
        }

        @Test
        void rejectsAHeaderWithoutYears() {
            assertThatThrownBy(() -> read(wb -> {
                org.apache.poi.ss.usermodel.Row h = wb.getSheet("Share of GDP").getRow(2);
                for (int c = 2; c <= 4; c++) {
                    h.removeCell(h.getCell(c));
                }
            })).isInstanceOf(SipriFormatException.class)
                    .hasMessage("mini.xlsx 'Share of GDP'!A3: no years in the header row: 'Country'");
        }

        @Test
        void rejectsAValueInAColumnWithoutHeading() {
            assertThatThrownBy(() -> read(wb -> MiniWorkbook.cell(wb, "Per capita", "F7").setCellValue(4)))
                    .isInstanceOf(SipriFormatException.class)
                    .hasMessageStartingWith("mini.xlsx 'Per capita'!F7: a value right of the last year column (E, 2024)");
        }

        @Test
        void rejectsSheetsListingDifferentCountries() {
            assertThatThrownBy(() -> read(wb -> MiniWorkbook.cell(wb, "Per capita", "A8").setCellValue("Otherland")))
                    .isInstanceOf(SipriFormatException.class)
                    .hasMessage("mini.xlsx 'Per capita'!A8: a country the sheet 'Local currency financial years' does "
                            + "not list; every sheet must list the same countries: 'Otherland'");
        }

        @Test
        void rejectsANoteWithoutFootnote() {
            assertThatThrownBy(() -> read(wb -> MiniWorkbook.cell(wb, "Local currency financial years", "D7").setCellValue("79")))
                    .isInstanceOf(SipriFormatException.class)
                    .hasMessage("mini.xlsx 'Local currency financial years'!D7: note '79' of Poland is not in the "
                            + "'Footnotes' sheet: '79'");
        }

        @Test
        void rejectsAFrontPageWithoutCitation() {
            assertThatThrownBy(() -> read(wb -> wb.removeSheetAt(wb.getSheetIndex("Front page")))).isInstanceOf(
                    SipriFormatException.class).hasMessageStartingWith("mini.xlsx: no sheet 'Front page'");
            assertThatThrownBy(() -> read(wb -> {
                wb.removeSheetAt(wb.getSheetIndex("Front page"));
                wb.setSheetOrder(wb.createSheet("Front page").getSheetName(), 0);
            })).isInstanceOf(SipriFormatException.class).hasMessage("mini.xlsx 'Front page': no citation 'SIPRI "
                    + "Military Expenditure Database YYYY' on the front page, so the release is unknown");
        }

        @Test
        void rejectsAFileThatIsNotAWorkbook() throws Exception {
            Path p = Files.writeString(dir.resolve("notes.xlsx"), "Country,2024\nPoland,4.12\n");
            assertThatThrownBy(() -> SipriDatabase.read(p)).isInstanceOf(SipriFormatException.class)
                    .hasMessageStartingWith("notes.xlsx: not an Excel .xlsx workbook");
            assertThatThrownBy(() -> SipriDatabase.read(dir.resolve("absent.xlsx")))
                    .isInstanceOf(UncheckedIOException.class);
        }

        private SipriFormatException catchFormat(Consumer<XSSFWorkbook> change) {
            try {
                read(change);
            } catch (SipriFormatException e) {
                return e;
            }
            throw new AssertionError("no SipriFormatException");
        }
    }
}
