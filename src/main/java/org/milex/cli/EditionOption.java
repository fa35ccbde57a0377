package org.milex.cli;

import java.util.Optional;
import org.milex.data.Dataset;
import org.milex.model.Edition;
import picocli.CommandLine.Option;

/** The {@code --edition ID} option; without it, the dataset's default edition. */
final class EditionOption implements QuickOptions {
    @Option(names = "--edition", paramLabel = "ID",
            description = "The edition to use, e.g. NATO-2025-08 (default: the newest complete one; "
                    + "'milex editions' lists them).")
    Optional<String> id = Optional.empty();

    /** Takes {@code --edition} as picocli does, for {@link QuickStart}; false for any other option. */
    @Override
    public boolean take(String name, String value) {
        if (!name.equals("--edition")) {
            return false;
        }
        id = Optional.of(value);
        return true;
    }

    /**
     * The edition asked for, or the dataset's default.
     *
     * @throws Main.UsageException naming the known editions if milex or the dataset has no such edition
     */
    Edition resolve(Dataset dataset) {
        return id.isEmpty() ? dataset.defaultEdition() : resolve(dataset, id.get());
    }

    /**
     * The edition {@code id} of {@code dataset}, embedded or imported into the data directory; a usage error
     * naming the editions milex knows, or those the dataset holds, when there is none.
     */
    static Edition resolve(Dataset dataset, String id) {
        try {
            if (dataset.editions().stream().anyMatch(e -> e.id().equals(id))) {
                return dataset.edition(id);  // embedded, or imported into the data directory
            }
            Edition.parse(id);              // unknown to milex: "…; milex knows NATO-2023-07, …"
            return dataset.edition(id);     // not in the user's files: "…; this dataset has …"
        } catch (IllegalArgumentException e) {
            throw new Main.UsageException(e.getMessage(), e);
        }
    }
}
