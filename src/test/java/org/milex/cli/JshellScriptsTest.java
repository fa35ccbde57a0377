package org.milex.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the JShell start-up script and every {@code notebooks/*.jsh} through the {@code jdk.jshell} API (the
 * {@code jshell} tool exits 0 even after an exception), failing on a rejected snippet or an exception and
 * naming the snippet; and checks that each notebook's cells, prose and code, are its {@code .jsh} twin's.
 */
class JshellScriptsTest {
    private static final Path STARTUP = Path.of("src/main/jshell/milex.jsh");
    private static final Path NOTEBOOKS = Path.of("notebooks");

    static Stream<Path> scripts() throws IOException {
        try (Stream<Path> files = Files.list(NOTEBOOKS)) {
            return files.filter(f -> f.toString().endsWith(".jsh")).sorted().toList().stream();
        }
    }

    static Stream<Path> notebooks() throws IOException {
        try (Stream<Path> files = Files.list(NOTEBOOKS)) {
            return files.filter(f -> f.toString().endsWith(".ipynb")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("scripts")
    void scriptRunsWithoutErrors(Path script) throws IOException {
        try (JShell shell = session()) {
            run(shell, script, Files.readString(script));
        }
    }

    @ParameterizedTest
    @MethodSource("notebooks")
    void notebookHasTheSameCellsAsItsJshTwin(Path notebook) throws IOException {
        Path twin = Path.of(notebook.toString().replaceAll("\\.ipynb$", ".jsh"));
        assertThat(twin).as("the .jsh twin of " + notebook).exists();
        List<String> notebookCells = new ArrayList<>();
        for (JsonNode cell : new ObjectMapper().readTree(notebook.toFile()).get("cells")) {
            StringBuilder source = new StringBuilder();
            cell.get("source").forEach(line -> source.append(line.asText()));
            String text = source.toString().lines().filter(l -> !l.startsWith("%jars "))
                    .collect(Collectors.joining("\n"));
            notebookCells.add(cell.get("cell_type").asText() + ":\n" + text);
        }
        assertThat(notebookCells).as(notebook + " against its twin " + twin
                + " (regenerate it with: bash scripts/run-notebooks.sh --write)").isEqualTo(cells(Files.readString(twin)));
    }

    @Test
    void theTwinCheckSeesProseThatDrifted() throws IOException {
        String twin = "// twin\n\n// # The question\n//\n// Why?\n\nvar x = 1;\n// a comment\nx\n\n// ## Findings\n";
        assertThat(cells(twin)).containsExactly("markdown:\n# The question\n\nWhy?", "code:\nvar x = 1;\n// a comment\nx",
                "markdown:\n## Findings");
        assertThat(cells(twin.replace("Why?", "Why not?"))).isNotEqualTo(cells(twin));
    }

    /**
     * The cells scripts/jsh-to-ipynb.py makes of a twin: blocks between blank lines, the first (the note saying it is
     * a twin) skipped; a block of only {@code //} lines is a Markdown cell (the {@code // } taken off), any other a
     * code cell, comments included.
     */
    static List<String> cells(String twin) {
        List<List<String>> blocks = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String line : twin.lines().toList()) {
            if (!line.isBlank()) {
                current.add(line);
            } else if (!current.isEmpty()) {
                blocks.add(current);
                current = new ArrayList<>();
            }
        }
        if (!current.isEmpty()) {
            blocks.add(current);
        }
        List<String> cells = new ArrayList<>();
        for (List<String> block : blocks.subList(Math.min(1, blocks.size()), blocks.size())) {
            if (block.stream().allMatch(l -> l.stripLeading().startsWith("//"))) {
                cells.add("markdown:\n" + block.stream().map(String::stripLeading)
                        .map(l -> l.startsWith("// ") ? l.substring(3) : l.substring(2)).collect(Collectors.joining("\n")));
            } else {
                cells.add("code:\n" + String.join("\n", block));
            }
        }
        return cells;
    }

    /** The start-up script, as ./jshell.sh loads it, less the jshell tool's commands (/set …) the API does not take. */
    static String startup() throws IOException {
        return Files.readString(STARTUP).lines().filter(l -> !l.startsWith("/"))
                .collect(Collectors.joining("\n", "", "\n"));
    }

    @Test
    void jshellPrintsResultsWhole() throws IOException {
        // JShell's normal feedback mode cuts values at 1000 characters ('/set truncation normal'); ./jshell.sh uses
        // a copy of it without the cut, so a 33-row table prints whole
        assertThat(Files.readString(Path.of("jshell.sh"))).contains("/set truncation milex 1000000", "--feedback milex");
    }

    /** JShell's DEFAULT start-up imports, which ./jshell.sh loads before milex's. */
    static final String JSHELL_DEFAULT = String.join("\n", "import java.io.*;", "import java.math.*;",
            "import java.net.*;", "import java.nio.file.*;", "import java.util.*;", "import java.util.concurrent.*;",
            "import java.util.function.*;", "import java.util.prefs.*;", "import java.util.regex.*;",
            "import java.util.stream.*;", "");

    /** A JShell on the test class path with JShell's default imports and milex's start-up evaluated. */
    static JShell session() throws IOException {
        JShell shell = JShell.builder().executionEngine("local").build();
        for (String entry : testClassPath()) {
            shell.addToClasspath(entry);
        }
        run(shell, Path.of("DEFAULT"), JSHELL_DEFAULT);
        run(shell, STARTUP, startup());
        return shell;
    }

    @Test
    void everyPublicTypeOfTheImportedPackagesHasAnUnambiguousSimpleName() throws Exception {
        List<String> packages = startup().lines().filter(l -> l.startsWith("import org.milex."))
                .map(l -> l.substring("import ".length(), l.length() - ".*;".length())).toList();
        assertThat(packages).contains("org.milex.model", "org.milex.data", "org.milex.query", "org.milex.stats",
                "org.milex.table", "org.milex.procurement", "org.milex.chart");
        List<String> names = new ArrayList<>();
        for (String pkg : packages) {
            Path dir = Path.of("target/classes", pkg.replace('.', '/'));
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.filter(x -> x.toString().endsWith(".class") && !x.toString().contains("$")).toList()) {
                    String simple = f.getFileName().toString().replace(".class", "");
                    Class<?> type = Class.forName(pkg + "." + simple, false, getClass().getClassLoader());
                    if (java.lang.reflect.Modifier.isPublic(type.getModifiers())) {
                        names.add(simple);
                    }
                }
            }
        }
        assertThat(names).contains("Dataset", "Query", "Total", "ConvertedTotal", "TextTable", "Charts", "Trends");
        // Common JDK names stay usable too.
        names.addAll(List.of("List", "Map", "Optional", "Year", "LocalDate", "Path", "Files", "Collectors",
                "Function", "BigDecimal", "Currency", "Stream"));
        try (JShell shell = session()) {
            for (String name : names) {
                eval(shell, STARTUP, name + ".class");
            }
        }
    }

    /** Feeds the text line by line, as the jshell tool does, evaluating each snippet once it is complete. */
    static void run(JShell shell, Path file, String text) {
        SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
        String pending = "";
        for (String line : text.split("\n", -1)) {
            pending += line + "\n";
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(pending);
            while (info.completeness().isComplete()) {
                if (info.completeness() != SourceCodeAnalysis.Completeness.EMPTY) {
                    eval(shell, file, info.source());
                }
                pending = info.remaining();
                if (pending.isBlank()) {
                    break;
                }
                info = analysis.analyzeCompletion(pending);
            }
        }
        if (!pending.lines().allMatch(l -> l.isBlank() || l.strip().startsWith("//"))) {
            fail(file + ": incomplete snippet at the end: " + pending.strip());
        }
    }

    static void eval(JShell shell, Path file, String source) {
        for (SnippetEvent event : shell.eval(source)) {
            Snippet snippet = event.snippet();
            if (event.status() == Snippet.Status.REJECTED) {
                String diagnostics = shell.diagnostics(snippet).map(d -> d.getMessage(null))
                        .collect(Collectors.joining("; "));
                fail(file + ": snippet rejected: " + source.strip() + "\n" + diagnostics);
            }
            if (event.status() == Snippet.Status.RECOVERABLE_NOT_DEFINED
                    || event.status() == Snippet.Status.RECOVERABLE_DEFINED) {
                fail(file + ": snippet refers to something undefined: " + source.strip() + "\n"
                        + shell.unresolvedDependencies((jdk.jshell.DeclarationSnippet) snippet).toList());
            }
            if (event.exception() != null) {
                Exception e = event.exception();
                String name = e instanceof EvalException ee ? ee.getExceptionClassName() : e.getClass().getName();
                fail(file + ": snippet threw " + name + ": " + e.getMessage() + "\n" + source.strip(), e);
            }
        }
    }

    /** Surefire may hide the class path in a manifest-only jar; it names the real one in a property. */
    static List<String> testClassPath() {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Stream.of(cp.split(File.pathSeparator)).filter(s -> !s.isBlank()).toList();
    }

}
