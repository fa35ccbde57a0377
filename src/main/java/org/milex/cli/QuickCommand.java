package org.milex.cli;

import java.io.PrintWriter;

/**
 * A command that {@link QuickStart} can also run without picocli. Picocli's annotations stay the definition
 * of the command line (its help, its checks, its messages); {@link #take} reads the options most often given
 * the way picocli reads them, and {@code QuickStartTest} checks that it does.
 */
interface QuickCommand {
    /**
     * Takes an option as picocli would: {@code value} converted by the converter picocli uses for
     * {@code name}, into the field picocli sets.
     *
     * @param name the option's name as typed, e.g. {@code --year}
     * @param value its value, as typed
     * @return false if the quick path leaves this option to picocli
     * @throws RuntimeException if the converter refuses the value (picocli then reports it)
     */
    boolean take(String name, String value);

    /**
     * Runs the command with the options taken so far.
     *
     * @param out where the answer goes
     * @return the exit code
     */
    int run(PrintWriter out);
}
