package org.milex.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.milex.data.Dataset;
import org.milex.model.Edition;
import org.milex.query.BurdenSharingReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code milex report}: the burden-sharing report for one year. */
@Command(footer = {"", "Not taken: --chart (the report is several sections of text; 'compliance', 'share' and 'gaps' draw theirs with --chart)."}, name = "report", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"The burden-sharing report for one year (default: the newest complete edition and its last "
                + "year): how many allies meet each guideline, who does and who does not; the combined shares of "
                + "GDP of NATO and of NATO Europe and Canada; their totals in US dollars; the largest gaps to 2%% of "
                + "GDP in money; and the edition and sources the figures rest on. Estimates are flagged with e.",
                "--format json gives the report as one object; csv is for the individual answers "
                        + "(compliance, share, totals, gaps)."})
final class ReportCommand implements Callable<Integer>, QuickCommand {
    @Spec
    CommandSpec spec;

    @Option(names = "--year", paramLabel = "YEAR", converter = Converters.YearConverter.class,
            description = "The year (default: the edition's last).")
    Optional<Integer> year = Optional.empty();

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

    @Override
    public boolean take(String name, String value) {
        if (name.equals("--year")) {
            year = Optional.of(new Converters.YearConverter().convert(value));
            return true;
        }
        return false;
    }

    @Override
    public List<QuickOptions> mixins() {
        return List.of(edition, format, data);
    }

    @Override
    public int run(PrintWriter out) {
        if (format.format() == Format.CSV) {
            throw new Main.UsageException("the report is several tables: use --format table or "
                    + "json, or ask one answer as CSV (milex compliance|share|totals|gaps --format csv)");
        }
        Dataset dataset = data.dataset();
        Edition e = edition.resolve(dataset);
        Years ys = Years.resolve(e, year, Optional.empty(), Optional.empty(), "", Years.Default.LAST);
        BurdenSharingReport report = BurdenSharingReport.of(dataset, e, ys.from());
        if (format.format() == Format.JSON) {
            Report.printJson(report, out);
        } else {
            out.print(report);
            out.flush();
        }
        return 0;
    }
}
