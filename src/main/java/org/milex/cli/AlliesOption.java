package org.milex.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.milex.model.Ally;
import picocli.CommandLine.Option;

/** The {@code --ally CODE} option, repeated or comma-separated: these allies only. */
final class AlliesOption {
    @Option(names = "--ally", paramLabel = "CODE", split = ",",
            description = "Only these allies, by ISO 3166 alpha-3 code (POL, DEU, ...); repeat or separate by commas.")
    List<String> codes = new ArrayList<>();

    /** Whether allies were chosen. */
    boolean isChosen() {
        return !codes.isEmpty();
    }

    /**
     * The codes chosen, upper-cased and checked.
     *
     * @throws Main.UsageException naming an unknown code
     */
    String[] codes() {
        List<String> out = new ArrayList<>();
        for (String c : codes) {
            String code = c.trim().toUpperCase(Locale.ROOT);
            try {
                Ally.of(code);
            } catch (IllegalArgumentException e) {
                throw new Main.UsageException(Questions.oneLine(e.getMessage()));
            }
            out.add(code);
        }
        return out.toArray(String[]::new);
    }
}
