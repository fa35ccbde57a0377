package org.milex.cli;

import static org.milex.cli.Questions.ask;

import java.io.PrintWriter;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.milex.chart.Charts;
import org.milex.data.Dataset;
import org.milex.model.Edition;
import org.milex.model.Guideline;
import org.milex.query.Compliance;
import org.milex.query.ComplianceHistory;
import org.milex.query.Query;
import org.milex.query.Rounding;
import org.milex.model.Share;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code milex compliance}: who meets a guideline in a year, or how many did year by year. */
@Command(name = "compliance", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Which allies meet a guideline in one year (default: the edition's last year): each member "
                + "with its published value, MEETS, BELOW or NO_FIGURE (Iceland), with the count in the title.",
                "With --from and/or --to: how many met it in each year of the range, with the members that year.",
                "Meeting means value >= threshold on the exact published value, or on NATO's two printed "
                        + "decimals with --rounding as-printed.",
                "--chart draws the allies ranked against the threshold (one year) or the count per year (a range)."})
final class ComplianceCommand implements Callable<Integer>, QuickCommand {
    @Spec
    CommandSpec spec;

    @Option(names = "--guideline", paramLabel = "ID", defaultValue = "GDP_2PCT",
            converter = Converters.GuidelineConverter.class,
            description = "GDP_2PCT (2%% of GDP, the default), EQUIPMENT_20PCT (20%% of defence expenditure on major "
                    + "equipment) or HAGUE_CORE_3_5PCT (3.5%% of GDP, compared with NATO's defence expenditure).")
    Guideline guideline = new Converters.GuidelineConverter().convert("GDP_2PCT");

    @Mixin
    YearsOption years = new YearsOption();

    @Option(names = "--rounding", paramLabel = "HOW", defaultValue = "exact",
            converter = Converters.RoundingConverter.class,
            description = "exact (the default) or as-printed (NATO's two decimals: 1.995 meets 2%%).")
    Rounding rounding = Rounding.EXACT;

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
        switch (name) {
            case "--guideline" -> guideline = new Converters.GuidelineConverter().convert(value);
            case "--rounding" -> rounding = new Converters.RoundingConverter().convert(value);
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
        if (guideline.measure().isEmpty()) {
            throw new Main.UsageException(guideline.id() + " has no published measure to check "
                    + "(NATO publishes no figure for it); compare shares of GDP with 'milex gaps --target "
                    + guideline.threshold().percent().stripTrailingZeros().toPlainString() + "'");
        }
        Dataset dataset = data.dataset();
        Edition e = edition.resolve(dataset);
        Years ys = years.resolve(e, Years.Default.LAST);
        Query q = ys.apply(Query.of(dataset).edition(e));
        if (ys.isSingle()) {
            Compliance c = ask(() -> q.compliance(guideline, rounding));
            Output.print(format.format(), Answer.of(c.rows()), out);
            chart.write(() -> {
                Map<String, Share> shares = new LinkedHashMap<>();
                c.standings().forEach(s -> s.value().ifPresent(v -> shares.put(s.name(), v)));
                List<String> withoutFigure = c.standings().stream().filter(s -> s.value().isEmpty()).map(s -> s.name()).toList();
                return Charts.ranking(shares, guideline, withoutFigure).withTitle(guideline.name() + ", " + c.year()
                        + (c.isEstimate() ? "e" : "") + " (" + e + ")");
            });
        } else {
            ComplianceHistory h = ask(() -> q.complianceHistory(guideline, rounding));
            Output.print(format.format(), Answer.of(h.counts()), out);
            chart.write(() -> {
                Map<Year, Integer> counts = new LinkedHashMap<>();
                h.counts().forEach(c -> counts.put(c.year(), c.meeting()));
                return Charts.compliancePerYear(counts, guideline).withTitle("Allies meeting " + guideline.name()
                        + ", " + ys + " (" + e + ")");
            });
        }
        return 0;
    }
}
