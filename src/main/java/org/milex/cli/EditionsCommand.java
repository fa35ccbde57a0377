package org.milex.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.milex.data.Dataset;
import org.milex.model.Edition;
import org.milex.model.PriceBasis;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code milex editions}: the editions milex holds, oldest first. */
@Command(footer = {"", "Not taken: --edition (it lists them all) and --chart."}, name = "editions", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"List the editions milex holds, oldest first: title, publication and cut-off dates, "
                + "the base year of constant prices, and how much of each milex holds.",
                "Questions use the newest COMPLETE edition unless told otherwise with --edition."})
final class EditionsCommand implements Callable<Integer>, QuickCommand {
    static final Output<Edition> OUTPUT = Output.of(Edition.class)
            .with("edition", Edition::id)
            .with("title", Edition::title)
            .with("published", Edition::published)
            .with("cutoff", Edition::cutoff)
            .with("price_base_year", e -> ((PriceBasis.Constant) e.constantPrices()).baseYear())
            .with("first_year", Edition::firstYear)
            .with("last_year", Edition::lastYear)
            .with("coverage", Edition::coverage);

    @Spec
    CommandSpec spec;

    @Mixin
    FormatOption format = new FormatOption();

    @Mixin
    DataOption data = new DataOption();

    @Override
    public Integer call() {
        return run(spec.commandLine().getOut());
    }

    /** Has no options of its own: its mixins' are all it takes ({@code --data} is left to picocli). */
    @Override
    public boolean take(String name, String value) {
        return false;
    }

    @Override
    public List<QuickOptions> mixins() {
        return List.of(format, data);
    }

    @Override
    public int run(PrintWriter out) {
        Dataset dataset = data.dataset();
        OUTPUT.print(format.format(), dataset.editions(), out);
        return 0;
    }
}
