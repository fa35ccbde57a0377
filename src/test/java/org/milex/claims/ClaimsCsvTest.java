package org.milex.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.milex.DataFileException;

/** A claims file is read strictly: every rule broken is an error naming file, line, column and value. */
class ClaimsCsvTest {
    /** One valid row; columns as in {@link ClaimsCsv#COLUMNS}, 1-based in the cases below. */
    private static final List<String> ROW = List.of("pl", "Poland spends 4.12% of GDP", "my notes", "2024-06-18",
            "https://example.org", "", "published", "the edition of the day", "2024", "share-of-gdp", "POL", "2024",
            "nearest", "", "", "about", "0.005", "4.12", "percent", "");

    @TempDir
    Path dir;

    private static String row(int column, String value) {
        List<String> r = new ArrayList<>(ROW);
        r.set(column - 1, value);
        return String.join(",", r);
    }

    private Path file(String... rows) throws IOException {
        return ClaimFiles.write(dir, "claims.csv", rows);
    }

    @Test
    void readsAValidFile() throws IOException {
        List<Claim> claims = Claims.read(file(String.join(",", ROW)));
        Claim c = claims.get(0);
        assertThat(c.id()).isEqualTo("pl");
        assertThat(c.primary().orElseThrow().parts().get(0).quantity().isNearestEdition()).isTrue();
        assertThat(c.primary().orElseThrow().parts().get(0).comparison()).isEqualTo(Comparison.parse("about", "0.005"));
    }

    @ParameterizedTest(name = "{1} in column {0}")
    @CsvSource(delimiter = ';', value = {
        "1;  Pl;             (claim): a claim's id is lower-case words joined by '-': 'Pl'",
        "4;  18 June 2024;   (said): not a date (yyyy-mm-dd): '18 June 2024'",
        "5;  example.org;    (urls): not an http or https URL: 'example.org'",
        "9;  Total 2024;     (part): a part's label is lower-case words or a year joined by '-', not 'Total 2024': 'Total 2024'",
        "10; share;          (measure): not a measure: 'share' (expected allies-meeting, members, share-of-gdp, expenditure, contract-value or aid-figure): 'share'",
        "11; XYZ;            (subject): unknown ally code 'XYZ'; the allies are ALB,",
        "12; 2024-06;        (when): not a period: '2024-06' (expected a year such as 2024, or 2023-07-01..2024-01-23): '2024-06'",
        "13; NATO-2099-01;   (edition): unknown edition 'NATO-2099-01'",
        "14; constant;       (subject): share-of-gdp takes no price basis: 'POL'",
        "15; EUR/USD=1.09;   (assumptions): EUR/USD: a rate is written rate@yyyy-mm-dd, e.g. 1.09@2024-01-23, not '1.09': 'EUR/USD=1.09'",
        "16; roughly;        (comparison): not a comparison: 'roughly' (expected at-least, more-than, at-most, about or equal): 'roughly'",
        "17; '';             (comparison): 'about' needs a tolerance, e.g. 0.005 or 10%: 'about'",
        "17; five;           (comparison): not a tolerance: 'five' (expected e.g. 0.005 or 10%): 'about'",
        "18; 4 12;           (value): not a plain decimal number (digits, an optional decimal point): '4 12'",
        "18; 4.1e0;          (value): not a plain decimal number (digits, an optional decimal point): '4.1e0'",
        "19; USD bn;         (part): share-of-gdp is not counted in USD bn: '2024'",
        "8;  '';             (claim): pl: exactly one reading is primary, not []: 'pl'",
    })
    void rejectsABadValueNamingFileLineColumnAndValue(int column, String value, String message) throws IOException {
        Path p = file(row(column, value));
        assertThatThrownBy(() -> Claims.read(p)).isInstanceOf(DataFileException.class)
                .hasMessageStartingWith(p + ":2:" + (message.startsWith("(claim)") ? 1 : columnOf(message)) + " "
                        + message);
    }

    private static int columnOf(String message) {
        String name = message.substring(1, message.indexOf(')'));
        return ClaimsCsv.COLUMNS.indexOf(name) + 1;
    }

    @Test
    void anUndatedStatementNamesItsEdition() throws IOException {
        Path p = file(row(4, ""));
        assertThatThrownBy(() -> Claims.read(p)).isInstanceOf(DataFileException.class)
                .hasMessage(p + ":2:1 (claim): pl: the statement has no date, so reading published names its edition "
                        + "instead of the nearest: 'pl'");
    }

    @Test
    void aClaimsOwnColumnsStandOnItsFirstRowOnly() throws IOException {
        String second = String.join(",", "pl", "again", "", "", "", "", "other", "", "2024", "share-of-gdp", "POL",
                "2024", "nearest", "", "", "about", "0.005", "4.12", "percent", "");
        Path p = file(String.join(",", ROW), second);
        assertThatThrownBy(() -> Claims.read(p)).isInstanceOf(DataFileException.class)
                .hasMessage(p + ":3:2 (statement): a claim's own columns are filled on its first row only: 'again'");
    }

    @Test
    void aClaimsRowsStandTogether() throws IOException {
        String other = row(1, "other");
        Path p = file(String.join(",", ROW), other, String.join(",", ROW));
        assertThatThrownBy(() -> Claims.read(p)).isInstanceOf(DataFileException.class)
                .hasMessage(p + ":4:1 (claim): the claim's rows are not together: it appears earlier in the file: 'pl'");
    }

    @Test
    void twoPrimaryReadingsAreAnError() throws IOException {
        String second = String.join(",", "pl", "", "", "", "", "", "other", "also primary", "2024", "share-of-gdp",
                "POL", "2024", "nearest", "", "", "about", "0.005", "4.12", "percent", "");
        Path p = file(String.join(",", ROW), second);
        assertThatThrownBy(() -> Claims.read(p)).isInstanceOf(DataFileException.class)
                .hasMessage(p + ":2:1 (claim): pl: exactly one reading is primary, not [published, other]: 'pl'");
    }

    @Test
    void anUntraceableClaimHasAReasonAndNoReadings() throws IOException {
        List<String> r = new ArrayList<>(ROW);
        r.set(5, "no source found");
        Path p = file(String.join(",", r));
        assertThatThrownBy(() -> Claims.read(p)).isInstanceOf(DataFileException.class)
                .hasMessage(p + ":2:7 (reading): an untraceable claim has no readings: 'published'");
        List<String> ok = new ArrayList<>(r.subList(0, 6));
        ok.addAll(java.util.Collections.nCopies(14, ""));
        Claim c = Claims.read(file(String.join(",", ok))).get(0);
        assertThat(c.untraceable()).contains("no source found");
        assertThat(c.readings()).isEmpty();
    }

    @Test
    void contractValueStatesWhichValue() throws IOException {
        Path p = file(String.join(",", "nspa", "about 10 bn", "NATO", "2024-01-23", "", "", "awards", "stated",
                "total", "contract-value", "agency=NSPA", "2023-07-01..2024-01-23", "", "", "EUR/USD=1.09@2024-01-23",
                "about", "10%", "10", "USD bn", ""));
        assertThatThrownBy(() -> Claims.read(p)).isInstanceOf(DataFileException.class)
                .hasMessage(p + ":2:11 (subject): contract-value needs the assumption contract-value=firm, =ceiling or "
                        + "both (firm values, or ceilings where stated): 'agency=NSPA'");
    }

    @Test
    void aMissingColumnIsNamed() throws IOException {
        Path p = dir.resolve("short.csv");
        java.nio.file.Files.writeString(p, "claim,statement\npl,x\n");
        assertThatThrownBy(() -> Claims.read(p)).isInstanceOf(DataFileException.class)
                .hasMessageContaining("short.csv:1").hasMessageContaining("missing column");
    }
}
