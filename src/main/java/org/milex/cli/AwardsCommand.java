package org.milex.cli;

import static org.milex.cli.Questions.ask;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.milex.usaspending.ComponentYearTotal;
import org.milex.usaspending.ContractTransactions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code milex awards}: obligations of a USAspending contract-transactions download, by buyer and fiscal year. */
@Command(footer = {"", "Not taken: --edition (a USAspending download is not a NATO edition) and --chart."}, name = "awards", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Obligations in a USAspending download of prime award transactions for contracts (one CSV, "
                + "or the folder of its split files), summed exactly by buyer (a DoD component, or another "
                + "agency's sub-agency) and US fiscal year (October to September); de-obligations count with "
                + "their sign."})
final class AwardsCommand implements Callable<Integer> {
    static final String COMPONENT = "component";
    static final String FISCAL_YEAR = "fiscal-year";

    /**
     * The obligations of one group.
     *
     * @param component the buyer, or {@code all}
     * @param fiscalYear the US fiscal year, or empty when not grouped by year
     * @param obligatedUsd Σ federal_action_obligation, US dollars, current prices, exact
     * @param transactions how many actions were summed
     */
    record ObligationRow(String component, String fiscalYear, BigDecimal obligatedUsd, int transactions) {
    }

    @Spec
    CommandSpec spec;

    @Option(names = "--usaspending", paramLabel = "FILE", required = true,
            description = "A prime-transactions CSV (Contracts_PrimeTransactions_…_1.csv), or a folder of split files.")
    Path usaspending;

    @Option(names = "--by", paramLabel = "KEYS", split = ",", defaultValue = "component,fiscal-year",
            description = "What to group by: component, fiscal-year, or both (the default: component,fiscal-year).")
    List<String> by = List.of(COMPONENT, FISCAL_YEAR);

    @Mixin
    FormatOption format;

    @Override
    public Integer call() {
        Set<String> keys = new LinkedHashSet<>();
        for (String k : by) {
            String key = k.trim().toLowerCase(Locale.ROOT);
            if (!key.equals(COMPONENT) && !key.equals(FISCAL_YEAR)) {
                throw new Main.UsageException("--by takes component, fiscal-year or both, not '" + k + "'");
            }
            keys.add(key);
        }
        ContractTransactions feed = ContractTransactions.read(usaspending);
        List<ComponentYearTotal> totals = ask(feed::obligationsByComponentAndFiscalYear);
        boolean byComponent = keys.contains(COMPONENT);
        boolean byYear = keys.contains(FISCAL_YEAR);
        Map<String, BigDecimal> sum = new TreeMap<>();
        Map<String, Integer> count = new TreeMap<>();
        Map<String, String[]> parts = new TreeMap<>();
        for (ComponentYearTotal t : totals) {
            String c = byComponent ? t.component() : "all";
            String y = byYear ? t.fiscalYear().toString() : "";
            String key = c + "\u0000" + y;
            sum.merge(key, t.obligated().amount(), BigDecimal::add);
            count.merge(key, t.transactions(), Integer::sum);
            parts.put(key, new String[] {c, y});
        }
        List<ObligationRow> rows = new ArrayList<>();
        sum.forEach((k, v) -> rows.add(new ObligationRow(parts.get(k)[0], parts.get(k)[1], v.setScale(2),
                count.get(k))));
        List<String> notes = new ArrayList<>();
        notes.add(feed.size() + " transactions on " + feed.awardCount() + " awards; total USD "
                + feed.total().amount().setScale(2).toPlainString());
        notes.add("fiscal year N runs from 1 October of N-1 to 30 September of N");
        Output.print(format.format(), new Answer<>(ObligationRow.class, "obligations by " + String.join(", ", keys)
                + ", US dollars, current prices", rows, notes), spec.commandLine().getOut());
        return 0;
    }

}
