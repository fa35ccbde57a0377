package org.milex.cli;

import static org.milex.cli.Questions.ask;

import java.util.concurrent.Callable;
import org.milex.data.Dataset;
import org.milex.model.Edition;
import org.milex.query.Query;
import org.milex.query.Revision;
import org.milex.query.Rows;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code milex revisions --to EDITION}: how a later edition revised the figures. */
@Command(footer = {"", "Not taken: --chart (two editions' figures side by side; 'history --chart' draws one figure across every edition)."}, name = "revisions", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Shares of GDP as two editions published them: A (--edition, default the newest complete "
                + "one) and B (--to), with difference = B - A, for every ally and year both publish (and NATO's "
                + "own row unless --ally is given). Default years: every year of edition A."})
final class RevisionsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--to", paramLabel = "EDITION", required = true,
            description = "The edition to compare with, e.g. NATO-2025-08.")
    String to;

    @Mixin
    AlliesOption allies;

    @Mixin
    YearSpanOption years;

    @Mixin
    EditionOption edition;

    @Mixin
    FormatOption format;

    @Mixin
    DataOption data;

    @Override
    public Integer call() {
        Dataset dataset = data.dataset();
        Edition a = edition.resolve(dataset);
        Edition b = EditionOption.resolve(dataset, to);
        Years ys = years.resolve(a, Years.Default.ALL);
        Query q = ys.apply(Query.of(dataset).edition(a));
        Query chosen = allies.isChosen() ? q.allies(allies.codes()) : q;
        Rows<Revision> rows = ask(() -> chosen.revisionsTo(b));
        Output.print(format.format(), Answer.of(rows), spec.commandLine().getOut());
        return 0;
    }
}
