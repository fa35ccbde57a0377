package org.milex.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.milex.data.UserData;
import org.milex.importer.WorkbookImport;
import org.milex.model.Edition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code milex import WORKBOOK}: a NATO TABLES workbook becomes an edition every command sees. */
@Command(footer = {"", "Not taken: --edition (the workbook is the edition: --edition-id names it where the workbook does not) and --chart."}, name = "import", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Import a NATO TABLES workbook (e.g. def-exp-2026-en.xlsx) as an edition into your data "
                + "directory; every command then sees it, and a newer complete edition becomes the default.",
                "Price base, years, estimates and definition come from the workbook; the publication date from "
                        + "--published, else from NATO's YYMMDD- file-name prefix. Importing the same workbook "
                        + "again changes nothing; a different one under an edition already held is refused. The "
                        + "full workbook of an edition milex holds in part replaces it and lists the revisions."})
final class ImportCommand implements Callable<Integer> {
    static final Output<WorkbookImport.FigureRevision> REVISIONS = Output.of(WorkbookImport.FigureRevision.class)
            .with("code", WorkbookImport.FigureRevision::code)
            .with("year", WorkbookImport.FigureRevision::year)
            .with("measure", r -> r.measure().column())
            .with("partial", WorkbookImport.FigureRevision::partial)
            .with("full", WorkbookImport.FigureRevision::full)
            .with("change", WorkbookImport.FigureRevision::change);

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "WORKBOOK", description = "NATO's TABLES workbook (.xlsx).")
    Path workbook;

    @Option(names = "--edition-id", paramLabel = "ID",
            description = "The edition's identifier, NATO-YYYY-MM (default: from the publication date).")
    Optional<String> editionId = Optional.empty();

    @Option(names = "--published", paramLabel = "DATE", description = "Publication date, YYYY-MM-DD.")
    Optional<LocalDate> published = Optional.empty();

    @Option(names = "--cutoff", paramLabel = "DATE",
            description = "Data cut-off date, YYYY-MM-DD (default: from the notes where they state it).")
    Optional<LocalDate> cutoff = Optional.empty();

    @Option(names = "--title", paramLabel = "TITLE", description = "The publication's title.")
    Optional<String> title = Optional.empty();

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "The data directory (default: $MILEX_DATA_DIR, else .milex in your home directory).")
    Optional<Path> dataDir = Optional.empty();

    @Mixin
    FormatOption format;

    @Override
    public Integer call() {
        UserData target = UserData.at(dataDir.orElseGet(UserData::defaultDirectory));
        WorkbookImport.Outcome o = WorkbookImport.run(workbook, target,
                new WorkbookImport.Options(editionId, published, cutoff, title));
        PrintWriter out = spec.commandLine().getOut();
        // the summary is the answer in a table; with csv or json, stdout holds only the revisions' rows
        PrintWriter say = format.format() == Format.TABLE ? out : spec.commandLine().getErr();
        Edition e = o.edition();
        String what = e.id() + " from " + workbook.getFileName() + ": " + o.observations() + " observations, "
                + e.firstYear() + "-" + e.lastYear() + " (estimates " + e.estimateYears().stream().sorted()
                .map(Year::toString).collect(Collectors.joining(", ")) + "), " + e.constantPrices() + ", "
                + e.definition().label() + ", published " + e.published()
                + e.cutoff().map(c -> ", cut-off " + c).orElse("");
        switch (o.status()) {
            case UNCHANGED -> say.println(e.id() + " is already held from this workbook (same SHA-256): nothing changed");
            case IMPORTED -> say.println("imported " + what + " into " + target.directory());
            case REPLACED_PARTIAL -> {
                String held = Edition.parse(e.id()).coverage().name().toLowerCase(java.util.Locale.ROOT);
                say.println("imported " + what + " into " + target.directory() + "; it replaces the " + held + " "
                        + e.id() + " milex ships: " + o.revisions().size() + " of its figures revised or not in the "
                        + "workbook:");
                REVISIONS.print(format.format(), o.revisions(), out);
            }
            default -> throw new IllegalStateException(o.status().toString());
        }
        return 0;
    }
}
