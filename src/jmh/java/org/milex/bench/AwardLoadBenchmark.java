package org.milex.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.milex.awards.AwardCsvFormat;
import org.milex.awards.AwardTable;
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
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

/**
 * Loading N synthetic awards ({@link SyntheticAwards}) from a CSV file written in set-up (about 80 bytes a
 * line): {@link AwardTable#read} (strict, exact) against Tablesaw's CSV reader with the column types given
 * (no type detection; values as doubles; no checks for duplicates or decimals).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class AwardLoadBenchmark {

    @Param("1000000")
    int n;

    private Path csv;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        csv = Files.createTempFile("milex-awards-", ".csv");
        SyntheticAwards.writeCsv(csv, n, 42);
        System.out.printf("%nfile: %,d bytes (%.1f MB)%n", Files.size(csv), Files.size(csv) / 1e6);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(csv);
    }

    /** DuckDB's JDBC driver reading the same file into a table, types detected (a reference, not strict). */
    @Benchmark
    public long duckDb() throws java.sql.SQLException {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:");
             java.sql.Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t AS SELECT * FROM read_csv('" + csv.toAbsolutePath() + "', header = true)");
            try (java.sql.ResultSet r = s.executeQuery("SELECT count(*) FROM t")) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    @Benchmark
    public AwardTable awardTable() {
        return AwardTable.read(csv, AwardCsvFormat.standard().withCategory("category"));
    }

    @Benchmark
    public Table tablesaw() throws IOException {
        return Table.read().csv(CsvReadOptions.builder(csv.toFile())
                .columnTypes(new ColumnType[] {ColumnType.STRING, ColumnType.LOCAL_DATE, ColumnType.STRING,
                    ColumnType.STRING, ColumnType.DOUBLE, ColumnType.STRING, ColumnType.STRING})
                .build());
    }
}
