package org.milex.data;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.milex.DataFileException;
import org.milex.model.Editions;

/**
 * Every file of the malformed corpus ({@code src/test/resources/malformed/}) is refused by its reader with a
 * {@link DataFileException} whose message is exactly the one {@code expected.tsv} gives.
 */
class MalformedCorpusTest {
    static final Path CORPUS = Path.of("src/test/resources/malformed");

    /** The corpus's cases: file name and the message after the file's path. */
    static Stream<String[]> cases() throws IOException {
        List<String> lines = Files.readAllLines(CORPUS.resolve("expected.tsv"), StandardCharsets.UTF_8);
        return lines.stream().skip(1).map(l -> l.split("\t", 2));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void refusesEveryCaseWithItsMessage(String file, String message) {
        Path p = CORPUS.resolve(file);
        assertThatThrownBy(() -> {
            if (file.startsWith("editions-")) {
                Editions.read(p);
            } else {
                Dataset.read(p);
            }
        }).isExactlyInstanceOf(DataFileException.class).hasMessage(p + message).hasNoCause();
    }

    @Test
    void everyFileHasAnExpectedMessage() throws IOException {
        List<String> listed = cases().map(c -> c[0]).toList();
        try (Stream<Path> s = Files.list(CORPUS)) {
            org.assertj.core.api.Assertions.assertThat(s.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".csv"))).containsExactlyInAnyOrderElementsOf(listed);
        }
    }

    @Test
    void theSameFileTwiceIsRefusedNamingIt() {
        Path p = CORPUS.resolve("../../../../data/nato/NATO-2025-04.csv").normalize();
        assertThatThrownBy(() -> Dataset.read(p, Path.of("./" + p)))
                .isExactlyInstanceOf(DataFileException.class)
                .hasMessage("./" + p + ": the same data file is given twice (also as " + p + ")");
    }

    @Test
    void twoFilesWithTheSameFigureAreRefusedNamingBoth(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path a = Files.copy(Path.of("data/nato/NATO-2025-04.csv"), dir.resolve("a.csv"));
        Path b = Files.copy(a, dir.resolve("b.csv"));
        assertThatThrownBy(() -> Dataset.read(a, b)).isExactlyInstanceOf(DataFileException.class)
                .hasMessageStartingWith(b + " (code): ALB 2024 of edition NATO-2025-04 is also in " + a);
    }
}
