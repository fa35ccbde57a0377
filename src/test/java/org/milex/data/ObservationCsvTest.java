package org.milex.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.List;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.milex.DataFileException;
import org.milex.model.Ally;
import org.milex.model.Edition;
import org.milex.model.Measure;
import org.milex.model.Observation;

/** A user's data file is read as strictly as the embedded data: one bad value rejects the file. */
class ObservationCsvTest {
    private static final String HEADER = "edition,code,name,year,estimate,share_of_gdp_pct,expenditure_usd_current_mn\n";

    @TempDir
    Path dir;

    private Path file(String content) throws Exception {
        Path f = dir.resolve("mine.csv");
        Files.writeString(f, content, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void readsAUsersFile() throws Exception {
        Path f = file(HEADER
                + "NATO-2024-06,POL,Poland,2024,true,4.1201909893571473,34974.52795052203\n"
                + "NATO-2024-06,SVK,Slovak Republic,2024,true,2,\n");
        Dataset d = Dataset.read(f);
        Observation pl = d.find(Ally.of("POL"), Year.of(2024)).orElseThrow();
        assertThat(pl.value(Measure.SHARE_OF_GDP)).hasValue(4.1201909893571473);
        assertThat(d.find(Ally.of("SVK"), Year.of(2024)).orElseThrow().value(Measure.EXPENDITURE_USD_CURRENT)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "missing column   | edition,code,name,estimate,share_of_gdp_pct\\nNATO-2024-06,POL,Poland,true,4.12\\n"
            + " | mine.csv:1 (year): missing column; the header has edition,code,name,estimate,share_of_gdp_pct",
        "text in a number | " + "edition,code,name,year,estimate,share_of_gdp_pct\\nNATO-2024-06,POL,Poland,2024,true,4.12\\nNATO-2024-06,DEU,Germany,2024,true,n/a\\n"
            + " | mine.csv:3:6 (share_of_gdp_pct): not a number (digits 0-9, a '.' between digits, no exponent): 'n/a'",
        "unknown ally     | " + "edition,code,name,year,estimate,share_of_gdp_pct\\nNATO-2024-06,XYZ,Xanadu,2024,true,4.12\\n"
            + " | mine.csv:2:2 (code): unknown ally or group code: 'XYZ'",
        "duplicate        | " + "edition,code,name,year,estimate,share_of_gdp_pct\\nNATO-2024-06,POL,Poland,2024,true,4.12\\nNATO-2024-06,POL,Poland,2024,true,4.13\\n"
            + " | mine.csv:3:2 (code): duplicate: POL 2024 appears twice in edition NATO-2024-06: 'POL'",
        "share above 100  | " + "edition,code,name,year,estimate,share_of_gdp_pct\\nNATO-2024-06,POL,Poland,2024,true,412\\n"
            + " | mine.csv:2:6 (share_of_gdp_pct): a share must lie between 0 and 100, not 412.0: '412'",
        "truncated file   | " + "edition,code,name,year,estimate,share_of_gdp_pct\\nNATO-2024-06,POL,Poland,2024,true,4.12\\nNATO-2024-06,DEU,Germ\\n"
            + " | mine.csv:3: expected 6 fields as in the header, found 3 (a truncated line?): 'NATO-2024-06,DEU,Germ'",
        "empty file       | "
            + " | mine.csv: the file is empty: no header line",
        "unknown column   | " + "edition,code,name,year,estimate,share_gdp\\nNATO-2024-06,POL,Poland,2024,true,4.12\\n"
            + " | mine.csv:1:6 (share_gdp): unknown column; known columns are edition,code,name,year,estimate,expenditure_nc_current_mn,",
        "unknown edition  | " + "edition,code,name,year,estimate,share_of_gdp_pct\\nNATO-2030-01,POL,Poland,2024,true,4.12\\n"
            + " | mine.csv:2:1 (edition): unknown edition; known are NATO-2023-07, NATO-2024-02, NATO-2024-06, NATO-2025-04, NATO-2025-08, NATO-2026-07: 'NATO-2030-01'",
        "year outside     | " + "edition,code,name,year,estimate,share_of_gdp_pct\\nNATO-2024-06,POL,Poland,2025,true,4.12\\n"
            + " | mine.csv:2:4 (year): outside NATO-2024-06's years 2014-2024: '2025'",
        "wrong name       | " + "edition,code,name,year,estimate,share_of_gdp_pct\\nNATO-2024-06,POL,Portugal,2024,true,4.12\\n"
            + " | mine.csv:2:3 (name): does not name POL (Poland): 'Portugal'",
        "bad estimate     | " + "edition,code,name,year,estimate,share_of_gdp_pct\\nNATO-2024-06,POL,Poland,2024,yes,4.12\\n"
            + " | mine.csv:2:5 (estimate): not true or false: 'yes'",
        "iceland defence  | " + "edition,code,name,year,estimate,share_of_gdp_pct\\nNATO-2024-06,ISL,Iceland,2024,true,0.1\\n"
            + " | mine.csv:2:6 (share_of_gdp_pct): Iceland has no armed forces and no defence figures: '0.1'",
        "infinity         | " + "edition,code,name,year,estimate,share_of_gdp_pct\\nNATO-2024-06,POL,Poland,2024,true,Infinity\\n"
            + " | mine.csv:2:6 (share_of_gdp_pct): not a number (digits 0-9, a '.' between digits, no exponent): 'Infinity'",
    })
    void rejectsBadInputNamingFileLineColumnAndValue(String what, String content, String message) throws Exception {
        Path f = file(content == null ? "" : content.replace("\\n", "\n"));
        assertThatThrownBy(() -> Dataset.read(f))
                .isInstanceOf(DataFileException.class)
                .hasMessageStartingWith(dir.resolve(message.trim()).toString());
    }

    @Test
    void theExceptionCarriesThePlace() throws Exception {
        Path f = file("edition,code,name,year,estimate,share_of_gdp_pct\nNATO-2024-06,DEU,Germany,2024,true,2,1\n");
        DataFileException e = org.junit.jupiter.api.Assertions.assertThrows(DataFileException.class, () -> Dataset.read(f));
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.file()).isEqualTo(f.toString());
        Path g = file("edition,code,name,year,estimate,share_of_gdp_pct\nNATO-2024-06,DEU,Germany,2024,true,abc\n");
        e = org.junit.jupiter.api.Assertions.assertThrows(DataFileException.class, () -> Dataset.read(g));
        assertThat(e.column()).isEqualTo(6);
        assertThat(e.columnName()).isEqualTo("share_of_gdp_pct");
        assertThat(e.value()).isEqualTo("abc");
    }

    @Test
    void writesWhatItReadsAtFullPrecision() throws Exception {
        Edition june = Edition.parse("NATO-2024-06");
        List<Observation> embedded = Dataset.embedded().observations(june);
        Path out = dir.resolve("copy.csv");
        ObservationCsv.write(embedded, out);
        assertThat(ObservationCsv.read(out)).isEqualTo(embedded);
        StringWriter w = new StringWriter();
        ObservationCsv.write(List.of(Dataset.embedded().find(Ally.of("SVK"), Year.of(2024)).orElseThrow()), w);
        // NATO 2024-06 TABLE3: Slovakia 2024e typed in as 2; the real change keeps all its digits
        assertThat(w.toString()).contains(",2.0,10.356224062283093,");
    }

    @Test
    void formatsWithoutExponents() {
        // NATO 2024-06 TABLE3, North Macedonia real change 2015 = -8.516611713663691E-2
        assertThat(ObservationCsv.format(-8.516611713663691E-2)).isEqualTo("-0.08516611713663691");
        assertThat(Double.parseDouble(ObservationCsv.format(-8.516611713663691E-2))).isEqualTo(-8.516611713663691E-2);
    }

    /** The written-out plain notation is exactly the shortest decimal's plain form, for any double. */
    @Property(tries = 5000)
    void formatsAsThePlainShortestDecimal(@ForAll double value) {
        assertThat(ObservationCsv.format(value)).isEqualTo(BigDecimal.valueOf(value).toPlainString());
    }

    @Property(tries = 3000)
    void formatsEveryMagnitudeAsThePlainShortestDecimal(@ForAll @IntRange(min = -330, max = 310) int exponent,
                                                        @ForAll @IntRange(min = 1, max = 99999) int digits,
                                                        @ForAll boolean negative) {
        double value = Double.parseDouble((negative ? "-" : "") + digits + "E" + exponent);
        Assume.that(Double.isFinite(value));
        assertThat(ObservationCsv.format(value)).isEqualTo(BigDecimal.valueOf(value).toPlainString());
    }

    @ParameterizedTest
    @CsvSource({"0.0, 0.0", "-0.0, 0.0", "0.001, 0.001", "9.999999E-4, 0.0009999999", "1.0E7, 10000000",
            "9999999.0, 9999999.0", "1.0E-5, 0.000010", "-1.0E22, -10000000000000000000000", "123.0, 123.0"})
    void formatsAtTheEdgesOfPlainNotation(double value, String expected) {
        assertThat(ObservationCsv.format(value)).isEqualTo(expected).isEqualTo(BigDecimal.valueOf(value).toPlainString());
    }
}
