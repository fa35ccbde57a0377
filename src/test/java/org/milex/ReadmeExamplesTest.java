package org.milex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.milex.cli.JshellSessions;

/**
 * Keeps README.md's examples true word for word: every {@code ```java} block is evaluated through the JShell
 * API with the start-up of {@code ./jshell.sh}, failing on a rejected snippet or an exception. In a transcript
 * block, each {@code jshell> snippet} followed by {@code $n ==> value} (or {@code name ==> value}) must show the
 * value JShell shows, over as many lines as follow up to the next prompt or blank line; a line {@code …} stands
 * for lines left out. A prompt followed by a blank line or another prompt is only run. A block fenced
 * {@code ```java no-run} (one that needs the reader's own files) is only listed, not run.
 */
class ReadmeExamplesTest {
    private static final Path README = Path.of("README.md");
    private static final Pattern FENCE = Pattern.compile("(?ms)^```(\\S*)([^\\n]*)\\n(.*?)^```\\s*$");
    private static final Pattern PROMPT = Pattern.compile("^jshell> (.*)$");
    private static final Pattern VALUE = Pattern.compile("^(?:\\$\\d+|[A-Za-z_][A-Za-z0-9_]*) ==> (.*?)(\\s{2,}//.*)?$");
    /** In a shown value, a line holding only this stands for any lines JShell prints there. */
    private static final String ELISION = "…";

    /** A fenced block: its line in README.md, its info string and its text. */
    record Block(int line, String language, String options, String text) {
        boolean isTranscript() {
            return text.lines().anyMatch(l -> l.startsWith("jshell> "));
        }

        @Override
        public String toString() {
            return "README.md:" + line + " (" + text.lines().findFirst().orElse("") + ")";
        }
    }

    static List<Block> blocks() throws IOException {
        String text = Files.readString(README);
        List<Block> out = new ArrayList<>();
        Matcher m = FENCE.matcher(text);
        while (m.find()) {
            int line = (int) text.substring(0, m.start()).lines().count() + 1;
            out.add(new Block(line, m.group(1), m.group(2).strip(), m.group(3)));
        }
        return out;
    }

    static Stream<Block> javaBlocks() throws IOException {
        return blocks().stream().filter(b -> b.language().equals("java") && !b.options().equals("no-run"));
    }

    @Test
    void theReadmeHasRunnableJavaExamplesAndMarksTheOthers() throws IOException {
        List<Block> java = blocks().stream().filter(b -> b.language().equals("java")).toList();
        assertThat(javaBlocks().count()).isGreaterThanOrEqualTo(7);
        // The only examples not run are those that need the reader's own files.
        assertThat(java.stream().filter(b -> b.options().equals("no-run")))
                .allMatch(b -> b.text().contains("Path.of("), "reads the reader's own files");
        assertThat(java.stream().map(Block::options)).allMatch(o -> o.isEmpty() || o.equals("no-run"));
    }

    @ParameterizedTest
    @MethodSource("javaBlocks")
    void everyJavaExampleRuns(Block block) throws IOException {
        try (JShell shell = JshellSessions.session()) {
            if (block.isTranscript()) {
                transcript(shell, block);
            } else {
                JshellSessions.run(shell, Path.of(block.toString()), block.text());
            }
        }
    }

    /** Evaluates each {@code jshell>} line and compares its value with the lines shown after it. */
    private static void transcript(JShell shell, Block block) {
        List<String> lines = block.text().lines().toList();
        int checked = 0;
        for (int i = 0; i < lines.size(); i++) {
            Matcher prompt = PROMPT.matcher(lines.get(i));
            if (!prompt.matches()) {
                continue;
            }
            String value = value(shell, block, prompt.group(1));
            List<String> shown = new ArrayList<>();
            for (int j = i + 1; j < lines.size() && !lines.get(j).isBlank() && !PROMPT.matcher(lines.get(j)).matches(); j++) {
                shown.add(lines.get(j));
            }
            if (shown.isEmpty()) {
                continue;
            }
            Matcher first = VALUE.matcher(shown.get(0));
            if (!first.matches()) {
                fail(block + ": no '$n ==> value' line after 'jshell> " + prompt.group(1) + "'");
            }
            shown.set(0, first.group(1));
            assertShown(value, shown, block + ": jshell> " + prompt.group(1));
            checked++;
        }
        assertThat(checked).as("prompts checked in " + block).isPositive();
    }

    /** The value equals the lines shown, where each {@code …} line may stand for any lines. */
    static void assertShown(String value, List<String> shown, String where) {
        List<String> actual = value.lines().toList();
        if (!shown.contains(ELISION)) {
            assertThat(String.join("\n", actual)).as(where).isEqualTo(String.join("\n", shown));
            return;
        }
        int at = 0;
        boolean skipping = false;
        for (String want : shown) {
            if (want.equals(ELISION)) {
                skipping = true;
                continue;
            }
            int found = -1;
            for (int k = at; k < actual.size() && (skipping || k == at); k++) {
                if (actual.get(k).equals(want)) {
                    found = k;
                    break;
                }
            }
            if (found < 0) {
                fail(where + ": expected the line\n" + want + "\n" + (skipping ? "after" : "right after") + " line " + at
                        + " of the value JShell shows:\n" + value);
            }
            at = found + 1;
            skipping = false;
        }
        if (!skipping && at != actual.size()) {
            fail(where + ": the value JShell shows goes on after the lines shown:\n" + value);
        }
    }

    private static String value(JShell shell, Block block, String source) {
        List<SnippetEvent> events = shell.eval(source);
        for (SnippetEvent e : events) {
            if (e.status() == Snippet.Status.REJECTED) {
                fail(block + ": rejected: " + source + "\n" + shell.diagnostics(e.snippet())
                        .map(d -> d.getMessage(null)).collect(Collectors.joining("; ")));
            }
            if (e.exception() != null) {
                String name = e.exception() instanceof EvalException ee ? ee.getExceptionClassName()
                        : e.exception().getClass().getName();
                fail(block + ": " + source + " threw " + name + ": " + e.exception().getMessage());
            }
        }
        return events.get(events.size() - 1).value();
    }
}
