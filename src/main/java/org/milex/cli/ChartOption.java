package org.milex.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.milex.chart.Chart;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The {@code --chart FILE.png|FILE.svg} option: also draw the answer, as PNG or SVG by the file's ending. */
final class ChartOption {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--chart", paramLabel = "FILE",
            description = "Also draw the answer into FILE, a PNG or an SVG by its ending (.png, .svg).")
    Optional<Path> file = Optional.empty();

    /**
     * Checks the file's ending before any work is done.
     *
     * @throws ParameterException if the file is neither .png nor .svg
     */
    void check() {
        file.ifPresent(f -> {
            if (!isPng(f) && !isSvg(f)) {
                throw new ParameterException(spec.commandLine(), "--chart writes a .png or an .svg file, not '" + f + "'");
            }
        });
    }

    /** Draws and writes the chart if one was asked for. */
    void write(Supplier<Chart> chart) {
        check();
        file.ifPresent(f -> {
            Chart c = chart.get();
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
