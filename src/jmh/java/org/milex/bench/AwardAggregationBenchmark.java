package org.milex.bench;

import java.math.BigDecimal;
import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.concurrent.TimeUnit;
import org.milex.awards.AwardCollectors;
import org.milex.awards.AwardTable;
import org.milex.awards.BuyerYear;
import org.milex.bench.SyntheticAwards.PlainAward;
import org.milex.model.Money;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tech.tablesaw.aggregate.AggregateFunctions;
import tech.tablesaw.api.Table;

/**
 * Total value by buyer × year over N synthetic awards ({@link SyntheticAwards}: 200 buyers, 20,000
 * suppliers, 30 years, euros and dollars split by buyer), four ways:
 * <ol>
 * <li>{@code awardTable}: {@link AwardTable#totalByBuyerAndYear()}, exact, over the columns;
 * <li>{@code tablesaw}: {@code table.summarize("value", sum).by("buyer", "year")} on a Tablesaw table with
 *     the same columns plus an IntColumn of years made once in set-up. Tablesaw sums <b>doubles</b>: not
 *     exact, and it ignores the currency;
 * <li>{@code handLoop}: a loop over a {@code List} of plain records (String, LocalDate, BigDecimal) adding
 *     into a {@code HashMap<key, BigDecimal>}, exact;
 * <li>{@code collectors}: {@code table.stream().collect(AwardCollectors.totalByBuyerAndYear())}, the slow
 *     path, exact.
 * </ol>
 * Run: {@code java -jar target/benchmarks.jar AwardAggregation -prof gc}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms8g", "-Xmx8g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class AwardAggregationBenchmark {

    @Param("1000000")
    int n;

    private AwardTable awards;
    private AwardTable recent;
    private Table tablesaw;
    private List<PlainAward> records;
    private int[] buyerCode;
    private short[] yearIndex;
    private byte[] currencyIndex;
    private long[] minorUnits;

    @Setup(Level.Trial)
    public void setUp() {
        awards = SyntheticAwards.table(n, 42);
        recent = awards.betweenYears(Year.of(2015), Year.of(2024));
        tablesaw = awards.toTable();
        tablesaw.addColumns(tablesaw.dateColumn(AwardTable.DATE).year().setName("year"));
        records = SyntheticAwards.records(n, 42);
        buyerCode = new int[n];
        yearIndex = new short[n];
        currencyIndex = new byte[n];
        minorUnits = new long[n];
        Map<String, Integer> buyers = new HashMap<>();
        for (int i = 0; i < n; i++) {
            var a = awards.award(i);
            buyerCode[i] = buyers.computeIfAbsent(a.buyer(), k -> buyers.size());
            yearIndex[i] = (short) (a.date().getYear() - 1990);
            currencyIndex[i] = (byte) (a.value().currency().getCurrencyCode().equals("EUR") ? 0 : 1);
            minorUnits[i] = a.value().amount().movePointRight(2).longValueExact();
        }
    }

    /**
     * The reference issue 12 sets: a hand-written loop over primitive columns (buyer code, year per row,
     * currency, cents) into a {@code long[]} per buyer × year × currency, exact ({@link Math#addExact}).
     */
    @Benchmark
    public long[] handLoopPrimitive() {
        int years = 40;
        long[] sum = new long[SyntheticAwards.BUYERS * years * 2];
        int[] b = buyerCode;
        short[] y = yearIndex;
        byte[] c = currencyIndex;
        long[] v = minorUnits;
        for (int i = 0; i < v.length; i++) {
            int g = ((b[i] * years + y[i]) << 1) + c[i];
            sum[g] = Math.addExact(sum[g], v[i]);
        }
        return sum;
    }

    /** A buyer and a year, the hand-written loop's key. */
    record Key(String buyer, int year) {
    }

    @Benchmark
    public SortedMap<BuyerYear, Money> awardTable() {
        return awards.totalByBuyerAndYear();
    }

    @Benchmark
    public SortedMap<String, Money> awardTableByBuyer() {
        return awards.totalByBuyer();
    }

    @Benchmark
    public SortedMap<BuyerYear, Money> awardTableLastTenYearsView() {
        return recent.totalByBuyerAndYear();
    }

    @Benchmark
    public Table tablesaw() {
        return tablesaw.summarize(AwardTable.VALUE, AggregateFunctions.sum).by(AwardTable.BUYER, "year");
    }

    @Benchmark
    public Map<Key, BigDecimal> handLoop() {
        Map<Key, BigDecimal> totals = new HashMap<>();
        for (PlainAward a : records) {
            totals.merge(new Key(a.buyer(), a.date().getYear()), a.value(), BigDecimal::add);
        }
        return totals;
    }

    @Benchmark
    public SortedMap<BuyerYear, Money> collectors() {
        return awards.stream().collect(AwardCollectors.totalByBuyerAndYear());
    }

    /** Checks once that the three exact ways agree (run as a plain main, not a benchmark). */
    public static void main(String[] args) {
        AwardAggregationBenchmark b = new AwardAggregationBenchmark();
        b.n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        b.setUp();
        SortedMap<BuyerYear, Money> table = b.awardTable();
        Map<Key, BigDecimal> loop = b.handLoop();
        boolean same = table.size() == loop.size() && table.entrySet().stream().allMatch(e -> Objects.equals(
                loop.get(new Key(e.getKey().buyer(), e.getKey().year().getValue())).compareTo(e.getValue().amount()),
                0));
        System.out.println("AwardTable = hand loop: " + same + "; = collectors: " + table.equals(b.collectors())
                + "; Tablesaw rows: " + b.tablesaw().rowCount() + " (of " + table.size() + " groups)");
    }
}
