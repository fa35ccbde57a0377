package org.milex.cli;

import static org.milex.cli.Questions.ask;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.milex.chart.Charts;
import org.milex.data.Dataset;
import org.milex.model.AllyGroup;
import org.milex.model.Edition;
import org.milex.model.Guideline;
import org.milex.model.Money;
import org.milex.model.PriceBasis;
import org.milex.query.Gap;
import org.milex.query.Query;
import org.milex.query.Rows;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code milex gaps}: how much more each ally, or a group, would spend to reach a share of GDP. */
@Command(name = "gaps", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"How much more each ally would have had to spend to reach a target share of GDP, in "
                + "millions of US dollars, from NATO's published share of GDP: gap = max(0, (target - published "
                + "share) / 100 x GDP), so an ally counted as meeting the target has no gap; for one year (default: "
                + "the edition's last) or a range; the notes give the sum over the allies.",
                "With --group: the group's collective gap, max(0, (target - combined share) / 100 x sum of GDP), the "
                + "combined share being sum of expenditure / sum of real GDP at constant prices, as NATO's rows.",
                "--chart draws the allies' gaps for one year, largest first."})
final class GapsCommand implements Callable<Integer>, QuickCommand {
    @Spec
    CommandSpec spec;

    @Option(names = "--target", paramLabel = "PCT", defaultValue = "2", converter = Converters.TargetConverter.class,
            description = "2 (the default), 3.5 (The Hague's core target) or 5 (The Hague's total), percent of GDP.")
    Guideline target = new Converters.TargetConverter().convert("2");

    @Option(names = "--basis", paramLabel = "BASIS", defaultValue = "current", converter = Converters.Basis.Converter.class,
            description = "current (the default) or constant (the edition's constant prices, against real GDP).")
    Converters.Basis basis = Converters.Basis.CURRENT;

    @Option(names = "--group", paramLabel = "GROUP", converter = Converters.GroupConverter.class,
            description = "The collective gap of NATO, EUROPE_CANADA or EUROPEAN_ALLIES instead of each ally's.")
    AllyGroup group;

    @Mixin
    AlliesOption allies = new AlliesOption();

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

    /** Takes the options {@link QuickStart} reads; {@code --ally}, {@code --chart} and {@code --data} are left to picocli. */
    @Override
    public boolean take(String name, String value) {
        switch (name) {
            case "--target" -> target = new Converters.TargetConverter().convert(value);
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
        chart.check();
        if (group != null && allies.isChosen()) {
            throw new Main.UsageException("--group and --ally exclude each other");
        }
        Dataset dataset = data.dataset();
        Edition e = edition.resolve(dataset);
        Years ys = years.resolve(e, Years.Default.LAST);
        if (chart.file.isPresent() && !ys.isSingle()) {
            throw new Main.UsageException("--chart draws the gaps of one year: add --year");
        }
        PriceBasis b = basis.of(e);
        Query q = ys.apply(Query.of(dataset).edition(e));
        Rows<Gap> rows = group != null ? ask(() -> q.group(group).groupGaps(target.threshold(), b))
                : allies.isChosen() ? ask(() -> q.allies(allies.codes()).gaps(target.threshold(), b))
                : ask(() -> q.gaps(target.threshold(), b));
        Output.print(format.format(), Answer.of(rows), out);
        chart.write(() -> {
            Map<String, Money> gaps = new LinkedHashMap<>();
            rows.stream().filter(g -> g.gap().isPositive()).forEach(g -> gaps.put(g.name(), g.gap()));
            if (gaps.isEmpty()) {
                rows.forEach(g -> gaps.put(g.name(), g.gap()));
            }
            return Charts.gapToTarget(gaps, target).withTitle("Gap to " + target.threshold() + " of GDP, " + ys
                    + (e.isEstimate(ys.from()) ? "e" : "") + ", USD million, " + b + " (" + e + ")");
        });
        return 0;
    }
}
