package org.milex.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.Year;
import org.milex.data.Dataset;
import org.milex.model.Currencies;
import org.milex.model.Money;
import org.milex.model.PriceBasis;
import org.milex.model.Share;
import org.junit.jupiter.api.Test;

class BurdenShareTest {
    private static final Query Y2024 = Query.of(Dataset.embedded()).year(2024);

    @Test
    void polandCarriesMoreThanItsEconomicWeight() {
        // Python Decimal over data/nato/NATO-2024-06.csv 2024e, constant 2015 USD million, 32 members:
        // POL 26838.518139126078 / Σ 1184796.44715748346953 = 2.2652429624950331%;
        // 651390.1469240764 / Σ 43675110.710610785928 = 1.4914447526879935%
        BurdenShare pl = Y2024.burdenSharing(Y2024.edition().constantPrices()).stream()
                .filter(b -> b.code().equals("POL")).findFirst().orElseThrow();
        assertThat(pl.ofGroupExpenditure().toDouble()).isCloseTo(2.2652429624950331, within(1e-12));
        assertThat(pl.ofGroupGdp().toDouble()).isCloseTo(1.4914447526879935, within(1e-12));
        assertThat(pl.difference()).isEqualByComparingTo(pl.ofGroupExpenditure().percent().subtract(pl.ofGroupGdp().percent()));
        assertThat(pl.difference().doubleValue()).isCloseTo(2.2652429624950331 - 1.4914447526879935, within(1e-12));
    }

    @Test
    void sharesAddUpToTheWholeAndIcelandCountsWithGdpOnly() {
        Rows<BurdenShare> r = Y2024.burdenSharing(PriceBasis.current());
        assertThat(r.size()).isEqualTo(32);
        BigDecimal x = r.stream().map(b -> b.ofGroupExpenditure().percent()).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal g = r.stream().map(b -> b.ofGroupGdp().percent()).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(x.doubleValue()).isCloseTo(100, within(1e-12));
        assertThat(g.doubleValue()).isCloseTo(100, within(1e-12));
        BurdenShare is = r.stream().filter(b -> b.code().equals("ISL")).findFirst().orElseThrow();
        assertThat(is.expenditure().isZero()).isTrue();
        assertThat(is.ofGroupGdp().toDouble()).isPositive();
        assertThat(r.notes()).anyMatch(n -> n.startsWith("ISL Iceland: no armed forces"));
    }

    @Test
    void validatesItsParts() {
        Money m = Money.zero(Currencies.USD, PriceBasis.current());
        assertThatThrownBy(() -> new BurdenShare("POL", "Poland", Year.of(2024), m, Share.ofPercent("1"),
                Share.ofPercent("1"), null, true)).isInstanceOf(NullPointerException.class)
                .hasMessage("difference");
    }
}
