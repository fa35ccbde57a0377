package org.milex.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.milex.data.Dataset;
import org.milex.data.UserData;
import picocli.CommandLine.Option;

/**
 * The {@code --data FILE} option: read a user's data files (in milex's data form, for example written by
 * {@code milex export}) instead of the editions embedded in milex.
 */
final class DataOption implements QuickOptions {
    @Option(names = "--data", paramLabel = "FILE",
            description = "Read these data files (milex's CSV form, as 'milex export' writes it) instead of the "
                    + "editions milex ships. Repeat for several files.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "The data directory holding the editions you imported with 'milex import' "
                    + "(default: $MILEX_DATA_DIR, else .milex in your home directory).")
    Optional<Path> dataDir = Optional.empty();

    /**
     * Takes {@code --data-dir} as picocli does (its converter is {@code Paths.get}), for {@link QuickStart};
     * false for any other option, {@code --data} among them.
     */
    @Override
    public boolean take(String name, String value) {
        if (!name.equals("--data-dir")) {
            return false;
        }
        dataDir = Optional.of(Path.of(value));
        return true;
    }

    /** The user data directory: {@code --data-dir}, else {@link UserData#defaultDirectory()}. */
    Path dataDirectory() {
        return dataDir.orElseGet(UserData::defaultDirectory);
    }

    /**
     * The embedded editions with those imported into the data directory ({@link Dataset#installed(Path)}), or
     * the user's files read strictly.
     *
     * @throws Main.UsageException if a named file does not exist (a usage error)
     * @throws org.milex.DataFileException if a file is malformed (a data error)
     */
    Dataset dataset() {
        if (files.isEmpty()) {
            return Dataset.installed(dataDirectory());
        }
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                throw new Main.UsageException("no such data file: " + f);
            }
        }
        return Dataset.read(Dataset.knownEditions(dataDirectory()), files.toArray(Path[]::new));
    }
}
