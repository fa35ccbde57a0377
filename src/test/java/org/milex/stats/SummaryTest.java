package org.milex.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Year;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.DoubleStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.milex.data.Dataset;
import org.milex.model.Ally;
import org.milex.model.Edition;
import org.milex.model.Observation;
import org.milex.model.Share;

class SummaryTest {
    /** Sums of a few small numbers: exact but for the last bits. */
    private static final double EXACT = 1e-12;

    @Test
    void summarisesFourValuesAsWorkedByHand() {
        Summary s = Summary.of(4, 1, 3, 2);
        // By hand: mean (1+2+3+4)/4 = 2.5; squared deviations 2.25+0.25+0.25+2.25 = 5, / (n-1) = 5/3, sd = √(5/3).
        // Definition 7 quantiles of 1,2,3,4: h = 3p + 1; q1 h=1.75 → 1 + 0.75·(2−1) = 1.75; median h=2.5 → 2.5;
        // q3 h=3.25 → 3 + 0.25·(4−3) = 3.25. R: quantile(1:4) gives 1.00 1.75 2.50 3.25 4.00.
        assertThat(s.n()).isEqualTo(4);
        assertThat(s.mean()).isCloseTo(2.5, within(EXACT));
        assertThat(s.standardDeviation()).isCloseTo(Math.sqrt(5.0 / 3), within(EXACT));
        assertThat(s.min()).isEqualTo(1);
        assertThat(s.firstQuartile()).isCloseTo(1.75, within(EXACT));
        assertThat(s.median()).isCloseTo(2.5, within(EXACT));
        assertThat(s.thirdQuartile()).isCloseTo(3.25, within(EXACT));
        assertThat(s.max()).isEqualTo(4);
        assertThat(s.interquartileRange()).isCloseTo(1.5, within(EXACT));
        assertThat(s.range()).isEqualTo(3);
    }

    @Test
    void summarisesAnOddNumberOfValuesAsWorkedByHand() {
        Summary s = Summary.of(3, 1, 2);
        // By hand: sorted 1,2,3; h = 2p + 1; q1 h=1.5 → 1.5; median h=2 → 2; q3 h=2.5 → 2.5; sd = √((1+0+1)/2) = 1.
        assertThat(s.median()).isCloseTo(2, within(EXACT));
        assertThat(s.firstQuartile()).isCloseTo(1.5, within(EXACT));
        assertThat(s.thirdQuartile()).isCloseTo(2.5, within(EXACT));
        assertThat(s.standardDeviation()).isCloseTo(1, within(EXACT));
    }

    @Test
    void aSingleValueHasNoSpread() {
        Summary s = Summary.of(2.02);
        assertThat(s).isEqualTo(new Summary(1, 2.02, 0, 2.02, 2.02, 2.02, 2.02, 2.02));
    }

    @Test
    void agreesWithANaiveImplementationOnRandomValues() {
        Random random = new Random(20240617);
        for (int trial = 0; trial < 50; trial++) {
            double[] v = DoubleStream.generate(() -> random.nextDouble() * 10).limit(1 + random.nextInt(40)).toArray();
            Summary s = Summary.of(v);
            // Relative error of summing up to 40 values below 10: well below 1e-12.
            assertThat(s.mean()).isCloseTo(Naive.mean(v), within(1e-12));
            assertThat(s.standardDeviation()).isCloseTo(Naive.sampleSd(v), within(1e-12));
            assertThat(s.firstQuartile()).isCloseTo(Naive.quantile7(v, 0.25), within(1e-12));
            assertThat(s.median()).isCloseTo(Naive.quantile7(v, 0.50), within(1e-12));
            assertThat(s.thirdQuartile()).isCloseTo(Naive.quantile7(v, 0.75), within(1e-12));
            assertThat(s.min()).isEqualTo(Arrays.stream(v).min().orElseThrow());
            assertThat(s.max()).isEqualTo(Arrays.stream(v).max().orElseThrow());
        }
    }

    @Test
    void summarisesTheAlliesSharesOfGdpIn2024() {
        Edition e = Edition.parse("NATO-2024-06");
        List<Share> shares = Dataset.embedded().observations(e).stream()
                .filter(o -> o.year().equals(Year.of(2024)) && o.subject() instanceof Ally)
                .flatMap(o -> o.shareOfGdp().stream()).toList();
        Summary s = Summary.ofShares(shares);
        // NumPy 2.4.6 on data/nato/NATO-2024-06.csv, share_of_gdp_pct, year 2024, the 31 allies with figures
        // (Iceland publishes none): mean, std(ddof=1), min, percentile(25/50/75) (default 'linear' = definition 7), max.
        assertThat(s.n()).isEqualTo(31);
        assertThat(s.mean()).isCloseTo(2.1956282308624964, within(1e-12));
        assertThat(s.standardDeviation()).isCloseTo(0.6842417822033922, within(1e-12));
        assertThat(s.min()).isCloseTo(1.282549642204323, within(1e-12));
        assertThat(s.firstQuartile()).isCloseTo(1.903292844301224, within(1e-12));
        assertThat(s.median()).isCloseTo(2.1107658032713594, within(1e-12));
        assertThat(s.thirdQuartile()).isCloseTo(2.3534185484684427, within(1e-12));
        // NATO 2024-06 edition, TABLE3: Poland 2024e = 4.12, the highest
        assertThat(s.max()).isCloseTo(4.120190989357147, within(1e-12));
    }

    @Test
    void collectsLikeOf() {
        Summary collected = Stream.of(4.0, 1.0, 3.0, 2.0).collect(Summary.summarizing(Double::doubleValue));
        assertThat(collected).isEqualTo(Summary.of(4, 1, 3, 2));
        assertThat(Summary.of(List.of(4, 1, 3, 2))).isEqualTo(Summary.of(4, 1, 3, 2));
    }

    @Test
    void collectsTheSharesOfObservations() {
        Edition e = Edition.parse("NATO-2024-06");
        Summary s = Dataset.embedded().observations(e).stream()
                .filter(o -> o.subject().equals(Ally.of("POL")))
                .collect(Summary.summarizing((Observation o) -> o.shareOfGdp().orElseThrow().toDouble()));
        assertThat(s.n()).isEqualTo(11);
        // NATO 2024-06 edition, TABLE3: Poland's lowest share 2014-2024 is 1.88 (2014), its highest 4.12 (2024e)
        assertThat(s.min()).isCloseTo(1.8752685360706713, within(1e-15));
        assertThat(s.max()).isCloseTo(4.120190989357147, within(1e-15));
    }

    @Test
    void refusesNoValues() {
        assertThatThrownBy(() -> Summary.of())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot summarise no values: a summary needs at least one");
        assertThatThrownBy(() -> Summary.ofShares(List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot summarise no shares: a summary needs at least one");
        assertThatThrownBy(() -> Stream.<Double>empty().collect(Summary.summarizing(Double::doubleValue)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot summarise no values: a summary needs at least one");
    }

    @ParameterizedTest
    @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void refusesValuesThatAreNotFinite(double bad) {
        assertThatThrownBy(() -> Summary.of(1, bad, 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("value 1 is not a finite number: " + bad);
    }

    @Test
    void refusesInconsistentFigures() {
        assertThatThrownBy(() -> new Summary(0, 1, 0, 1, 1, 1, 1, 1))
                .hasMessage("a summary needs at least one value, not n=0");
        assertThatThrownBy(() -> new Summary(2, 1, 0, 1, 3, 2, 2, 2))
                .hasMessage("expected min <= firstQuartile <= median <= thirdQuartile <= max, not 1.0, 3.0, 2.0, 2.0, 2.0");
        assertThatThrownBy(() -> new Summary(2, Double.NaN, 0, 1, 1, 1, 1, 1))
                .hasMessage("mean must be a finite number, not NaN");
    }

    @Test
    void printsToFourSignificantDigits() {
        assertThat(Summary.of(4, 1, 3, 2)).hasToString("n=4 mean=2.5 sd=1.291 min=1 q1=1.75 median=2.5 q3=3.25 max=4");
        // mean (1474399.53 + 1000)/2 = 737699.765 → 737700: four significant digits, but whole numbers kept whole;
        // sd 1473399.53/√2 = 1041850.8…; q1 1000 + 0.25·1473399.53 = 369349.88…; q3 1000 + 0.75·1473399.53 = 1106049.6…
        assertThat(Summary.of(1474399.53, 1000)).hasToString(
                "n=2 mean=737700 sd=1041851 min=1000 q1=369350 median=737700 q3=1106050 max=1474400");
    }

    /** Textbook formulas, written out independently of Commons Math. */
    static final class Naive {
        static double mean(double[] v) {
            double s = 0;
            for (double x : v) {
                s += x;
            }
            return s / v.length;
        }

        static double sampleSd(double[] v) {
            if (v.length == 1) {
                return 0;
            }
            double m = mean(v);
            double ss = 0;
            for (double x : v) {
                ss += (x - m) * (x - m);
            }
            return Math.sqrt(ss / (v.length - 1));
        }

        /** Hyndman and Fan's definition 7: h = (n − 1)p + 1 on the 1-based sorted values. */
        static double quantile7(double[] v, double p) {
            double[] s = v.clone();
            Arrays.sort(s);
            double h = (s.length - 1) * p + 1;
            int lo = (int) Math.floor(h);
            if (lo >= s.length) {
                return s[s.length - 1];
            }
            return s[lo - 1] + (h - lo) * (s[lo] - s[lo - 1]);
        }
    }
}
