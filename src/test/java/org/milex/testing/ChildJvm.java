package org.milex.testing;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Runs a class's {@code main} in a fresh JVM on the test class path less some jars, as a user whose project
 * lacks them would: what it prints, and its exit code.
 */
public final class ChildJvm {
    private ChildJvm() {
    }

    /** What the program did. */
    public record Result(int exitCode, String out, String err) {
    }

    /**
     * Runs {@code main} with the test class path less every entry whose path contains one of {@code without}.
     *
     * @throws AssertionError if it does not end within 120 seconds
     */
    public static Result run(Class<?> main, List<String> without, String... args) throws IOException, InterruptedException {
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(e -> without.stream().noneMatch(e::contains))
                .collect(Collectors.joining(File.pathSeparator));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path out = Files.createTempFile("child", ".out");
        Path err = Files.createTempFile("child", ".err");
        try {
            List<String> command = new ArrayList<>(List.of(java.toString(), "-Djava.awt.headless=true",
                    "-cp", classPath, main.getName()));
            command.addAll(List.of(args));
            Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError(main.getName() + " did not end within 120 s");
            }
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
