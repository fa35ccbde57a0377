package org.milex.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.milex.model.Ally;
import org.milex.model.Currencies;
import org.milex.model.Money;
import org.milex.model.PriceBasis;
import org.milex.model.Share;

class OutputTest {
    record Row(Ally ally, Year year, Share share, Optional<Money> gap, String note) {
    }

    static final Output<Row> OUTPUT = Output.of(Row.class)
            .with("code", Row::ally)
            .with("year", Row::year)
            .with("share_of_gdp_pct", Row::share)
            .with("gap_usd_mn", Row::gap)
            .with("note", Row::note);

    static final List<Row> ROWS = List.of(
            new Row(Ally.of("POL"), Year.of(2024), Share.ofPercent(4.1218), Optional.empty(), "above"),
            new Row(Ally.of("ESP"), Year.of(2024), Share.ofPercent(1.28), Optional.of(
                    Money.ofMillions("16321.5", Currencies.USD, PriceBasis.current())), "below, by far"));

    static String print(Format f) {
        StringWriter w = new StringWriter();
        OUTPUT.print(f, ROWS, new PrintWriter(w));
        return w.toString();
    }

    @Test
    void aTableAlignsNumbersRightAndPrintsSharesAsNatoDoes() {
        assertThat(print(Format.TABLE).lines()).first().asString().startsWith("code  year  share_of_gdp_pct");
        assertThat(print(Format.TABLE)).contains("POL   2024             4.12%", "ESP   2024             1.28%");
    }

    @Test
    void csvHasExactValuesQuotesAndEmptyCells() {
        assertThat(print(Format.CSV)).isEqualTo("""
                code,year,share_of_gdp_pct,gap_usd_mn,note
                POL,2024,4.1218,,above
                ESP,2024,1.28,16321.5,"below, by far"
                """);
    }

    @Test
    void jsonHasTypedValuesAndNulls() {
        assertThat(print(Format.JSON).replaceAll("\\s", "")).isEqualTo(
                "[{\"code\":\"POL\",\"year\":2024,\"share_of_gdp_pct\":4.1218,\"gap_usd_mn\":null,\"note\":\"above\"},"
                        + "{\"code\":\"ESP\",\"year\":2024,\"share_of_gdp_pct\":1.28,\"gap_usd_mn\":16321.5,\"note\":\"below,byfar\"}]");
    }

    @Test
    void doublesAreWrittenAsDataFilesWriteThem() {
        assertThat(Output.machine(1.0E7)).hasToString("10000000");
        assertThat(Output.machine(0.1 + 0.2)).hasToString("0.30000000000000004");
    }

    @Test
    void columnNamesAreSnakeCaseAndDistinct() {
        assertThatThrownBy(() -> OUTPUT.with("Share [pct]", Row::share))
                .hasMessage("a column name is snake_case, not 'Share [pct]'");
        assertThatThrownBy(() -> OUTPUT.with("year", Row::year)).hasMessageContaining("two columns have the same name");
    }
}
