package org.milex.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.milex.chart.HistoryChart;
import org.milex.data.Dataset;
import org.milex.data.History;
import org.milex.model.Ally;
import org.milex.model.AllyGroup;
import org.milex.model.Measure;
import org.milex.model.Subject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code milex history --ally POL --year 2024 --measure share}: one figure as each edition published it. */
@Command(footer = {"", "Not taken: --edition (a history runs across every edition; --as-of keeps those published by a date)."}, name = "history", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"One figure as each edition published it, oldest edition first: value, estimate mark, "
                + "definition and source; a note on every row where the editions measure different things (defence "
                + "or core defence expenditure, or another price base).",
                "--as-of DATE gives the edition known on that day: the newest published on or before it."})
final class HistoryCommand implements Callable<Integer> {
    /** Short words for the measures asked about most; any measure column name works too. */
    static final Map<String, Measure> WORDS = Map.of("share", Measure.SHARE_OF_GDP, "equipment", Measure.EQUIPMENT_SHARE,
            "expenditure", Measure.EXPENDITURE_USD_CURRENT, "real-change", Measure.REAL_CHANGE,
            "personnel", Measure.PERSONNEL, "gdp", Measure.GDP_USD_CURRENT);

    static final Output<History.Vintage> OUTPUT = Output.of(History.Vintage.class)
            .with("edition", History.Vintage::edition)
            .with("published", History.Vintage::published)
            .with("value", History.Vintage::value)
            .with("estimate", History.Vintage::estimate)
            .with("definition", v -> v.definition().name())
            .with("coverage", v -> v.edition().coverage())
            .with("source", History.Vintage::source)
            .with("note", History.Vintage::note);

    @Spec
    CommandSpec spec;

    @Option(names = "--ally", paramLabel = "CODE", description = "The ally, by ISO 3166 alpha-3 code (POL).")
    Optional<String> ally = Optional.empty();

    @Option(names = "--group", paramLabel = "GROUP", converter = Converters.GroupConverter.class,
            description = "Or a group: NATO, EUROPE_CANADA.")
    Optional<AllyGroup> group = Optional.empty();

    @Option(names = "--year", paramLabel = "YEAR", required = true, description = "The year the figure is for.")
    int year;

    @Option(names = "--measure", paramLabel = "MEASURE", defaultValue = "share",
            description = "share, equipment, expenditure (USD, current prices), real-change, personnel, gdp, or any "
                    + "measure column (default: ${DEFAULT-VALUE}).")
    String measure;

    @Option(names = "--as-of", paramLabel = "DATE", description = "Only the edition known on DATE (YYYY-MM-DD).")
    Optional<LocalDate> asOf = Optional.empty();

    @Mixin
    FormatOption format;

    @Mixin
    ChartOption chart;

    @Mixin
    DataOption data;

    @Override
    public Integer call() {
        chart.check();
        Subject subject = subject();
        Measure m = measure();
        java.time.Year y;
        try {
            y = java.time.Year.of(year);
        } catch (java.time.DateTimeException e) {
            throw new Main.UsageException("--year: not a year: " + year);
        }
        Dataset dataset = data.dataset();
        History h = dataset.history(subject, y, m);
        List<History.Vintage> rows = asOf.map(d -> h.asOf(d).map(List::of).orElse(List.of())).orElse(h.vintages());
        OUTPUT.print(format.format(), rows, spec.commandLine().getOut());
        if (rows.isEmpty()) {
            spec.commandLine().getErr().println("milex: no edition" + asOf.map(d -> " published by " + d).orElse("")
                    + " publishes " + m.column() + " for " + subject.code() + " " + y);
        }
        chart.write(() -> HistoryChart.of(h));
        return 0;
    }

    private Subject subject() {
        if (ally.isPresent() == group.isPresent()) {
            throw new Main.UsageException("name one ally (--ally POL) or one group (--group NATO)");
        }
        if (group.isPresent()) {
            return group.get();
        }
        try {
            return Ally.of(ally.get().trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Main.UsageException(Questions.oneLine(e.getMessage()));
        }
    }

    private Measure measure() {
        String w = measure.trim().toLowerCase(Locale.ROOT);
        Measure m = WORDS.get(w);
        if (m != null) {
            return m;
        }
        return Measure.fromColumn(w).orElseThrow(() -> new Main.UsageException("--measure: expected "
                + "share, equipment, expenditure, real-change, personnel, gdp or a measure column, not '" + measure + "'"));
    }
}
