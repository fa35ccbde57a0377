package org.milex.cli;

import static org.milex.cli.Questions.ask;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.milex.data.Dataset;
import org.milex.model.AllyGroup;
import org.milex.model.Edition;
import org.milex.model.PriceBasis;
import org.milex.query.Query;
import org.milex.query.Rows;
import org.milex.query.Total;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code milex totals}: defence expenditure and GDP of a group, or of allies, in US dollars. */
@Command(footer = {"", "Not taken: --chart (a table of money in two price bases; 'gaps --chart' draws what it would take to reach a target)."}, name = "totals", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Defence expenditure and GDP in millions of US dollars, year by year (default: every year "
                + "of the edition): a group's sums over the year's members (default NATO), or with --ally each "
                + "ally's own figures.",
                "GDP at constant prices is real GDP, as in NATO's share of GDP."})
final class TotalsCommand implements Callable<Integer>, QuickCommand {
    @Spec
    CommandSpec spec;

    @Option(names = "--basis", paramLabel = "BASIS", defaultValue = "current", converter = Converters.Basis.Converter.class,
            description = "current (the default) or constant (the edition's constant prices, e.g. 2015).")
    Converters.Basis basis = Converters.Basis.CURRENT;

    @Option(names = "--group", paramLabel = "GROUP", defaultValue = "NATO", converter = Converters.GroupConverter.class,
            description = "NATO (the default), EUROPE_CANADA or EUROPEAN_ALLIES.")
    AllyGroup group = new Converters.GroupConverter().convert("NATO");

    @Mixin
    AlliesOption allies = new AlliesOption();

    @Mixin
    YearsOption years = new YearsOption();

    @Mixin
    EditionOption edition = new EditionOption();

    @Mixin
    FormatOption format = new FormatOption();

    @Mixin
    DataOption data = new DataOption();

    @Override
    public Integer call() {
        return run(spec.commandLine().getOut());
    }

    /** Takes the options {@link QuickStart} reads; {@code --ally} and {@code --data} are left to picocli. */
    @Override
    public boolean take(String name, String value) {
        switch (name) {
            case "--basis" -> basis = new Converters.Basis.Converter().convert(value);
            case "--group" -> group = new Converters.GroupConverter().convert(value);
            default -> {
                return false;
            }
        }
        return true;
    }

    @Override
    public List<QuickOptions> mixins() {
        return List.of(years, edition, format, data);
    }

    @Override
    public int run(PrintWriter out) {
        Dataset dataset = data.dataset();
        Edition e = edition.resolve(dataset);
        Years ys = years.resolve(e, Years.Default.ALL);
        PriceBasis b = basis.of(e);
        Query q = ys.apply(Query.of(dataset).edition(e));
        Rows<Total> rows = allies.isChosen()
                ? ask(() -> q.allies(allies.codes()).totals(b))
                : ask(() -> q.group(group).groupTotals(b));
        Output.print(format.format(), Answer.of(rows), out);
        return 0;
    }
}
