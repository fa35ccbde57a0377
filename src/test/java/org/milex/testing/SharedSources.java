package org.milex.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The project's source material, {@code ../shared/sources}, beside the checkout. Tests that compare with it
 * are skipped cleanly where it is absent (a user's clone).
 */
public final class SharedSources {
    private SharedSources() {
    }

    /** The sources folder, or the test is skipped when it is not there. */
    public static Path require() {
        Path p = Path.of(System.getProperty("milex.sources", "../shared/sources"));
        assumeTrue(Files.isDirectory(p), "no source material at " + p.toAbsolutePath() + "; skipped");
        return p;
    }

    /** A file under the sources folder, or the test is skipped when it is not there. */
    public static Path require(String relative) {
        Path p = require().resolve(relative);
        assumeTrue(Files.isRegularFile(p), "no " + p + "; skipped");
        return p;
    }
}
