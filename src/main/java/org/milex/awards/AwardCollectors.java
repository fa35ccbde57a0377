package org.milex.awards;

import java.time.Year;
import java.util.Collections;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collector;
import org.milex.model.Money;

/**
 * The totals of {@link AwardTable} as {@link Collector}s over a stream of {@link Award}s, for code that
 * already has a stream or a {@code List<Award>}. Each total is Σ value over the awards of a group, exact,
 * with the same rules as the table's: an empty stream gives an empty map (or an empty {@code Optional}),
 * and two currencies in one group throw {@link org.milex.model.MoneyMismatchException}.
 *
 * <pre>{@code
 * awards.stream().collect(AwardCollectors.totalByBuyer());       // {DEU=EUR 1250.5 mn (current prices), …}
 * listOfAwards.stream().filter(a -> a.supplier().startsWith("Rhein")).collect(AwardCollectors.total());
 * }</pre>
 *
 * <p>This is the slow path: every award is an object and every addition makes a {@code BigDecimal}. On a
 * table of a million awards, the table's own totals are tens of times faster and allocate next to nothing
 * (see {@code AwardAggregationBenchmark}).
 */
public final class AwardCollectors {

    private AwardCollectors() {
    }

    /** Σ value over all awards; empty for no awards. */
    public static Collector<Award, ?, Optional<Money>> total() {
        return Collector.<Award, Money[], Optional<Money>>of(
                () -> new Money[1],
                (acc, a) -> acc[0] = acc[0] == null ? a.value() : acc[0].plus(a.value()),
                (x, y) -> {
                    if (x[0] == null) {
                        return y;
                    }
                    if (y[0] != null) {
                        x[0] = x[0].plus(y[0]);
                    }
                    return x;
                },
                acc -> Optional.ofNullable(acc[0]));
    }

    /** Σ value per buyer, in order of the buyers' names. */
    public static Collector<Award, ?, SortedMap<String, Money>> totalByBuyer() {
        return totalBy(Award::buyer);
    }

    /** Σ value per supplier, in order of the suppliers' names. */
    public static Collector<Award, ?, SortedMap<String, Money>> totalBySupplier() {
        return totalBy(Award::supplier);
    }

    /** Σ value per category, in order of the categories; awards without one are in none. */
    public static Collector<Award, ?, SortedMap<String, Money>> totalByCategory() {
        return Collector.of(
                TreeMap::new,
                (TreeMap<String, Money> m, Award a) -> a.category().ifPresent(c -> m.merge(c, a.value(), Money::plus)),
                AwardCollectors::merge,
                Collections::unmodifiableSortedMap);
    }

    /** Σ value per calendar year of the award date, in year order. */
    public static Collector<Award, ?, SortedMap<Year, Money>> totalByYear() {
        return totalBy(Award::year);
    }

    /** Σ value per buyer and year, ordered by buyer, then year. */
    public static Collector<Award, ?, SortedMap<BuyerYear, Money>> totalByBuyerAndYear() {
        return totalBy(a -> new BuyerYear(a.buyer(), a.year()));
    }

    private static <K extends Comparable<? super K>> Collector<Award, ?, SortedMap<K, Money>> totalBy(
            Function<Award, K> key) {
        return Collector.of(
                TreeMap::new,
                (TreeMap<K, Money> m, Award a) -> m.merge(key.apply(a), a.value(), Money::plus),
                AwardCollectors::merge,
                Collections::unmodifiableSortedMap);
    }

    private static <K> TreeMap<K, Money> merge(TreeMap<K, Money> x, TreeMap<K, Money> y) {
        y.forEach((k, v) -> x.merge(k, v, Money::plus));
        return x;
    }
}
