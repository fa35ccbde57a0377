package org.milex.cli;

import java.util.function.Supplier;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Asking the library a question on behalf of a command. */
final class Questions {
    private Questions() {
    }

    /**
     * The answer, or a usage error saying why the question cannot be answered as asked: the library's
     * {@link IllegalArgumentException} (an unknown ally, a guideline without a published measure) or
     * {@link IllegalStateException} (an edition that lacks the figures) becomes one line and exit code 2.
     */
    static <T> T ask(CommandSpec spec, Supplier<T> question) {
        try {
            return question.get();
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new ParameterException(spec.commandLine(), oneLine(e.getMessage()), e);
        }
    }

    static String oneLine(String message) {
        return String.valueOf(message).replaceAll("\\s*\\R\\s*", " ");
    }
}
