package org.milex.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files written whole or not at all: a failure or a killed process leaves the old file as it was. */
class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void replacesTheFileWhole() throws IOException {
        Path f = Files.writeString(dir.resolve("a.csv"), "old\n");
        AtomicFiles.writeText(f, w -> w.write("new\n"));
        assertThat(f).hasContent("new");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aFailureMidwayLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path f = Files.writeString(dir.resolve("a.csv"), "old\n");
        assertThatThrownBy(() -> AtomicFiles.writeText(f, w -> {
            w.write("half a fi");
            w.flush();
            throw new IOException("disk full");
        })).isInstanceOf(UncheckedIOException.class).hasMessage("cannot write " + f + ": disk full");
        assertThat(f).hasContent("old");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aMissingDirectoryIsAnErrorAndIsNotCreated() {
        Path f = dir.resolve("no/such/a.csv");
        assertThatThrownBy(() -> AtomicFiles.writeText(f, w -> w.write("x")))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessage("cannot write " + f + ": the directory " + f.getParent() + " does not exist");
        assertThat(dir.resolve("no")).doesNotExist();
    }

    @Test
    void aProcessKilledMidwayLeavesTheOldFileIntact() throws Exception {
        Path f = Files.writeString(dir.resolve("a.csv"), "old\n");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), SlowWriter.class.getName(), f.toString())
                .redirectErrorStream(true).start();
        try {
            // wait until the writer has written part of its content to the temporary file
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (leftovers().stream().noneMatch(AtomicFilesTest::nonEmpty) && System.nanoTime() < deadline) {
                assertThat(p.isAlive()).as("the writer is still running").isTrue();
                Thread.sleep(20);
            }
            assertThat(leftovers()).as("a temporary file being written").isNotEmpty();
        } finally {
            p.destroyForcibly().waitFor();
        }
        assertThat(f).hasContent("old");
    }

    private static boolean nonEmpty(Path p) {
        try {
            return Files.size(p) > 0;
        } catch (IOException e) {
            return false;
        }
    }

    private java.util.List<Path> leftovers() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
        }
    }

    /** Writes half a file, then waits to be killed. */
    static final class SlowWriter {
        public static void main(String[] args) {
            AtomicFiles.write(Path.of(args[0]), out -> {
                out.write("new content, half writ".getBytes(StandardCharsets.UTF_8));
                out.flush();
                try {
                    Thread.sleep(600_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
    }
}
