package org.milex.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.milex.chart.Chart;
import org.milex.internal.AtomicFiles;
import picocli.CommandLine.Option;

/** The {@code --chart FILE.png|FILE.svg} option: also draw the answer, as PNG or SVG by the file's ending. */
final class ChartOption {
    @Option(names = "--chart", paramLabel = "FILE",
            description = "Also draw the answer into FILE, a PNG or an SVG by its ending (.png, .svg).")
    Optional<Path> file = Optional.empty();

    /**
     * Checks the file's ending and that its directory exists, before any work is done.
     *
     * @throws Main.UsageException if the file is neither .png nor .svg, or its directory does not exist
     */
    void check() {
        file.ifPresent(f -> {
            if (!isPng(f) && !isSvg(f)) {
                throw new Main.UsageException("--chart writes a .png or an .svg file, not '" + f + "'");
            }
            Path dir = AtomicFiles.directoryOf(f);
            if (!Files.isDirectory(dir)) {
                throw new Main.UsageException("--chart " + f + ": the directory " + dir
                        + " does not exist (milex does not create it)");
            }
        });
    }

    /** Draws and writes the chart if one was asked for. */
    void write(Supplier<Chart> chart) {
        check();
        file.ifPresent(f -> {
            Chart c;
            try {
                c = chart.get();
            } catch (IllegalArgumentException e) {     // nothing to draw, e.g. a ranking of no figures
                throw new Main.Failure("--chart " + f + ": not drawn: " + e.getMessage());
            }
            if (isSvg(f)) {
                c.toSvg(f);
            } else {
                c.toPng(f);
            }
        });
    }

    private static boolean isPng(Path f) {
        return f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".png");
    }

    private static boolean isSvg(Path f) {
        return f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svg");
    }
}
