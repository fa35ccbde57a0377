package org.milex.usaspending;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** {@link UsaSpendingFeed}'s small-feed helpers for tests in other packages. */
public final class UsaSpendingFeedFiles {
    private UsaSpendingFeedFiles() {
    }

    /** A valid row in the published layout, see {@link UsaSpendingFeed#row}. */
    public static Map<String, String> row(String piid, String mod, String date, String obligation) {
        return UsaSpendingFeed.row(piid, mod, date, obligation);
    }

    /** Writes the published header and the rows. */
    public static Path write(Path file, List<Map<String, String>> rows) {
        return UsaSpendingFeed.write(file, rows);
    }
}
