package org.milex.cli;

import java.util.function.Supplier;

/** Asking the library a question on behalf of a command. */
final class Questions {
    private Questions() {
    }

    /**
     * The answer, or a usage error saying why the question cannot be answered as asked: the library's
     * {@link IllegalArgumentException} (an unknown ally, a guideline without a published measure) or
     * {@link IllegalStateException} (an edition that lacks the figures) becomes one line and exit code 2.
     */
    static <T> T ask(Supplier<T> question) {
        try {
            return question.get();
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new Main.UsageException(oneLine(e.getMessage()), e);
        }
    }

    static String oneLine(String message) {
        return String.valueOf(message).replaceAll("\\s*\\R\\s*", " ");
    }
}
