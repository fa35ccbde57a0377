package org.milex.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * {@link TextTable#grouped} writes every digit of a decimal with comma thousands separators, as
 * {@link DecimalFormat} with pattern {@code #,##0} and the decimal's own scale would (the reference here).
 */
class GroupedDigitsTest {

    @Property(tries = 2000)
    void writesWhatDecimalFormatWrites(@ForAll long unscaled, @ForAll @IntRange(min = -8, max = 12) int scale,
                                       @ForAll @IntRange(min = 0, max = 3) int widen) {
        BigDecimal d = new BigDecimal(BigInteger.valueOf(unscaled).multiply(BigInteger.TEN.pow(widen * 7)), scale);
        assertThat(TextTable.grouped(d)).isEqualTo(reference(d));
    }

    @Test
    void examples() {
        // what the README's tables show: NATO's total, 2024e, USD million at current prices, to two decimals
        assertThat(TextTable.grouped(new BigDecimal("1474399.48"))).isEqualTo("1,474,399.48");
        assertThat(TextTable.grouped(new BigDecimal("-44913.26"))).isEqualTo("-44,913.26");
        assertThat(TextTable.grouped(new BigDecimal("999"))).isEqualTo("999");
        assertThat(TextTable.grouped(new BigDecimal("1E+3"))).isEqualTo("1,000");
        assertThat(TextTable.grouped(new BigDecimal("0.000"))).isEqualTo("0.000");
    }

    private static String reference(BigDecimal d) {
        DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        int scale = Math.max(0, d.scale());
        f.setMinimumFractionDigits(scale);
        f.setMaximumFractionDigits(scale);
        f.setRoundingMode(RoundingMode.UNNECESSARY);
        return f.format(d);
    }
}
