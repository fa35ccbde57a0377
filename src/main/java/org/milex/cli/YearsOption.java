package org.milex.cli;

import java.util.Optional;
import org.milex.model.Edition;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The options {@code --year Y}, or {@code --from Y} and {@code --to Y}: the years a command asks about. */
final class YearsOption {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--year", paramLabel = "YEAR", description = "One year, e.g. 2024.")
    Optional<Integer> year = Optional.empty();

    @Option(names = "--from", paramLabel = "YEAR", description = "The first year (default: the edition's first).")
    Optional<Integer> from = Optional.empty();

    @Option(names = "--to", paramLabel = "YEAR", description = "The last year (default: the edition's last).")
    Optional<Integer> to = Optional.empty();

    /** The years chosen, checked against {@code edition}, or the default. */
    Years resolve(Edition edition, Years.Default whenNone) {
        return Years.resolve(spec, edition, year, from, to, "--from/--to", whenNone);
    }
}
