package org.milex.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.milex.DataFileException;
import org.milex.model.Ally;
import org.milex.model.Currencies;
import org.milex.model.Money;
import org.milex.model.MoneyMismatchException;
import org.milex.model.PriceBasis;

class ContractsTest {

    /** An illustrative EUR/USD rate chosen by these tests; not a sourced fact. */
    static final ExchangeRate EUR_USD = ExchangeRate.of(Currencies.EUR, Currencies.USD, new BigDecimal("1.09"),
            LocalDate.parse("2024-01-23"), "test rate");

    static Money usd(String millions) {
        return Money.ofMillions(millions, Currencies.USD, PriceBasis.current());
    }

    static Money eur(String millions) {
        return Money.ofMillions(millions, Currencies.EUR, PriceBasis.current());
    }

    @Nested
    class Embedded {
        private final Contracts all = Contracts.embedded();

        @Test
        void holdsTheContractsOfTheSourceNotes() {
            // contracts-aid.md §1 (Stinger, DSCA Stinger and C-17 approvals, SLEP, US Army 2022) and §2 (LBDM,
            // Patriot GEM-T, 155 mm, 120 mm Rheinmetall, GEM-T backfill)
            assertThat(all.all()).extracting(Contract::id).containsExactly("stinger-2024", "patriot-gem-t-2024",
                    "ammo-155mm-2024", "lbdm-2023", "ammo-120mm-rheinmetall", "gem-t-backfill-deu",
                    "dsca-stinger-2023", "dsca-c17-maintenance-2023", "dsca-stinger-slep", "us-army-stinger-2022");
            assertThat(all.awards().size()).isEqualTo(7);
            assertThat(Contracts.embedded()).isSameAs(all);
        }

        @Test
        void stinger() {
            Contract c = all.get("stinger-2024").orElseThrow();
            // contracts-aid.md §1: signed 2024-07-09, "almost" USD 700 m, 940 FIM-92K, DE/IT/NL, RTX, via FMS
            assertThat(c.kind()).isEqualTo(Contract.Kind.CONTRACT);
            assertThat(c.agency()).isEqualTo("NSPA");
            assertThat(c.date()).contains(ReportedDate.parse("2024-07-09"));
            assertThat(c.value()).isEqualTo(Amount.of(Qualifier.ABOUT, usd("700")));
            assertThat(c.quantity()).contains(Quantity.of(940));
            assertThat(c.buyers()).containsExactly(Ally.of("DEU"), Ally.of("ITA"), Ally.of("NLD"));
            assertThat(c.suppliers()).containsExactly("RTX");
            assertThat(c.notes()).contains("Foreign Military Sales");
            // contracts-aid.md, uncertain 1: USD 680 m (Reuters factbox), USD 670 m (NATO communiqué), EUR 643 m (esut.de)
            assertThat(c.alternatives()).extracting(v -> v.amount().money())
                    .containsExactly(usd("680"), usd("670"), eur("643"));
            assertThat(c.sources()).contains("https://www.nato.int/cps/ru/natohq/news_227685.htm?selectedLocale=en");
        }

        @Test
        void patriotGemT() {
            Contract c = all.get("patriot-gem-t-2024").orElseThrow();
            // contracts-aid.md §2: announced 2024-01-03, USD 5.5 bn (5.6 per RTX), up to 1,000, COMLOG, DE/NL/RO/ES
            assertThat(c.date()).contains(ReportedDate.parse("2024-01-03"));
            assertThat(c.value()).isEqualTo(Amount.exact(usd("5500")));
            assertThat(c.alternatives()).extracting(v -> v.amount().money()).containsExactly(usd("5600"));
            assertThat(c.quantity()).contains(Quantity.of(Qualifier.UP_TO, 1000));
            assertThat(c.suppliers()).containsExactly("COMLOG");
            assertThat(c.buyers()).extracting(Ally::code).containsExactly("DEU", "NLD", "ROU", "ESP");
        }

        @Test
        void artilleryAmmunition() {
            Contract c = all.get("ammo-155mm-2024").orElseThrow();
            // contracts-aid.md §2: signed 2024-01-23, EUR 1.1 bn (USD 1.2 bn), Nexter + Junghans, ≈ 220,000, 3 unnamed Allies
            assertThat(c.kind()).isEqualTo(Contract.Kind.FRAMEWORK);
            assertThat(c.value()).isEqualTo(Amount.exact(eur("1100")));
            assertThat(c.alternatives()).extracting(v -> v.amount().money()).containsExactly(usd("1200"));
            assertThat(c.suppliers()).containsExactly("Nexter Munitions", "Junghans Defence");
            assertThat(c.quantity()).contains(Quantity.of(Qualifier.ABOUT, 220_000));
            assertThat(c.buyers()).isEmpty();
            assertThat(c.buyersNote()).startsWith("initial request from 3 Allies, not named");
        }

        @Test
        void landBattleDecisiveMunitionsIsACeilingWithFirmOrders() {
            Contract c = all.get("lbdm-2023").orElseThrow();
            // contracts-aid.md §2 and uncertain 4: ≈ EUR 2.4 bn estimated ceilings, EUR 1 bn firm, announced 2023-09-28
            assertThat(c.value()).isEqualTo(Amount.of(Qualifier.ABOUT, eur("2400")));
            assertThat(c.valueKind()).isEqualTo(ValueKind.CEILING);
            assertThat(c.value(ValueKind.FIRM).orElseThrow().amount()).isEqualTo(Amount.exact(eur("1000")));
            // each figure keeps its source: contracts-aid.md §2, first LBDM source
            assertThat(c.value(ValueKind.FIRM).orElseThrow().source()).isEqualTo(
                    "https://defence-industry.eu/nspa-signs-contracts-worth-eur-2-4-billion-to-strengthen-ammunition-stockpiles/");
            assertThat(c.year()).contains(Year.of(2023));
        }

        @Test
        void undatedItems() {
            // contracts-aid.md, uncertain 18: 120 mm (≈ EUR 200 m), GEM-T backfill (USD 478 m), SLEP (USD 136.1 m) undated
            assertThat(all.undated().all()).extracting(Contract::id)
                    .containsExactly("ammo-120mm-rheinmetall", "gem-t-backfill-deu", "dsca-stinger-slep");
            assertThat(all.get("ammo-120mm-rheinmetall").orElseThrow().value())
                    .isEqualTo(Amount.of(Qualifier.ABOUT, eur("200")));
            assertThat(all.get("ammo-120mm-rheinmetall").orElseThrow().isSingleSource()).isTrue();
            assertThat(all.get("gem-t-backfill-deu").orElseThrow().value()).isEqualTo(Amount.exact(usd("478")));
            assertThat(all.get("gem-t-backfill-deu").orElseThrow().buyers()).containsExactly(Ally.of("DEU"));
        }

        @Test
        void fmsNotificationsAreNotAwards() {
            Contract dsca = all.get("dsca-stinger-2023").orElseThrow();
            // contracts-aid.md §1: DSCA estimated USD 780 m, late December 2023, a notification ceiling (uncertain 1)
            assertThat(dsca.kind()).isEqualTo(Contract.Kind.FMS_NOTIFICATION);
            assertThat(dsca.isAward()).isFalse();
            assertThat(dsca.value()).isEqualTo(Amount.of(Qualifier.ABOUT, usd("780")));
            assertThat(dsca.valueKind()).isEqualTo(ValueKind.APPROVAL);
            assertThat(dsca.date()).contains(ReportedDate.parse("2023-12"));
            Contract slep = all.get("dsca-stinger-slep").orElseThrow();
            // contracts-aid.md §1: SLEP FMS estimated USD 136.1 m, date not found [1x]
            assertThat(slep.kind()).isEqualTo(Contract.Kind.FMS_NOTIFICATION);
            assertThat(slep.value().money()).isEqualTo(usd("136.1"));
            assertThat(slep.flags()).containsExactly(SourceFlag.SINGLE_SOURCE);
        }

        @Test
        void everyContractNamesASource() {
            assertThat(all.all()).allSatisfy(c -> assertThat(c.sources()).isNotEmpty()
                    .allSatisfy(s -> assertThat(s).startsWith("https://")));
        }
    }

    @Nested
    class Totals {
        private final Contracts all = Contracts.embedded();

        @Test
        void nspaAwardsKeepFirmValuesAndCeilingsApart() {
            ValueTotals t = all.awards().ofAgency("NSPA").total(Currencies.USD, EUR_USD);
            // contracts-aid.md §1-§2, NSPA awards, firm: USD 700 + 5500 + 478 = 6678; EUR 1100 + 1000 (LBDM's firm
            // orders) + 200 = 2300 × 1.09 (the test's rate) = 2507; 6678 + 2507 = 9185, "about" (Stinger, 120 mm)
            assertThat(t.firm().amount()).isEqualTo(Amount.of(Qualifier.ABOUT, usd("9185")));
            assertThat(t.firm().count()).isEqualTo(6);
            assertThat(t.firm().rates()).containsExactly(EUR_USD);
            // the LBDM framework's ceiling, ≈ EUR 2400 × 1.09 = 2616, in its own column
            assertThat(t.ceiling().amount()).isEqualTo(Amount.of(Qualifier.ABOUT, usd("2616")));
            assertThat(t.ceiling().count()).isEqualTo(1);
            assertThat(t.approval().count()).isZero();
            assertThat(t.option().count()).isZero();
        }

        @Test
        void theStingerContractAndItsUsApprovalAreNotAdded() {
            ValueTotals t = all.filter(c -> c.system().equals("Stinger") && c.agency().equals("NSPA"))
                    .total(Currencies.USD);
            // contracts-aid.md §1 and uncertain 1: contract ≈ USD 700 m; DSCA notification estimated USD 780 m
            assertThat(t.firm().amount()).isEqualTo(Amount.of(Qualifier.ABOUT, usd("700")));
            assertThat(t.approval().amount()).isEqualTo(Amount.of(Qualifier.ABOUT, usd("780")));
            assertThat(t.get(ValueKind.FIRM).count()).isEqualTo(1);
            assertThat(t.toString()).isEqualTo("firm about USD 700 mn (current prices) from 1 amount; "
                    + "approval about USD 780 mn (current prices) from 1 amount");
        }

        @Test
        void oneKindAlone() {
            // contracts-aid.md §1: DSCA approvals 780 + 150 + 136.1 = 1066.1
            assertThat(all.total(ValueKind.APPROVAL, Currencies.USD).amount())
                    .isEqualTo(Amount.of(Qualifier.ABOUT, usd("1066.1")));
        }

        @Test
        void mixingCurrenciesWithoutARateThrows() {
            assertThatThrownBy(() -> all.total(Currencies.USD)).isInstanceOf(MoneyMismatchException.class)
                    .hasMessage("Currencies differ: USD/EUR");
        }

        @Test
        void totalByAgency() {
            Map<String, ValueTotals> m = all.totalByAgency(Currencies.USD, EUR_USD);
            assertThat(m.keySet()).containsExactly("NSPA", "US Army");
            // NSPA: the awards above, and the DSCA approvals 780 + 150 + 136.1 (contracts-aid.md §1) apart
            assertThat(m.get("NSPA").firm().amount()).isEqualTo(Amount.of(Qualifier.ABOUT, usd("9185")));
            assertThat(m.get("NSPA").approval().amount()).isEqualTo(Amount.of(Qualifier.ABOUT, usd("1066.1")));
            // contracts-aid.md §1: US Army modification USD 624.6 m (2022-05-27)
            assertThat(m.get("US Army").firm().amount()).isEqualTo(Amount.exact(usd("624.6")));
            assertThat(m.get("US Army").firm().rates()).isEmpty();
        }

        @Test
        void totalByBuyerCountsEachContractInFullForEveryBuyer() {
            Map<Ally, ValueTotals> m = all.awards().totalByBuyer(Currencies.USD);
            // contracts-aid.md §1-§2 awards naming buyers: Stinger 700 (DE/IT/NL), Patriot 5500 (DE/NL/RO/ES),
            // GEM-T backfill 478 (DE), US Army 624.6 (US); no award in EUR names its buyers
            assertThat(m.keySet()).extracting(Ally::code).containsExactly("DEU", "ESP", "ITA", "NLD", "ROU", "USA");
            assertThat(m.get(Ally.of("DEU")).firm().amount()).isEqualTo(Amount.of(Qualifier.ABOUT, usd("6678")));
            assertThat(m.get(Ally.of("NLD")).firm().amount()).isEqualTo(Amount.of(Qualifier.ABOUT, usd("6200")));
            assertThat(m.get(Ally.of("ESP")).firm().amount()).isEqualTo(Amount.exact(usd("5500")));
            assertThat(m.get(Ally.of("DEU")).firm().count()).isEqualTo(3);
        }

        @Test
        void totalBySupplier() {
            Map<String, ValueTotals> m = all.awards().totalBySupplier(Currencies.USD, EUR_USD);
            // contracts-aid.md §1-§2: Raytheon 478 (backfill) + 624.6 (US Army 2022); Nexter and Junghans each
            // count the whole EUR 1100 (no split reported) × 1.09 (the test's rate) = 1199
            assertThat(m.get("Raytheon").firm().amount()).isEqualTo(Amount.exact(usd("1102.6")));
            assertThat(m.get("Nexter Munitions").firm().amount()).isEqualTo(Amount.exact(usd("1199")));
            assertThat(m.get("Junghans Defence").firm().amount()).isEqualTo(Amount.exact(usd("1199")));
            assertThat(m.keySet()).containsExactly("COMLOG", "Junghans Defence", "Nexter Munitions", "RTX",
                    "Raytheon", "Rheinmetall");
        }

        @Test
        void totalBySystem() {
            Map<String, ValueTotals> m = all.awards().filter(c -> c.value().money().currency().equals(Currencies.USD))
                    .totalBySystem(Currencies.USD);
            // contracts-aid.md §1-§2: Patriot GEM-T 5500 + 478 = 5978; Stinger ≈ 700 + 624.6 = 1324.6
            assertThat(m).containsOnlyKeys("Patriot GEM-T", "Stinger");
            assertThat(m.get("Patriot GEM-T").firm().amount()).isEqualTo(Amount.exact(usd("5978")));
            assertThat(m.get("Stinger").firm().amount()).isEqualTo(Amount.of(Qualifier.ABOUT, usd("1324.6")));
        }

        @Test
        void totalByYearLeavesOutUndatedContracts() {
            Map<Year, ValueTotals> m = all.awards().totalByYear(Currencies.USD, EUR_USD);
            // contracts-aid.md §1-§2: 2022 US Army 624.6; 2023 LBDM firm EUR 1000 × 1.09 = 1090, ceiling
            // ≈ EUR 2400 × 1.09 = 2616; 2024 Stinger ≈ 700 + Patriot 5500 + 155 mm EUR 1100 × 1.09 = 7399
            assertThat(m.keySet()).containsExactly(Year.of(2022), Year.of(2023), Year.of(2024));
            assertThat(m.get(Year.of(2022)).firm().amount()).isEqualTo(Amount.exact(usd("624.6")));
            assertThat(m.get(Year.of(2023)).firm().amount()).isEqualTo(Amount.exact(usd("1090")));
            assertThat(m.get(Year.of(2023)).ceiling().amount()).isEqualTo(Amount.of(Qualifier.ABOUT, usd("2616")));
            assertThat(m.get(Year.of(2024)).firm().amount()).isEqualTo(Amount.of(Qualifier.ABOUT, usd("7399")));
            assertThat(all.awards().datedIn(Year.of(2024)).size()).isEqualTo(3);
        }

        @Test
        void datedBetweenCountsAMonthOnlyDateByItsMonth() {
            // contracts.csv: LBDM 2023-09-28, DSCA Stinger and C-17 2023-12 (month only), Patriot 2024-01-03,
            // 155 mm 2024-01-23
            assertThat(all.ofAgency("NSPA").datedBetween(LocalDate.parse("2023-07-01"), LocalDate.parse("2024-01-23")).all())
                    .extracting(Contract::id).containsExactly("patriot-gem-t-2024", "ammo-155mm-2024", "lbdm-2023",
                            "dsca-stinger-2023", "dsca-c17-maintenance-2023");
            assertThat(all.datedBetween(LocalDate.parse("2023-12-31"), LocalDate.parse("2023-12-31")).all())
                    .extracting(Contract::id).containsExactly("dsca-stinger-2023", "dsca-c17-maintenance-2023");
            assertThatThrownBy(() -> all.datedBetween(LocalDate.parse("2024-01-02"), LocalDate.parse("2024-01-01")))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void emptySelectionTotalsToAnExactZero() {
            ConvertedTotal t = all.ofAgency("no such agency").total(Currencies.USD).firm();
            assertThat(t.amount()).isEqualTo(Amount.exact(Money.zero(Currencies.USD, PriceBasis.current())));
            assertThat(t.count()).isZero();
            assertThat(all.ofAgency("no such agency").totalByAgency(Currencies.USD)).isEmpty();
        }

        @Test
        void filtersByBuyer() {
            // contracts-aid.md §1-§2: Germany buys Stinger, Patriot GEM-T and the backfill, and is named in the
            // Stinger and SLEP approvals
            assertThat(all.ofBuyer(Ally.of("DEU")).all()).extracting(Contract::id).containsExactly("stinger-2024",
                    "patriot-gem-t-2024", "gem-t-backfill-deu", "dsca-stinger-2023", "dsca-stinger-slep");
        }
    }

    @Nested
    class Reading {
        static final String HEADER = "id,kind,title,agency,buyers,buyers_note,suppliers,system,date,value_kind,"
                + "qualifier,value_millions,currency,value_source,firm_value_millions,firm_value_source,quantity,"
                + "quantity_qualifier,alternatives,flags,sources,notes";
        static final List<String> ROW = List.of("x", "contract", "T", "NSPA", "DEU", "", "RTX", "Stinger",
                "2024-07-09", "firm", "about", "700", "USD", "https://example.org", "", "", "940", "exact",
                "USD 680 (Reuters)", "", "https://example.org", "");

        @TempDir
        Path dir;

        Path file(String... lines) throws IOException {
            Path p = dir.resolve("contracts.csv");
            Files.writeString(p, String.join("\n", lines) + "\n");
            return p;
        }

        String row(int column, String value) {
            List<String> r = new java.util.ArrayList<>(ROW);
            r.set(column - 1, value);
            return String.join(",", r);
        }

        @Test
        void readsAValidFile() throws IOException {
            Contracts c = Contracts.read(file(HEADER, String.join(",", ROW)));
            assertThat(c.size()).isEqualTo(1);
            assertThat(c.get("x").orElseThrow().alternatives())
                    .containsExactly(ReportedValue.of(Amount.exact(usd("680")), "Reuters"));
        }

        @ParameterizedTest(name = "{1} in column {0}")
        @CsvSource(delimiter = ';', value = {
            "5;  DEU|XYZ;         (buyers): unknown ally code: 'XYZ'",
            "5;  DEU||ITA;        (buyers): empty item in a |-separated list: 'DEU||ITA'",
            "13; usd;             (currency): not an ISO 4217 currency code: 'usd'",
            "13; XXQ;             (currency): not an ISO 4217 currency code: 'XXQ'",
            "9;  2024-13-01;      (date): not a date (yyyy-mm-dd or yyyy-mm, 1900-2100): '2024-13-01'",
            "9;  9 July 2024;     (date): not a date (yyyy-mm-dd or yyyy-mm, 1900-2100): '9 July 2024'",
            "12; -700;            (value_millions): negative amount: '-700'",
            "12; 700m;            (value_millions): not a number (millions, e.g. 1100 or 136.1): '700m'",
            "12; 7e2;             (value_millions): not a number (millions, e.g. 1100 or 136.1): '7e2'",
            "2;  deal;            (kind): not a contract kind (expected one of contract, framework, call-off, fms-notification): 'deal'",
            "10; maximum;         (value_kind): not a value kind (expected one of firm, ceiling, option, approval): 'maximum'",
            "11; approx;          (qualifier): not a qualifier (expected exact, about, over or up to): 'approx'",
            "14; '';              (value_source): empty value where one is required",
            "16; https://example.org; (firm_value_source): a source without a firm value: 'https://example.org'",
            "17; 940.5;           (quantity): not a positive whole number: '940.5'",
            "17; 0;               (quantity): not a positive whole number: '0'",
            "20; rumour;          (flags): not a source flag (expected one of single-source, derived, second-hand, repository): 'rumour'",
            "19; USD680;          (alternatives): not a reported value (expected e.g. 'about USD 2500 (reporter)', amount in millions): 'USD680'",
        })
        void rejectsABadValueNamingFileLineColumnAndValue(int column, String value, String message) throws IOException {
            Path p = file(HEADER, row(column, value));
            assertThatThrownBy(() -> Contracts.read(p)).isInstanceOf(DataFileException.class)
                    .hasMessage(p + ":2:" + column + " " + message);
        }

        @Test
        void rejectsAnEmptyRequiredValue() throws IOException {
            Path p = file(HEADER, row(21, ""));
            assertThatThrownBy(() -> Contracts.read(p)).isInstanceOf(DataFileException.class)
                    .hasMessage(p + ":2:21 (sources): empty value where one is required");
        }

        @Test
        void rejectsUnnamedBuyersWithoutANote() throws IOException {
            Path p = file(HEADER, row(5, ""));
            assertThatThrownBy(() -> Contracts.read(p)).isInstanceOf(DataFileException.class)
                    .hasMessage(p + ":2:1 (id): no buyers named and no buyers note saying who they are: 'x'");
        }

        @Test
        void rejectsAQualifierWithoutAQuantity() throws IOException {
            Path p = file(HEADER, row(17, ""));
            assertThatThrownBy(() -> Contracts.read(p)).isInstanceOf(DataFileException.class)
                    .hasMessage(p + ":2:18 (quantity_qualifier): qualifier without a quantity: 'exact'");
        }

        @Test
        void rejectsAFirmValueAboveItsCeiling() throws IOException {
            List<String> r = new java.util.ArrayList<>(ROW);
            r.set(9, "ceiling");
            r.set(14, "800");
            r.set(15, "https://example.org");
            Path p = file(HEADER, String.join(",", r));
            assertThatThrownBy(() -> Contracts.read(p)).isInstanceOf(DataFileException.class).hasMessage(p
                    + ":2:1 (id): the firm value USD 800 mn (current prices) is above the ceiling USD 700 mn (current prices): 'x'");
        }

        @Test
        void rejectsAnApprovalOnAContractAndAFigureSourcedElsewhere() throws IOException {
            Path approval = file(HEADER, row(10, "approval"));
            assertThatThrownBy(() -> Contracts.read(approval)).isInstanceOf(DataFileException.class)
                    .hasMessage(approval + ":2:1 (id): an approval is an FMS notification's value, not a contract's: 'x'");
            Path elsewhere = file(HEADER, row(14, "https://elsewhere.org"));
            assertThatThrownBy(() -> Contracts.read(elsewhere)).isInstanceOf(DataFileException.class)
                    .hasMessage(elsewhere + ":2:1 (id): the source of the firm value, https://elsewhere.org, is not among"
                            + " the contract's sources: 'x'");
        }

        @Test
        void rejectsADuplicateId() throws IOException {
            Path p = file(HEADER, String.join(",", ROW), String.join(",", ROW));
            assertThatThrownBy(() -> Contracts.read(p)).isInstanceOf(DataFileException.class)
                    .hasMessage(p + ":3:1 (id): duplicate id, first on line 2: 'x'");
        }

        @Test
        void rejectsAMissingColumn() throws IOException {
            String header = HEADER.replace(",sources", "");
            List<String> r = new java.util.ArrayList<>(ROW);
            r.remove(20);
            Path p = file(header, String.join(",", r));
            assertThatThrownBy(() -> Contracts.read(p)).isInstanceOf(DataFileException.class)
                    // a long header is cut in the message, with its number of columns
                    .hasMessage(p + ":1 (sources): missing column; the header has "
                            + "id,kind,title,agency,buyers,buyers_note,suppliers,system,date,value_kind,qualifier,"
                            + "value_millions,currency,value_source,firm_value_millions,firm_value_source,quantity,"
                            + "quantity_qualifier,alternatives,f… (21 columns)");
        }

        @Test
        void rejectsAnUnknownColumn() throws IOException {
            Path p = file(HEADER + ",price", String.join(",", ROW) + ",1");
            assertThatThrownBy(() -> Contracts.read(p)).isInstanceOf(DataFileException.class)
                    .hasMessage(p + ":1:23 (price): unknown column; known columns are " + HEADER + ": 'price'");
        }

        @Test
        void ofRejectsDuplicateIds() {
            Contract c = Contracts.embedded().get("stinger-2024").orElseThrow();
            assertThatThrownBy(() -> Contracts.of(List.of(c, c))).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("duplicate contract id 'stinger-2024'");
        }
    }

    @Test
    void printsAsATable() {
        String s = Contracts.embedded().filter(c -> c.id().startsWith("stinger")).toString();
        assertThat(s).isEqualTo("1 contract\n"
                + "stinger-2024  2024-07-09  NSPA      Stinger                 about USD 700 mn (current prices)");
    }
}
