package org.milex.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.milex.model.Ally;
import org.milex.model.Guideline;
import org.milex.query.Query;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The start-up-critical paths, each timed once in a fresh JVM (single shot, no warm-up, one per fork), as a
 * user meets them: the first answer from the embedded data. Beside them, the references for the same work:
 * the former path (every edition read from its CSV file through the strict CSV reader), and a hand loop
 * that only splits the default edition's CSV lines and parses its shares of GDP (no validation, no model):
 * about the least any reader of the CSV can do.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(10)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class StartupBenchmark {

    /** {@code Dataset.embedded()} (packed form, editions on demand) and one figure of the default edition. */
    @Benchmark
    public Object embeddedFirstFind() {
        return EmbeddedData.load().find(Ally.of("POL"), Year.of(2024)).orElseThrow();
    }

    /** The same from the CSV files: every edition read and validated, as before the packed form. */
    @Benchmark
    public Object csvFirstFind() {
        return EmbeddedData.loadCsv().find(Ally.of("POL"), Year.of(2024)).orElseThrow();
    }

    /** The first query a user asks: how many allies meet 2% in 2024 (README: 23). */
    @Benchmark
    public int embeddedFirstComplianceCount() {
        return Query.of(EmbeddedData.load()).year(2024).compliance(Guideline.twoPercentOfGdp()).count();
    }

    /**
     * Reference: read the default edition's CSV resource, split each line at commas and count the 2024 rows
     * of allies (three-letter codes) whose share of GDP parses to at least 2 (no quotes in that file).
     */
    @Benchmark
    public int handLoopComplianceCount() throws IOException {
        int count = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(StartupBenchmark.class.getClassLoader()
                .getResourceAsStream(EmbeddedData.ROOT + "nato/NATO-2024-06.csv"), StandardCharsets.UTF_8))) {
            int share = Arrays.asList(r.readLine().split(",", -1)).indexOf("share_of_gdp_pct");
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split(",", -1);
                if (f[1].length() == 3 && f[3].equals("2024") && !f[share].isEmpty()
                        && Double.parseDouble(f[share]) >= 2.0) {
                    count++;
                }
            }
        }
        return count;
    }
}
