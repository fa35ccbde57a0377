package org.milex.testing;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Source material for tests. NATO's 2024 TABLES workbook ships in the repository ({@code sources/nato/}), so
 * the tests that read it run on every clone. The rest of the project's source material ({@code ../shared/sources},
 * beside the checkout: SIPRI's database, the transcribed editions) does not ship: tests that need it are skipped
 * where it is absent (a user's clone), and <b>fail</b> when the {@code CI} environment variable is set, so that
 * a CI machine without it cannot pass by skipping.
 */
public final class SharedSources {
    /** The source material shipped in the repository. */
    public static final Path REPOSITORY = Path.of("sources");

    private SharedSources() {
    }

    /** A file shipped under {@code sources/}; the test fails if it is missing (it is part of the repository). */
    public static Path shipped(String relative) {
        Path p = REPOSITORY.resolve(relative);
        if (!Files.isRegularFile(p)) {
            fail("the repository's " + p + " is missing");
        }
        return p;
    }

    /** The shared sources folder; skipped where absent, failed where absent and {@code CI} is set. */
    public static Path require() {
        Path p = Path.of(System.getProperty("milex.sources", "../shared/sources"));
        absent(Files.isDirectory(p), "no source material at " + p.toAbsolutePath());
        return p;
    }

    /** A file under the shared sources folder; skipped where absent, failed where absent and {@code CI} is set. */
    public static Path require(String relative) {
        Path p = require().resolve(relative);
        absent(Files.isRegularFile(p), "no " + p);
        return p;
    }

    private static void absent(boolean present, String what) {
        if (present) {
            return;
        }
        if (onCi()) {
            fail(what + ", and CI is set: tests that need ../shared/sources must run on CI");
        }
        assumeTrue(false, what + "; skipped (set CI to make this a failure)");
    }

    /** Whether the {@code CI} environment variable is set (to anything but empty or {@code false}). */
    static boolean onCi() {
        String ci = System.getenv("CI");
        return ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false");
    }
}
