package org.milex.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.milex.model.Share;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RoundingTest {
    @ParameterizedTest(name = "{0}: exact {1}, as printed {2}")
    @CsvSource({
            // NATO-2025-08 TABLE3 Poland 2018 = 1.995933772, printed 2.00
            "1.995933772, false, true",
            // NATO-2024-06 TABLE3 Slovakia 2024e = 2.0 (typed in)
            "2.0, true, true",
            // half-up at the third decimal: 1.995 prints 2.00, 1.9949 prints 1.99
            "1.995, false, true",
            "1.9949, false, false",
    })
    void comparesExactOrPrintedValues(String value, boolean exact, boolean printed) {
        Share two = Share.ofPercent("2");
        assertThat(Rounding.EXACT.apply(Share.ofPercent(value)).isAtLeast(two)).isEqualTo(exact);
        assertThat(Rounding.AS_PRINTED.apply(Share.ofPercent(value)).isAtLeast(two)).isEqualTo(printed);
    }
}
