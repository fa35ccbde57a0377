package org.milex.query;

import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collector;
import java.util.stream.Collectors;
import org.milex.model.Money;
import org.milex.model.Observation;
import org.milex.model.PriceBasis;
import org.milex.model.Share;

/**
 * The aggregations of {@link Query} as {@link Collector}s over {@link Observation}s, for use with streams.
 *
 * <pre>{@code
 * Year y = Year.of(2024);
 * AllyGroup.EUROPE_CANADA.members(y).stream()
 *     .map(a -> data.find(a, y).orElseThrow())
 *     .collect(MilexCollectors.combinedShareOfGdp());        // Optional[2.02%]
 * }</pre>
 *
 * <p>Every collector takes allies' observations from one edition, each ally and year at most once, and
 * throws {@link IllegalArgumentException} otherwise (a group's row among them would count its members
 * twice; two editions may differ in figures and price base). An ally without armed forces (Iceland)
 * contributes its GDP and no expenditure and no share, as in NATO's aggregates; any other observation
 * lacking a figure a collector needs is an {@link IllegalArgumentException} naming edition, ally, year and
 * measure, never a silent gap. No collector returns {@code NaN}. Sums are exact decimals; ratios and means
 * are computed to 34 significant digits.
 */
public final class MilexCollectors {
    private MilexCollectors() {
    }

    /**
     * The combined defence expenditure as a share of GDP, as NATO computes its aggregate rows:
     * {@code Σ EXPENDITURE_USD_CONSTANT / Σ REAL_GDP_USD_CONSTANT × 100} (both million US dollars at the
     * edition's constant prices). Percent; empty for no observations.
     */
    public static Collector<Observation, ?, Optional<Share>> combinedShareOfGdp() {
        return Collectors.collectingAndThen(Collectors.toList(), Aggregates::combinedShareOfGdp);
    }

    /**
     * Total defence expenditure, {@code Σ expenditure(basis)}, in US dollars at current prices or at the
     * edition's constant prices. Zero (in USD and {@code basis}) for no observations.
     *
     * @throws IllegalArgumentException also when {@code basis} is constant prices of another base year than
     *     the edition's
     */
    public static Collector<Observation, ?, Money> totalExpenditure(PriceBasis basis) {
        Objects.requireNonNull(basis, "basis");
        return Collectors.collectingAndThen(Collectors.toList(), l -> Aggregates.totalExpenditure(l, basis));
    }

    /**
     * Total GDP, {@code Σ gdp(basis)}: GDP at current prices or real GDP at the edition's constant prices, US
     * dollars. Zero for no observations.
     */
    public static Collector<Observation, ?, Money> totalGdp(PriceBasis basis) {
        Objects.requireNonNull(basis, "basis");
        return Collectors.collectingAndThen(Collectors.toList(), l -> Aggregates.totalGdp(l, basis));
    }

    /**
     * The arithmetic mean of the allies' published shares of GDP, {@code Σ share / n}, each ally weighing
     * the same (unlike {@link #combinedShareOfGdp()}). Percent; empty for no observations.
     */
    public static Collector<Observation, ?, Optional<Share>> meanShareOfGdp() {
        return Collectors.collectingAndThen(Collectors.toList(), Aggregates::meanShareOfGdp);
    }

    /**
     * The median of the allies' published shares of GDP: the middle value, or the mean of the two middle
     * values for an even count. Percent; empty for no observations.
     */
    public static Collector<Observation, ?, Optional<Share>> medianShareOfGdp() {
        return Collectors.collectingAndThen(Collectors.toList(), Aggregates::medianShareOfGdp);
    }
}
