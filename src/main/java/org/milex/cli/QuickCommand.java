package org.milex.cli;

import java.io.PrintWriter;
import java.util.List;

/**
 * A command that {@link QuickStart} can also run without picocli. Picocli's annotations stay the definition
 * of the command line (its help, its checks, its messages); {@link #take} reads the command's own options most
 * often given, and {@link #mixins} the shared option groups, the way picocli reads them; {@code QuickStartTest}
 * checks that they do.
 */
interface QuickCommand extends QuickOptions {
    /** The command's option groups (picocli mixins) that {@link QuickStart} reads, after its own options. */
    List<QuickOptions> mixins();

    /**
     * Runs the command with the options taken so far.
     *
     * @param out where the answer goes
     * @return the exit code
     */
    int run(PrintWriter out);
}
