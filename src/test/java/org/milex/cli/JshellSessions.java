package org.milex.cli;

import java.io.IOException;
import java.nio.file.Path;
import jdk.jshell.JShell;

/**
 * JShell sessions as {@code ./jshell.sh} opens them, for tests outside this package (the README's examples):
 * public only because tests of other packages need it.
 */
public final class JshellSessions {
    private JshellSessions() {
    }

    /** A session on the test class path with JShell's default imports and milex's start-up evaluated. */
    public static JShell session() throws IOException {
        return JshellScriptsTest.session();
    }

    /** Evaluates a script line by line, as the jshell tool does, failing on a rejected snippet or an exception. */
    public static void run(JShell shell, Path file, String text) {
        JshellScriptsTest.run(shell, file, text);
    }
}
