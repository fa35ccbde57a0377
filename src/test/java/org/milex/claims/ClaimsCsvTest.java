package org.milex.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.milex.DataFileException;
import org.milex.internal.CsvFile;

class ClaimsCsvTest {
    private static final String HEADER = String.join(",", ClaimsCsv.COLUMNS) + "\n";
    private static final String ROW = "x,allies-meeting,six,AP,,NATO-2024-06,,allies,2021=6,,TABLE3,,conflict 10\n";

    private static void read(String body) {
        ClaimsCsv.read(CsvFile.read("claims.csv", new StringReader(body)));
    }

    @Test
    void readsAClaim() {
        assertThat(ClaimsCsv.read(CsvFile.read("claims.csv", new StringReader(HEADER + ROW))))
                .singleElement().satisfies(e -> assertThat(e.claim().figure("2021").value()).isEqualByComparingTo("6"));
    }

    @Test
    void rejectsWhatItCannotCheckNamingLineColumnAndValue() {
        assertThatThrownBy(() -> read(HEADER + ROW.replace("allies-meeting", "vibes")))
                .isInstanceOf(DataFileException.class).hasMessageContaining("claims.csv:2")
                .hasMessageContaining("'vibes'").hasMessageContaining("not a check milex knows");
        assertThatThrownBy(() -> read(HEADER + ROW.replace("2021=6", "2021=six")))
                .isInstanceOf(DataFileException.class).hasMessageContaining("'six' is not a number");
        assertThatThrownBy(() -> read(HEADER + ROW.replace("NATO-2024-06", "")))
                .isInstanceOf(DataFileException.class)
                .hasMessageContaining("the check allies-meeting needs the edition the claim was made from");
        assertThatThrownBy(() -> read(HEADER + ROW.replace("NATO-2024-06", "NATO-1999-01")))
                .isInstanceOf(DataFileException.class).hasMessageContaining("unknown edition 'NATO-1999-01'");
        assertThatThrownBy(() -> read(HEADER + ROW.replace("2021=6", "total=6")))
                .isInstanceOf(DataFileException.class).hasMessageContaining("takes figures labelled by year");
        assertThatThrownBy(() -> read(HEADER + ROW + ROW)).isInstanceOf(DataFileException.class)
                .hasMessageContaining("claims.csv:3").hasMessageContaining("claim appears twice");
        assertThatThrownBy(() -> read(HEADER.replace("reference", "remarks") + ROW))
                .isInstanceOf(DataFileException.class).hasMessageContaining("reference");
    }
}
