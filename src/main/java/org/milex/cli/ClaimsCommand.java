package org.milex.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.milex.claims.Claim;
import org.milex.claims.ClaimReport;
import org.milex.claims.Claims;
import org.milex.procurement.AidFigures;
import org.milex.procurement.Contracts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code milex claims}: statements about defence spending, declared in a claims file, checked against the data. */
@Command(footer = {"", "Not taken: --edition (each reading names its edition, or the one nearest the statement's date, in the claims file) and --chart."}, name = "claims", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Statements about defence spending, each with one or more readings, checked against the "
                + "data: every reading's value and outcome in every case of its assumptions (exchange rates, firm "
                + "value or ceiling), and a verdict by one rule: SUPPORTED only when the primary reading holds in "
                + "every case; DEPENDS_ON_ASSUMPTION, SUPPORTED_UNDER_OTHER_READING, NO_DATA, NOT_SUPPORTED or "
                + "UNTRACEABLE otherwise.",
                "Without --file, the headline claims of the reporting milex was built from (data/claims.csv); "
                        + "--file checks your own claims file, with the same columns (see the README).",
                "--format csv and json give one row per part of every reading and case."})
final class ClaimsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--file", paramLabel = "FILE", description = "A claims file to check instead of milex's own.")
    Optional<Path> file = Optional.empty();

    @Option(names = "--claim", paramLabel = "ID", split = ",",
            description = "Only these claims, by id (e.g. allies-at-2pct-2024); repeat or separate by commas.")
    List<String> ids = new ArrayList<>();

    @Mixin
    FormatOption format;

    @Mixin
    DataOption data;

    @Override
    public Integer call() {
        List<Claim> claims = file.map(Claims::read).orElseGet(Claims::all);
        List<Claim> chosen = claims;
        if (!ids.isEmpty()) {
            chosen = new ArrayList<>();
            for (String id : ids) {
                chosen.add(claims.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow(() ->
                        new Main.UsageException("unknown claim '" + id + "'; the file has "
                                + String.join(", ", claims.stream().map(Claim::id).toList()))));
            }
        }
        List<Claim> checked = chosen;
        // an error while checking is a bug or a data error, never a usage error: it goes to Main as it is
        ClaimReport report = Claims.check(checked, data.dataset(), Contracts.embedded(), AidFigures.embedded());
        PrintWriter out = spec.commandLine().getOut();
        if (format.format() == Format.TABLE) {
            out.print(report + "\n");
            out.flush();
        } else {
            Output.columns(report.toTable()).print(format.format(), Output.indices(report.rowCount()), out);
        }
        return 0;
    }
}
