package org.milex.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.milex.model.Currencies;
import org.milex.model.Money;
import org.milex.model.PriceBasis;
import org.milex.model.Share;
import org.junit.jupiter.api.Test;

class RowsTest {
    record Row(String code, Year year, Share share, Money money, Optional<Share> maybe, boolean flag, double x) {
    }

    private static final Money M = Money.ofMillions(new BigDecimal("1474399.4765734388"), Currencies.USD, PriceBasis.current());

    @Test
    void printsAnAlignedTableWithTitleAndNotes() {
        Rows<Row> r = Rows.of(Row.class, "a title", List.of(
                new Row("POL", Year.of(2024), Share.ofPercent(4.120190989357147), M, Optional.empty(), true, -0.331239700357147),
                new Row("EUROPE_CANADA", Year.of(2014), Share.ofPercent("1.4278082919106425"), M.negated(),
                        Optional.of(Share.ofPercent("2")), false, 0.0102)), List.of("one note"));
        assertThat(r.toString()).isEqualTo("""
                a title
                code           year  share_pct  money_mn (USD, current prices)  maybe_pct  flag       x
                POL            2024      4.12%                    1,474,399.48             yes    -0.33
                EUROPE_CANADA  2014      1.43%                   -1,474,399.48      2.00%  no    0.0102
                note: one note""");
    }

    @Test
    void anEmptyResultStillHasItsColumns() {
        Rows<Row> r = Rows.of(Row.class, "nothing", List.of(), List.of());
        assertThat(r.isEmpty()).isTrue();
        assertThat(r.type()).isEqualTo(Row.class);
        assertThat(r.toString()).isEqualTo("nothing\ncode  year  share_pct  money_mn  maybe_pct  flag  x");
    }

    @Test
    void isImmutable() {
        List<Row> source = new ArrayList<>();
        source.add(new Row("POL", Year.of(2024), Share.ofPercent("1"), M, Optional.empty(), true, 1));
        Rows<Row> r = Rows.of(Row.class, "t", source, List.of());
        source.clear();
        assertThat(r.size()).isEqualTo(1);
        assertThatThrownBy(() -> r.list().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
