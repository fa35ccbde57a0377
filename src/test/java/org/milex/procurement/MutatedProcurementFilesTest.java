package org.milex.procurement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.milex.DataFileException;

/**
 * The contracts and aid readers given milex's own files with one byte changed either read them or refuse them
 * with a {@link DataFileException} naming the file: never another exception. (Which figures a changed file
 * yields is checked for data files in {@code org.milex.data.MutatedDataFilesTest}.)
 */
class MutatedProcurementFilesTest {

    @Property(tries = 200)
    void contractsWithAByteChanged(@ForAll @IntRange(min = 0, max = 1_000_000) int at, @ForAll byte value) throws IOException {
        check(Path.of("data/contracts.csv"), at, value, Contracts::read);
    }

    @Property(tries = 200)
    void aidWithAByteChanged(@ForAll @IntRange(min = 0, max = 1_000_000) int at, @ForAll byte value) throws IOException {
        check(Path.of("data/aid.csv"), at, value, AidFigures::read);
    }

    private static void check(Path valid, int at, byte value, java.util.function.Function<Path, ?> reader) throws IOException {
        byte[] bytes = Files.readAllBytes(valid);
        bytes[at % bytes.length] = value;
        Path f = Files.createTempFile("mutated", ".csv");
        try {
            Files.write(f, bytes);
            try {
                reader.apply(f);
            } catch (DataFileException e) {
                assertThat(e.file()).isEqualTo(f.toString());
                assertThat(e.getMessage()).startsWith(f.toString()).doesNotContain("\n");
            }
        } finally {
            Files.deleteIfExists(f);
        }
    }
}
