package org.milex.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.milex.usaspending.ComponentYearTotal;
import org.milex.usaspending.ContractTransactions;
import org.milex.usaspending.Transaction;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import tech.tablesaw.aggregate.AggregateFunctions;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * A generated USAspending prime-transactions feed ({@link UsaSpendingFeeds}, 297 columns), loaded and totalled
 * by DoD component × fiscal year, each beside its references in one run:
 * <ul>
 * <li>{@code load}: {@link ContractTransactions#read}, streaming, strict; {@code loadDuckDb}: DuckDB's JDBC
 *     driver reading the same file's kept columns into a table ({@code read_csv}, types detected);
 * <li>{@code aggregate}: {@link ContractTransactions#obligationsByComponentAndFiscalYear()}, exact cents;
 *     {@code handLoop}: a loop over primitive arrays (component code, fiscal year per row, cents) into a
 *     {@code long[]} with {@link Math#addExact}, exact; {@code tablesaw}: {@code summarize(sum).by(...)} over
 *     doubles (not exact); {@code duckDb}: {@code GROUP BY} over a DECIMAL(18,2) table in DuckDB's memory, exact.
 * </ul>
 * Run: {@code java -Xms8g -Xmx8g -XX:+AlwaysPreTouch -jar target/benchmarks.jar UsaSpending -prof gc}; the
 * working directory must be the repository (for the header list and {@code target/bench-feeds/}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms8g", "-Xmx8g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class UsaSpendingBenchmark {

    @Param("1000000")
    int n;

    private Path file;
    private ContractTransactions feed;
    private char[] component;
    private short[] fiscalYear;
    private long[] cents;
    private int components;
    private Table tablesaw;
    private Connection duck;

    @Setup(Level.Trial)
    public void setUp() throws SQLException {
        file = UsaSpendingFeeds.feed(n);
        feed = ContractTransactions.read(file);
        List<String> names = feed.obligationsByComponentAndFiscalYear().stream().map(ComponentYearTotal::component)
                .distinct().sorted().toList();
        components = names.size();
        component = new char[n];
        fiscalYear = new short[n];
        cents = new long[n];
        StringColumn comp = StringColumn.create("component");
        IntColumn fy = IntColumn.create("fiscal_year");
        DoubleColumn usd = DoubleColumn.create("obligation");
        for (int i = 0; i < n; i++) {
            Transaction t = feed.transaction(i);
            component[i] = (char) names.indexOf(t.component());
            fiscalYear[i] = (short) (t.fiscalYear().getValue() - 2000);
            cents[i] = t.obligation().amount().movePointRight(2).longValueExact();
            comp.append(t.component());
            fy.append(t.fiscalYear().getValue());
            usd.append(t.obligation().amount().doubleValue());
        }
        tablesaw = Table.create("transactions", comp, fy, usd);
        duck = DriverManager.getConnection("jdbc:duckdb:");
        try (Statement s = duck.createStatement()) {
            s.execute("CREATE TABLE t AS SELECT awarding_sub_agency_name AS component, CAST(action_date AS DATE) AS action_date, "
                    + "CAST(federal_action_obligation AS DECIMAL(18,2)) AS obligation FROM " + readCsv());
        }
        System.out.printf("%nfeed: %,d transactions, %,d bytes (%.1f MB)%n", n, size(), size() / 1e6);
    }

    private String readCsv() {
        return "read_csv('" + file.toAbsolutePath() + "', header = true, all_varchar = true)";
    }

    private long size() {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws SQLException {
        duck.close();
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public ContractTransactions load() {
        return ContractTransactions.read(file);
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public long loadDuckDb() throws SQLException {
        try (Statement s = duck.createStatement()) {
            s.execute("CREATE OR REPLACE TABLE loaded AS SELECT contract_transaction_unique_key, contract_award_unique_key, "
                    + "award_id_piid, modification_number, action_date, federal_action_obligation, awarding_agency_name, "
                    + "awarding_sub_agency_name, recipient_name, recipient_uei, recipient_parent_name, "
                    + "product_or_service_code, naics_code, recipient_country_code FROM read_csv('" + file.toAbsolutePath()
                    + "', header = true)");
            try (ResultSet r = s.executeQuery("SELECT count(*) FROM loaded")) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    @Benchmark
    public List<ComponentYearTotal> aggregate() {
        return feed.obligationsByComponentAndFiscalYear();
    }

    @Benchmark
    public long[] handLoop() {
        int years = 40;
        long[] sum = new long[components * years];
        char[] c = component;
        short[] y = fiscalYear;
        long[] v = cents;
        for (int i = 0; i < v.length; i++) {
            int g = c[i] * years + y[i];
            sum[g] = Math.addExact(sum[g], v[i]);
        }
        return sum;
    }

    @Benchmark
    public Table tablesaw() {
        return tablesaw.summarize("obligation", AggregateFunctions.sum).by("component", "fiscal_year");
    }

    @Benchmark
    public int duckDb() throws SQLException {
        int rows = 0;
        try (Statement s = duck.createStatement(); ResultSet r = s.executeQuery("SELECT component, "
                + "year(action_date + INTERVAL 3 MONTH) AS fy, sum(obligation) FROM t GROUP BY ALL")) {
            while (r.next()) {
                rows++;
            }
        }
        return rows;
    }

    /** Heap bytes per transaction held by a loaded feed (heap after full collections). */
    public static void main(String[] args) throws InterruptedException {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path file = UsaSpendingFeeds.feed(n);
        long before = used();
        long t0 = System.nanoTime();
        ContractTransactions feed = ContractTransactions.read(file);
        long t1 = System.nanoTime();
        long after = used();
        System.out.printf("%,d transactions on %,d awards: %.1f bytes a transaction (heap after GC); read in %.2f s%n",
                feed.size(), feed.awardCount(), (after - before) / (double) n, (t1 - t0) / 1e9);
        System.out.println(feed.obligationsByComponentAndFiscalYear().size() + " component × fiscal-year groups");
    }

    private static long used() throws InterruptedException {
        Runtime rt = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(100);
            used = Math.min(used, rt.totalMemory() - rt.freeMemory());
        }
        return used;
    }
}
