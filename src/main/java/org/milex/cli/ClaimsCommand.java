package org.milex.cli;

import static org.milex.cli.Questions.ask;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.milex.claims.ClaimCheck;
import org.milex.claims.ClaimReport;
import org.milex.claims.Claims;
import org.milex.model.Currencies;
import org.milex.procurement.AidFigures;
import org.milex.procurement.Contracts;
import org.milex.procurement.ExchangeRate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code milex claims}: the reporting's headline claims, each checked against the data. */
@Command(name = "claims", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"The headline claims of the reporting milex was built from (data/claims.csv), each checked "
                + "against the edition it was made from: SUPPORTED, SUPPORTED_WITH_CAVEAT, APPROXIMATELY, "
                + "NOT_SUPPORTED or CANNOT_CONFIRM, with the figures compared, their differences and sources, and "
                + "an explanation.",
                "Euro totals are converted at an assumed EUR/USD rate of 1.09 (2024-01-23), named in the "
                        + "explanations; --eur-usd RATE --rate-date DATE uses another.",
                "--format csv and json give one row per figure compared."})
final class ClaimsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--claim", paramLabel = "ID", split = ",",
            description = "Only these claims, by id (e.g. allies-at-2pct-2024); repeat or separate by commas.")
    List<String> ids = new ArrayList<>();

    @Option(names = "--eur-usd", paramLabel = "RATE", description = "US dollars per euro (needs --rate-date).")
    Optional<BigDecimal> eurUsd = Optional.empty();

    @Option(names = "--rate-date", paramLabel = "DATE", description = "The day the rate applies to, yyyy-mm-dd.")
    Optional<LocalDate> rateDate = Optional.empty();

    @Mixin
    FormatOption format;

    @Mixin
    DataOption data;

    @Override
    public Integer call() {
        if (eurUsd.isPresent() != rateDate.isPresent()) {
            throw new ParameterException(spec.commandLine(), eurUsd.isPresent()
                    ? "--eur-usd needs --rate-date: the day the rate applies to"
                    : "--rate-date needs --eur-usd: the rate itself");
        }
        ids.forEach(id -> ask(spec, () -> Claims.get(id)));
        ExchangeRate rate = eurUsd.map(r -> ask(spec, () -> ExchangeRate.of(Currencies.EUR, Currencies.USD, r,
                rateDate.get(), "given with --eur-usd"))).orElseGet(Claims::assumedEurUsd);
        ClaimReport all = Claims.check(data.dataset(), Contracts.embedded(), AidFigures.embedded(), rate);
        ClaimReport report = ids.isEmpty() ? all
                : ClaimReport.of(ids.stream().map(id -> all.find(id).orElseThrow()).toList());
        PrintWriter out = spec.commandLine().getOut();
        if (format.format() == Format.TABLE) {
            out.print(report + "\n");
            out.flush();
        } else {
            Output.columns(report.toTable()).print(format.format(), Output.indices(rowCount(report)), out);
        }
        return 0;
    }

    private static int rowCount(ClaimReport report) {
        int n = 0;
        for (ClaimCheck c : report) {
            n += c.comparisons().isEmpty() ? c.claim().figures().size() : c.comparisons().size();
        }
        return n;
    }
}
