package org.milex.usaspending;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.milex.usaspending.UsaSpendingFeed.row;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.milex.DataFileException;
import org.milex.model.Currencies;
import org.milex.model.Money;
import org.milex.model.PriceBasis;
import org.milex.procurement.Contracts;

/** Small hand-made feeds in the published layout: what is read, how it adds up, and what is refused. */
class ContractTransactionsReadTest {
    @TempDir
    Path dir;

    static Money usd(String v) {
        return Money.of(new BigDecimal(v), Currencies.USD, PriceBasis.current());
    }

    private ContractTransactions read(List<Map<String, String>> rows) {
        return ContractTransactions.read(UsaSpendingFeed.write(dir.resolve("feed.csv"), rows));
    }

    @Test
    void datesFurtherApartThanTwoBytesOfDaysKeepTheirDayAndFiscalYear() {
        // 1900-10-01 to 2100-09-30 is 73,413 days, past the 65,535 a 2-byte day offset holds
        ContractTransactions feed = read(List.of(
                row("W1", "0", "1900-10-01", "1.00"),
                row("W2", "0", "2024-05-06", "2.00"),
                row("W3", "0", "2100-09-30", "4.00")));
        assertThat(feed.stream().map(Transaction::actionDate)).containsExactly(
                LocalDate.parse("1900-10-01"), LocalDate.parse("2024-05-06"), LocalDate.parse("2100-09-30"));
        assertThat(feed.obligationsByComponentAndFiscalYear()).containsExactly(
                new ComponentYearTotal("Army", Year.of(1901), usd("1.00"), 1),
                new ComponentYearTotal("Army", Year.of(2024), usd("2.00"), 1),
                new ComponentYearTotal("Army", Year.of(2100), usd("4.00"), 1));
    }

    @Test
    void modificationsAndDeobligationsRollUpWithTheirSign() {
        ContractTransactions feed = read(List.of(
                row("W31P4Q24C0001", "0", "2023-09-30", "1000000.00"),
                row("W31P4Q24C0001", "P00001", "2023-10-01", "250000.50"),
                row("W31P4Q24C0001", "P00002", "2024-02-01", "-100000.25")));
        String key = "CONT_AWD_W31P4Q24C0001_9700_-NONE-_-NONE-";
        assertThat(feed.size()).isEqualTo(3);
        assertThat(feed.awardCount()).isEqualTo(1);
        // 1,000,000.00 + 250,000.50 - 100,000.25
        assertThat(feed.award(key).orElseThrow().obligated()).isEqualTo(usd("1150000.25"));
        assertThat(feed.history(key)).extracting(Transaction::modificationNumber).containsExactly("0", "P00001", "P00002");
        assertThat(feed.history(key)).extracting(Transaction::fiscalYear) // October starts the next fiscal year
                .containsExactly(Year.of(2023), Year.of(2024), Year.of(2024));
        assertThat(feed.obligationsByComponentAndFiscalYear()).containsExactly(
                new ComponentYearTotal("Army", Year.of(2023), usd("1000000.00"), 1),
                new ComponentYearTotal("Army", Year.of(2024), usd("150000.25"), 2));
        Transaction t = feed.transaction(2);
        assertThat(t.isDeobligation()).isTrue();
        assertThat(t.piid()).isEqualTo("W31P4Q24C0001");
        assertThat(t.category()).isEqualTo(PscCategory.MISSILES);
        assertThat(t.recipientParent()).contains("RTX CORPORATION");
        assertThat(t.naicsCode()).contains("336414");
        assertThat(feed.awards().total()).contains(usd("1150000.25"));
        assertThat(feed.toTable().rowCount()).isEqualTo(3);
    }

    @Test
    void namesWithCommasAndQuotesAndEmptyOptionalCells() {
        Map<String, String> r = row("N0002424C5500", "0", "2024-05-06", "12.30");
        r.put("recipient_name", "LOCKHEED MARTIN CORPORATION, \"MFC\"");
        r.put("recipient_parent_name", "");
        r.put("recipient_uei", "");
        r.put("naics_code", "");
        r.put("awarding_sub_agency_name", "Department of the Navy");
        ContractTransactions feed = read(List.of(r));
        Transaction t = feed.transaction(0);
        assertThat(t.recipient()).isEqualTo("LOCKHEED MARTIN CORPORATION, \"MFC\"");
        assertThat(t.recipientParent()).isEmpty();
        assertThat(t.recipientUei()).isEmpty();
        assertThat(t.naicsCode()).isEmpty();
        assertThat(t.component()).isEqualTo("Navy");
        assertThat(feed.topRecipients(PscCategory.MISSILES, Year.of(2024), Year.of(2024), 3))
                .containsExactly(new RecipientTotal("LOCKHEED MARTIN CORPORATION, \"MFC\"", usd("12.30"), 1));
    }

    @Test
    void splitFilesAreOneFeedInTheOrderOfTheirNumbers() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("download"));
        UsaSpendingFeed.write(folder.resolve("Contracts_PrimeTransactions_2025-11-30_H22M00S00_10.csv"),
                List.of(row("W3", "0", "2024-01-03", "3")));
        UsaSpendingFeed.write(folder.resolve("Contracts_PrimeTransactions_2025-11-30_H22M00S00_2.csv"),
                List.of(row("W2", "0", "2024-01-02", "2")));
        UsaSpendingFeed.write(folder.resolve("Contracts_PrimeTransactions_2025-11-30_H22M00S00_1.csv"),
                List.of(row("W1", "0", "2024-01-01", "1")));
        ContractTransactions feed = ContractTransactions.read(folder);
        assertThat(feed.stream().map(Transaction::piid)).containsExactly("W1", "W2", "W3");
        assertThat(feed.total()).isEqualTo(usd("6.00"));
    }

    @Test
    void aPiidTheAwardKeyDoesNotSpellIsKept() {
        Map<String, String> r = row("SPE4A624F1234", "0", "2024-05-06", "5");
        r.put("contract_award_unique_key", "CONT_AWD_SPE4A624F1234_9700_SPE4A619D0001_9700");
        Map<String, String> other = row("FA862024C0001", "0", "2024-05-06", "5");
        other.put("contract_award_unique_key", "ASST_LIKE_KEY_FA862024C0001");
        ContractTransactions feed = read(List.of(r, other));
        assertThat(feed.transaction(0).piid()).isEqualTo("SPE4A624F1234");
        assertThat(feed.awardsWithPiid("FA862024C0001")).extracting(AwardSummary::awardKey)
                .containsExactly("ASST_LIKE_KEY_FA862024C0001");
    }

    @Test
    void aByteOrderMarkAndCrLfLinesAreRead() throws IOException {
        String text = "\uFEFF" + (UsaSpendingFeed.header() + UsaSpendingFeed.line(row("W1", "0", "2024-01-01", "1")))
                .replace("\n", "\r\n");
        Path f = Files.writeString(dir.resolve("bom.csv"), text);
        assertThat(ContractTransactions.read(f).total()).isEqualTo(usd("1"));
    }

    @ParameterizedTest(name = "{0} = ''{1}''")
    @CsvSource(delimiter = '|', value = {
        // issue 9's award-feed inputs and the grammar
        "contract_transaction_unique_key|'9700_A\u0000B'|a control character (U+0000) in a name",
        "contract_award_unique_key|'CONT_AWD_W1_9700 '|leading or trailing whitespace",
        "awarding_sub_agency_name|' Department of the Army'|leading or trailing whitespace",
        "recipient_name|'RAYTHEON\tCOMPANY'|a control character (U+0009) in a name",
        "action_date|0000-01-01|a date outside 1900-01-01 to 2100-12-31",
        "action_date|9999-12-31|a date outside 1900-01-01 to 2100-12-31",
        "action_date|2024-02-30|not a date (yyyy-mm-dd)",
        "action_date|2024/01/05|not a date (yyyy-mm-dd)",
        "federal_action_obligation|+5.00|not a plain decimal number",
        "federal_action_obligation|1e5|not a plain decimal number",
        "federal_action_obligation|1,000.00|not a plain decimal number",
        "federal_action_obligation|'٣.00'|not a plain decimal number",
        "federal_action_obligation|10.005|more than 2 decimals: not rounded, refused",
        "federal_action_obligation|''|empty value where a number is required",
        "action_date_fiscal_year|2023|the action date 2024-01-05 is in fiscal year 2024",
        "product_or_service_code|14100|not a product or service code",
        "naics_code|33641A|not a NAICS code",
        "recipient_name|''|empty value where one is required",
    })
    void refusesABadCellNamingFileLineColumnAndValue(String column, String value, String problem) {
        Map<String, String> good = row("W1", "0", "2024-01-04", "1");
        Map<String, String> bad = row("W2", "0", "2024-01-05", "1");
        bad.put(column, value);
        Path f = UsaSpendingFeed.write(dir.resolve("bad.csv"), List.of(good, bad));
        int col = UsaSpendingFeed.COLUMNS.indexOf(column) + 1;
        assertThatThrownBy(() -> ContractTransactions.read(f))
                .isInstanceOf(DataFileException.class)
                .hasMessageStartingWith(f + ":3:" + col + " (" + column + "): ")
                .hasMessageContaining(problem)
                .satisfies(e -> assertThat(((DataFileException) e).value()).isEqualTo(value));
    }

    @Test
    void refusesARepeatedTransactionKeyNamingBothLines() {
        Path f = UsaSpendingFeed.write(dir.resolve("dup.csv"), List.of(row("W1", "0", "2024-01-04", "1"),
                row("W2", "0", "2024-01-04", "1"), row("W1", "0", "2024-01-05", "2")));
        assertThatThrownBy(() -> ContractTransactions.read(f)).isInstanceOf(DataFileException.class)
                .hasMessage(f + ":4:1 (contract_transaction_unique_key): duplicate transaction key, first at "
                        + f + ":2: '9700_-NONE-_W1_0_-NONE-_0'");
    }

    @Test
    void refusesAnAwardWhosePiidChanges() {
        Map<String, String> r = row("W1", "P00001", "2024-01-05", "1");
        r.put("award_id_piid", "W9");
        Path f = UsaSpendingFeed.write(dir.resolve("piid.csv"), List.of(row("W1", "0", "2024-01-04", "1"), r));
        assertThatThrownBy(() -> ContractTransactions.read(f)).isInstanceOf(DataFileException.class)
                .hasMessageStartingWith(f + ":3:3 (award_id_piid): the award CONT_AWD_W1_9700_-NONE-_-NONE- has the PIID 'W1'");
    }

    @Test
    void refusesMalformedCsvWhereItHappens() throws IOException {
        String header = UsaSpendingFeed.header();
        String ok = UsaSpendingFeed.line(row("W1", "0", "2024-01-04", "1"));
        Path missing = Files.writeString(dir.resolve("missing.csv"), header.replace("naics_code,", "") + "");
        assertThatThrownBy(() -> ContractTransactions.read(missing)).hasMessageContaining("(naics_code): missing column");
        Path open = Files.writeString(dir.resolve("open.csv"), header + ok + "\"W2,never closed\n");
        assertThatThrownBy(() -> ContractTransactions.read(open)).isInstanceOf(DataFileException.class)
                .hasMessageContaining(open + ":3:").hasMessageContaining("unterminated quote");
        byte[] bytes = (header + ok).getBytes(StandardCharsets.UTF_8);
        byte[] broken = new byte[bytes.length + 1];
        System.arraycopy(bytes, 0, broken, 0, bytes.length);
        broken[bytes.length - 3] = (byte) 0xC3; // a lead byte followed by ASCII
        Path utf = Files.write(dir.resolve("utf.csv"), broken);
        assertThatThrownBy(() -> ContractTransactions.read(utf)).isInstanceOf(DataFileException.class)
                .hasMessageContaining(utf + ":2").hasMessageContaining("invalid UTF-8");
        Path shortLine = Files.writeString(dir.resolve("short.csv"), header + "a,b,c\n");
        assertThatThrownBy(() -> ContractTransactions.read(shortLine))
                .hasMessage(shortLine + ":2: expected 297 fields as in the header, found 3");
        Path folder = Files.createDirectory(dir.resolve("split"));
        UsaSpendingFeed.write(folder.resolve("x_1.csv"), List.of(row("W1", "0", "2024-01-04", "1")));
        Files.writeString(folder.resolve("x_2.csv"), header.replace("naics_code", "naics"));
        assertThatThrownBy(() -> ContractTransactions.read(folder)).hasMessageContaining("x_2.csv:1: the header differs");
    }

    @Test
    void aLongValueIsCutInTheMessage() {
        Map<String, String> bad = row("W2", "0", "2024-01-05", "1");
        bad.put("recipient_name", "X".repeat(100_000) + " ");
        Path f = UsaSpendingFeed.write(dir.resolve("long.csv"), List.of(bad));
        assertThatThrownBy(() -> ContractTransactions.read(f)).isInstanceOf(DataFileException.class)
                .hasMessageContaining("(a value of 100,001 characters)")
                .satisfies(e -> assertThat(((DataFileException) e).value()).hasSize(61));
    }

    @Test
    void findsTheCandidatesForAContractMilexHolds() {
        // milex's stinger-2024: NSPA, RTX, signed 2024-07-09 (data/contracts.csv)
        List<Map<String, String>> rows = new ArrayList<>();
        Map<String, String> fms = row("W31P4Q24C0099", "0", "2024-07-22", "301000000.00");
        fms.put("recipient_parent_name", "RTX CORPORATION");
        rows.add(fms);
        Map<String, String> tooEarly = row("W31P4Q23C0001", "0", "2023-01-10", "5.00");
        rows.add(tooEarly);
        Map<String, String> ammunition = row("W31P4Q24C0100", "0", "2024-07-10", "5.00");
        ammunition.put("product_or_service_code", "1305");
        rows.add(ammunition);
        Map<String, String> otherSupplier = row("W31P4Q24C0101", "0", "2024-07-10", "5.00");
        otherSupplier.put("recipient_name", "GENERAL DYNAMICS");
        otherSupplier.put("recipient_parent_name", "GENERAL DYNAMICS CORPORATION");
        rows.add(otherSupplier);
        ContractTransactions feed = read(rows);
        var stinger = Contracts.embedded().get("stinger-2024").orElseThrow();
        assertThat(feed.candidates(stinger, PscCategory.MISSILES, 30)).extracting(AwardSummary::piid)
                .containsExactly("W31P4Q24C0099");
        assertThat(feed.candidates(stinger, PscCategory.MISSILES, 5)).isEmpty();
        assertThat(feed.awardsWithPiid("W31P4Q24C0099")).hasSize(1);
        var undated = Contracts.embedded().get("ammo-120mm-rheinmetall").orElseThrow();
        assertThatThrownBy(() -> feed.candidates(undated, PscCategory.AMMUNITION, 30))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has no date");
    }

    @Test
    void shareRefusesAYearWithoutAPositiveTotal() {
        ContractTransactions feed = read(List.of(row("W1", "0", "2024-01-04", "-1.00")));
        assertThatThrownBy(() -> feed.share(PscCategory.MISSILES, Year.of(2024)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("no share of MISSILES in FY2024: USD -1.00 of a total of USD -1.00");
        assertThat(feed.transaction(0).actionDate()).isEqualTo(LocalDate.of(2024, 1, 4));
    }
}
