package org.milex.cli;

import static org.milex.cli.Questions.ask;

import java.io.PrintWriter;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.milex.chart.Charts;
import org.milex.chart.Series;
import org.milex.data.Dataset;
import org.milex.model.AllyGroup;
import org.milex.model.Edition;
import org.milex.model.Guideline;
import org.milex.model.Share;
import org.milex.query.GroupShare;
import org.milex.query.Query;
import org.milex.query.Rows;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code milex share}: a group's combined share of GDP, year by year. */
@Command(name = "share", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"A group's defence expenditure as a share of GDP, year by year (default: every year of the "
                + "edition): combined = sum of expenditure / sum of real GDP over the year's members, as NATO "
                + "computes its rows, beside the mean and median of the members' shares and NATO's published row.",
                "For an edition without the members' money figures the combined share is NATO's published row "
                        + "(method PUBLISHED_ROW).",
                "--chart draws the combined share over time with the 2%% line."})
final class ShareCommand implements Callable<Integer>, QuickCommand {
    @Spec
    CommandSpec spec;

    @Option(names = "--group", paramLabel = "GROUP", defaultValue = "EUROPE_CANADA",
            converter = Converters.GroupConverter.class,
            description = "EUROPE_CANADA (NATO Europe and Canada, the default), NATO or EUROPEAN_ALLIES.")
    AllyGroup group = new Converters.GroupConverter().convert("EUROPE_CANADA");

    @Mixin
    YearsOption years = new YearsOption();

    @Mixin
    EditionOption edition = new EditionOption();

    @Mixin
    FormatOption format = new FormatOption();

    @Mixin
    ChartOption chart = new ChartOption();

    @Mixin
    DataOption data = new DataOption();

    @Override
    public Integer call() {
        return run(spec.commandLine().getOut());
    }

    /** Takes the options {@link QuickStart} reads; {@code --chart} and {@code --data} are left to picocli. */
    @Override
    public boolean take(String name, String value) {
        if (name.equals("--group")) {
            group = new Converters.GroupConverter().convert(value);
            return true;
        }
        return false;
    }

    @Override
    public List<QuickOptions> mixins() {
        return List.of(years, edition, format, data);
    }

    @Override
    public int run(PrintWriter out) {
        chart.check();
        Dataset dataset = data.dataset();
        Edition e = edition.resolve(dataset);
        Years ys = years.resolve(e, Years.Default.ALL);
        Query q = ys.apply(Query.of(dataset).edition(e)).group(group);
        Rows<GroupShare> rows = ask(q::groupSharesOrPublished);
        Output.print(format.format(), Answer.of(rows), out);
        chart.write(() -> {
            Map<Year, Share> combined = new TreeMap<>();
            rows.forEach(r -> combined.put(r.year(), r.combined()));
            return Charts.shareOverTime(List.of(Series.of(group.name(), combined)), Guideline.twoPercentOfGdp())
                    .withTitle(group.name() + ", defence expenditure as a share of GDP, " + ys + " (" + e + ")");
        });
        return 0;
    }
}
