package org.milex.cli;

import java.util.Optional;
import org.milex.model.Edition;
import picocli.CommandLine.Option;

/** The options {@code --year Y}, or {@code --from Y} and {@code --to Y}: the years a command asks about. */
final class YearsOption implements QuickOptions {
    @Option(names = "--year", paramLabel = "YEAR", converter = Converters.YearConverter.class,
            description = "One year, e.g. 2024.")
    Optional<Integer> year = Optional.empty();

    @Option(names = "--from", paramLabel = "YEAR", converter = Converters.YearConverter.class,
            description = "The first year (default: the edition's first).")
    Optional<Integer> from = Optional.empty();

    @Option(names = "--to", paramLabel = "YEAR", converter = Converters.YearConverter.class,
            description = "The last year (default: the edition's last).")
    Optional<Integer> to = Optional.empty();

    /**
     * Takes {@code --year}, {@code --from} or {@code --to} as picocli does (with
     * {@link Converters.YearConverter}), for {@link QuickStart}; false for any other option.
     */
    @Override
    public boolean take(String name, String value) {
        switch (name) {
            case "--year" -> year = Optional.of(new Converters.YearConverter().convert(value));
            case "--from" -> from = Optional.of(new Converters.YearConverter().convert(value));
            case "--to" -> to = Optional.of(new Converters.YearConverter().convert(value));
            default -> {
                return false;
            }
        }
        return true;
    }

    /** The years chosen, checked against {@code edition}, or the default. */
    Years resolve(Edition edition, Years.Default whenNone) {
        return Years.resolve(edition, year, from, to, "--from/--to", whenNone);
    }
}
