package org.milex.awards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.milex.awards.AwardTableTest.eur;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.milex.DataFileException;
import org.milex.model.Currencies;

/** {@link AwardTable#read(Path, AwardCsvFormat)}: what it accepts, and the exact message for what it refuses. */
class AwardTableReadTest {
    private static final String HEADER = "award_id,award_date,buyer,supplier,value,currency";

    @TempDir
    Path dir;

    private Path write(String... lines) throws IOException {
        Path p = dir.resolve("awards.csv");
        Files.writeString(p, String.join("\n", lines) + "\n");
        return p;
    }

    @Test
    void readsTheStandardFormat() throws IOException {
        Path p = write(HEADER,
                "A1,2023-03-01,DEU,Rheinmetall,1250000.50,EUR",
                "A2,2023-11-15,DEU,\"KNDS, Munich\",800000,EUR",
                "A3,2024-02-01,FRA,Thales,-99.9,EUR");
        AwardTable t = AwardTable.read(p);
        // DEU: 1,250,000.50 + 800,000; FRA: a negative award (a de-obligation) of −99.90
        assertThat(t.totalByBuyer()).containsExactly(
                Map.entry("DEU", eur("2050000.50")), Map.entry("FRA", eur("-99.90")));
        assertThat(t.award(1).supplier()).isEqualTo("KNDS, Munich");
    }

    @Test
    void readsAFeedWithItsOwnColumnsSeparatorDatesAndOneCurrency() throws IOException {
        Path p = write("\uFEFFContract No;Extra;Award Date;Authority;Contractor;Amount;CPV",
                "C-1;x;01/03/2023;BAAINBw;Rheinmetall;10,00;35300000", // "10,00" is not a number:
                "C-2;y;15/11/2023;DGA;KNDS;20;");
        AwardCsvFormat format = AwardCsvFormat.of("Contract No", "Award Date", "Authority", "Contractor", "Amount",
                "unused").withCurrency(Currencies.EUR).withCategory("CPV").withDatePattern("dd/MM/uuuu")
                .withSeparator(';');
        assertThatThrownBy(() -> AwardTable.read(p, format))
                .hasMessage(p + ":2:6 (Amount): not a plain decimal number (digits, an optional '-' and '.'): '10,00'");
        Path ok = write("\uFEFFContract No;Extra;Award Date;Authority;Contractor;Amount;CPV",
                "C-1;x;01/03/2023;BAAINBw;Rheinmetall;10.00;35300000",
                "C-2;y;15/11/2023;DGA;KNDS;20;");
        AwardTable t = AwardTable.read(ok, format);
        assertThat(t.stream().map(Award::date)).containsExactly(LocalDate.parse("2023-03-01"),
                LocalDate.parse("2023-11-15"));
        assertThat(t.totalByCategory()).containsExactly(Map.entry("35300000", eur("10")));
        assertThat(t.award(1).category()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            bad date            | A2,2023-02-30,DEU,KNDS,1,EUR     | :3:2 (award_date): not a date (yyyy-mm-dd): '2023-02-30'
            date not ISO        | A2,01/03/2023,DEU,KNDS,1,EUR     | :3:2 (award_date): not a date (yyyy-mm-dd): '01/03/2023'
            bad number          | A2,2023-01-01,DEU,KNDS,1e6,EUR   | :3:5 (value): not a plain decimal number (digits, an optional '-' and '.'): '1e6'
            too many decimals   | A2,2023-01-01,DEU,KNDS,1.005,EUR | :3:5 (value): more decimals than EUR's 2 decimals (milex does not round): '1.005'
            bad currency        | A2,2023-01-01,DEU,KNDS,1,EURO    | :3:6 (currency): not an ISO 4217 currency code: 'EURO'
            no minor unit       | A2,2023-01-01,DEU,KNDS,1,XAU     | :3:6 (currency): XAU has no minor unit: award values are in currencies such as EUR or USD: 'XAU'
            empty supplier      | A2,2023-01-01,DEU,,1,EUR         | :3:4 (supplier): empty value where one is required
            duplicate id        | A1,2023-01-01,DEU,KNDS,1,EUR     | :3:1 (award_id): duplicate award id, first on line 2: 'A1'
            too few fields      | A2,2023-01-01,DEU,KNDS,1         | :3: expected 6 fields as in the header, found 5 (a truncated line?)
            too many fields     | A2,2023-01-01,DEU,KNDS,1,EUR,x   | :3: expected 6 fields as in the header, found 7
            too large           | A2,2023-01-01,DEU,KNDS,92233720368547758.08,EUR | :3:5 (value): too large: more than 9223372036854775807 minor units: '92233720368547758.08'
            """)
    void refusesABadCellNamingFileLineColumnAndValue(String rule, String line, String message) throws IOException {
        Path p = write(HEADER, "A1,2023-01-01,DEU,KNDS,1,EUR", line);
        assertThatThrownBy(() -> AwardTable.read(p))
                .isInstanceOf(DataFileException.class)
                .hasMessage(p + message);
    }

    // Repeated ids are found after the other checks have passed over the file; the first bad line is still the one
    // reported, whichever its problem.
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            repeated id before a bad date       | A1;A2;A1;A3,2023-13-01   | :4:1 (award_id): duplicate award id, first on line 2: 'A1'
            bad date before a repeated id       | A1;A2,2023-13-01;A1;A3   | :3:2 (award_date): not a date (yyyy-mm-dd): '2023-13-01'
            repeated id with a bad date         | A1;A2;A1,2023-13-01;A2   | :4:2 (award_date): not a date (yyyy-mm-dd): '2023-13-01'
            repeated id before malformed CSV    | A1;A2;A2;A3,\"x         | :4:1 (award_id): duplicate award id, first on line 3: 'A2'
            two repeated ids, the first reported | A1;A2;A3;A2;A1          | :5:1 (award_id): duplicate award id, first on line 3: 'A2'
            a repeated id at the last line      | A1;A2;A3;A4;A1           | :6:1 (award_id): duplicate award id, first on line 2: 'A1'
            """)
    void reportsTheFirstBadLineWhenAnIdRepeats(String rule, String rows, String message) throws IOException {
        String[] lines = rows.strip().split(";");
        String[] file = new String[lines.length + 1];
        file[0] = HEADER;
        for (int i = 0; i < lines.length; i++) {
            String[] idAndDate = lines[i].split(",", 2);
            file[i + 1] = idAndDate[0] + "," + (idAndDate.length > 1 ? idAndDate[1] : "2023-01-01")
                    + ",DEU,KNDS,1,EUR";
        }
        Path p = write(file);
        assertThatThrownBy(() -> AwardTable.read(p))
                .isInstanceOf(DataFileException.class)
                .hasMessage(p + message);
    }

    @Test
    void findsARepeatedIdAmongManyWithNonAsciiIdsToo() throws IOException {
        // 5,000 distinct ids (some non-ASCII, which are read as Strings, the rest as bytes), then one repeated
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i < 5000; i++) {
            sb.append(i % 7 == 0 ? "Ä-" : "A-").append(i).append(",2023-01-01,DEU,KNDS,1,EUR\n");
        }
        sb.append("Ä-4998,2023-01-01,DEU,KNDS,1,EUR\n"); // line 5002; Ä-4998 is on line 5000 (4998 = 7 × 714)
        Path p = dir.resolve("many.csv");
        Files.writeString(p, sb.toString());
        assertThatThrownBy(() -> AwardTable.read(p))
                .isInstanceOf(DataFileException.class)
                .hasMessage(p + ":5002:1 (award_id): duplicate award id, first on line 5000: 'Ä-4998'");
        Files.writeString(p, sb.substring(0, sb.lastIndexOf("Ä-4998,")));
        assertThat(AwardTable.read(p).size()).isEqualTo(5000);
    }

    @Test
    void refusesAMissingColumnAnEmptyLineAndAnEmptyFile() throws IOException {
        Path missing = write("award_id,award_date,buyer,supplier,value", "A1,2023-01-01,DEU,KNDS,1");
        assertThatThrownBy(() -> AwardTable.read(missing)).hasMessage(missing
                + ":1 (currency): missing column; the header has award_id,award_date,buyer,supplier,value");
        Path blank = write(HEADER, "A1,2023-01-01,DEU,KNDS,1,EUR", "", "A2,2023-01-01,DEU,KNDS,1,EUR");
        assertThatThrownBy(() -> AwardTable.read(blank)).hasMessage(blank + ":3: empty line");
        Path empty = dir.resolve("empty.csv");
        Files.writeString(empty, "");
        assertThatThrownBy(() -> AwardTable.read(empty)).hasMessage(empty + ": the file is empty: no header line");
        Path twice = write("award_id,award_date,buyer,supplier,value,currency,buyer");
        assertThatThrownBy(() -> AwardTable.read(twice))
                .hasMessage(twice + ":1:7 (buyer): column appears twice in the header: 'buyer'");
        assertThatThrownBy(() -> AwardTable.read(dir.resolve("absent.csv")))
                .isInstanceOf(UncheckedIOException.class);
    }

    @Test
    void aQuotedLineBreakKeepsLaterLineNumbersRight() throws IOException {
        Path p = write(HEADER + ",note", "A1,2023-01-01,DEU,KNDS,1,EUR,\"two", "lines\"", "A2,2023-01-01,DEU,KNDS,x,EUR,");
        assertThatThrownBy(() -> AwardTable.read(p))
                .hasMessage(p + ":4:5 (value): not a plain decimal number (digits, an optional '-' and '.'): 'x'");
        // a line break inside a name is a control character, refused where the record starts
        Path name = write(HEADER, "A1,2023-01-01,DEU,\"KNDS", "Munich\",1,EUR");
        assertThatThrownBy(() -> AwardTable.read(name))
                .hasMessageStartingWith(name + ":2:4 (supplier): a control character (U+000A) in a name");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            id padded          | 'A2 ,2023-01-01,DEU,KNDS,1,EUR'      | :3:1 (award_id): leading or trailing whitespace
            buyer padded       | 'A2,2023-01-01, DEU,KNDS,1,EUR'      | :3:3 (buyer): leading or trailing whitespace
            buyer padded after | 'A2,2023-01-01,DEU ,KNDS,1,EUR'      | :3:3 (buyer): leading or trailing whitespace
            year 0             | 'A2,0000-01-01,DEU,KNDS,1,EUR'       | :3:2 (award_date): a date outside 1900-01-01 to 2100-12-31
            year 9999          | 'A2,9999-12-31,DEU,KNDS,1,EUR'       | :3:2 (award_date): a date outside 1900-01-01 to 2100-12-31
            """)
    void refusesTheHostileAwardFeedInputs(String rule, String line, String message) throws IOException {
        refuses(line, message);
    }

    @Test
    void refusesANulInsideAnId() throws IOException {
        refuses("A" + (char) 0 + "2,2023-01-01,DEU,KNDS,1,EUR", ":3:1 (award_id): a control character (U+0000) in a name");
    }

    private void refuses(String line, String message) throws IOException {
        // issue 9: award feeds accepted these; the input grammar refuses them
        Path p = write(HEADER, "A1,2023-01-01,DEU,KNDS,1,EUR", line);
        assertThatThrownBy(() -> AwardTable.read(p)).isInstanceOf(DataFileException.class)
                .hasMessageStartingWith(p + message);
    }

    @Test
    void readsBackWhatItWasGivenForAHundredThousandAwards() throws IOException {
        List<Award> awards = GeneratedAwards.list(100_000, 7);
        Path p = dir.resolve("generated.csv");
        Files.writeString(p, awards.stream()
                .map(a -> String.join(",", a.id(), a.date().toString(), a.buyer(), a.supplier(),
                        a.value().amount().toPlainString(), a.value().currency().getCurrencyCode(),
                        a.category().orElse("")))
                .collect(Collectors.joining("\n", HEADER + ",cpv\n", "\n")));
        AwardTable t = AwardTable.read(p, AwardCsvFormat.standard().withCategory("cpv"));
        assertThat(t.stream().toList()).isEqualTo(awards);
        assertThat(t.totalByBuyerAndYear()).isEqualTo(GeneratedAwards.naiveByBuyerAndYear(awards));
        // a category's awards are in both currencies, so one currency at a time
        assertThat(t.inCurrency(Currencies.EUR).totalByCategory()).isEqualTo(GeneratedAwards.naiveBy(
                awards.stream().filter(a -> a.category().isPresent())
                        .filter(a -> a.value().currency().equals(Currencies.EUR)).toList(),
                a -> a.category().orElseThrow()));
    }
}
