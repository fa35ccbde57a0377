package org.milex.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.milex.data.Dataset;
import org.milex.model.Edition;
import org.milex.query.Query;
import org.milex.testing.ChildJvm;

/**
 * What a library user sees on standard error: nothing. Runs a fresh JVM on the test class path without the
 * logging back-ends the command line bundles (slf4j-nop, log4j-to-slf4j), as a user who binds none has it.
 */
class QuietLoggingTest {
    @TempDir
    Path dir;

    /** A user's program: a first toTable(). */
    public static final class FirstTable {
        public static void main(String[] args) {
            Dataset data = Dataset.embedded();
            System.out.println(Query.of(data).edition(Edition.parse("NATO-2024-06")).year(2024)
                    .measure(org.milex.model.Measure.SHARE_OF_GDP).ranking().toTable().rowCount());
        }
    }

    @Test
    void theFirstToTablePrintsNothingOnStandardErrorWithoutALoggingBackEnd() throws Exception {
        ChildJvm.Result r = runWithoutLoggingBackEnds(FirstTable.class);

        assertThat(r.err()).isEmpty();
        // NATO 2024-06: 31 allies with a share of GDP in 2024 (Iceland, without armed forces, has none)
        assertThat(r.out().strip()).isEqualTo("31");
        assertThat(r.exitCode()).isZero();
    }

    /** A user's program: a first workbook (Apache POI logs through the Log4j API). */
    public static final class FirstWorkbook {
        public static void main(String[] args) {
            org.milex.excel.Workbooks.observations(Path.of(args[0]), Dataset.embedded(), Edition.parse("NATO-2024-06"));
            System.out.println("written");
        }
    }

    @Test
    void theFirstWorkbookPrintsNothingOnStandardErrorWithoutALoggingBackEnd() throws Exception {
        ChildJvm.Result r = runWithoutLoggingBackEnds(FirstWorkbook.class, dir.resolve("nato.xlsx").toString());

        assertThat(r.err()).isEmpty();
        assertThat(r.out().strip()).isEqualTo("written");
    }

    /** Without milex: SLF4J alone, asked for a logger. */
    public static final class BareSlf4j {
        public static void main(String[] args) {
            org.slf4j.LoggerFactory.getLogger("x").info("hello");
        }
    }

    @Test
    void withoutMilexTheSameClassPathMakesSlf4jWarn() throws Exception {
        // The control: the child JVM really has no SLF4J provider, so the test above could fail.
        assertThat(runWithoutLoggingBackEnds(BareSlf4j.class).err()).contains("No SLF4J providers were found");
    }

    static ChildJvm.Result runWithoutLoggingBackEnds(Class<?> main, String... args) throws Exception {
        return ChildJvm.run(main, List.of("slf4j-nop", "log4j-to-slf4j"), args);
    }
}
