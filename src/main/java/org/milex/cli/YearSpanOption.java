package org.milex.cli;

import java.util.Optional;
import org.milex.model.Edition;
import picocli.CommandLine.Option;

/**
 * The options {@code --year Y} or {@code --years FROM-TO}, for commands whose {@code --to} names something
 * else ({@code revisions --to EDITION}).
 */
final class YearSpanOption {
    @Option(names = "--year", paramLabel = "YEAR", converter = Converters.YearConverter.class,
            description = "One year, e.g. 2024.")
    Optional<Integer> year = Optional.empty();

    @Option(names = "--years", paramLabel = "FROM-TO", description = "A range of years, e.g. 2022-2024.")
    Optional<String> years = Optional.empty();

    /** The years chosen, checked against {@code edition}, or the default. */
    Years resolve(Edition edition, Years.Default whenNone) {
        Optional<Integer> from = Optional.empty();
        Optional<Integer> to = Optional.empty();
        if (years.isPresent()) {
            String[] parts = years.get().split("-", -1);
            if (parts.length != 2 || !parts[0].matches("\\d{4}") || !parts[1].matches("\\d{4}")) {
                throw new Main.UsageException(
                        "Invalid value for option '--years': expected FROM-TO such as 2022-2024, not '" + years.get() + "'");
            }
            from = Optional.of(Integer.parseInt(parts[0]));
            to = Optional.of(Integer.parseInt(parts[1]));
        }
        return Years.resolve(edition, year, from, to, "--years", whenNone);
    }
}
