package org.milex.sipri;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.milex.DataFileException;

/**
 * SIPRI's reader given a workbook in SIPRI's layout with one byte changed either reads it or refuses it with a
 * {@link SipriFormatException} (a {@link DataFileException}) naming the file: never another exception.
 */
class MutatedWorkbookTest {
    private static final byte[] VALID;

    static {
        try {
            Path dir = Files.createTempDirectory("sipri-mini");
            VALID = Files.readAllBytes(MiniWorkbook.write(dir));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Property(tries = 200)
    void aByteChanged(@ForAll @IntRange(min = 0, max = 1_000_000) int at, @ForAll byte value) throws IOException {
        byte[] bytes = VALID.clone();
        bytes[at % bytes.length] = value;
        Path f = Files.createTempFile("mutated", ".xlsx");
        try {
            Files.write(f, bytes);
            try {
                SipriDatabase.read(f);
            } catch (DataFileException e) {
                assertThat(e).isInstanceOf(SipriFormatException.class);
                assertThat(e.getMessage()).startsWith(f.getFileName().toString()).doesNotContain("\n");
            }
        } finally {
            Files.deleteIfExists(f);
        }
    }
}
