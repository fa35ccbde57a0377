package org.milex.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.milex.data.Dataset;
import org.milex.data.ObservationCsv;
import org.milex.excel.Workbooks;
import org.milex.model.Edition;
import org.milex.model.Measure;
import org.milex.model.Observation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code milex export}: every figure of one edition, in milex's data form (CSV, as {@link ObservationCsv}
 * writes it) or as JSON with the same keys.
 */
@Command(footer = {"", "Not taken: --chart (every figure of an edition, for other tools to read)."}, name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Write every figure of one edition to standard output at full precision: one row per "
                + "ally or group and year, the columns edition,code,name,year,estimate and one per measure "
                + "(empty, or null in JSON, where the edition published none).",
                "The CSV is milex's data form: any command's --data FILE option, and Dataset.read, read it back.",
                "xlsx writes an Excel workbook into the --output file: one sheet of typed cells, units in the "
                + "header, and a Sources sheet naming the edition."})
final class ExportCommand implements Callable<Integer>, QuickCommand {

    /** The forms an export takes. */
    enum Form {
        /** milex's data form. */
        CSV,
        /** An array of objects with the CSV's column names as keys. */
        JSON,
        /** An Excel workbook, as {@link Workbooks#observations} writes it; needs {@code --output}. */
        XLSX;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** Reads {@code --format} for picocli. */
        static final class Converter implements picocli.CommandLine.ITypeConverter<Form> {
            @Override
            public Form convert(String value) {
                return Format.parse(Form.class, value);
            }
        }
    }

    /** The JSON form: the CSV's columns, in its order, with the same values. */
    static final Output<Observation> JSON;

    static {
        Output<Observation> o = Output.of(Observation.class)
                .with("edition", Observation::edition)
                .with("code", Observation::subject)
                .with("name", ob -> ob.subject().name())
                .with("year", Observation::year)
                .with("estimate", Observation::isEstimate);
        for (Measure m : Measure.values()) {
            o = o.with(m.column(), ob -> ob.value(m));
        }
        JSON = o;
    }

    @Spec
    CommandSpec spec;

    @Mixin
    EditionOption edition = new EditionOption();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csv", converter = Form.Converter.class,
            description = "csv, json or xlsx (default: ${DEFAULT-VALUE}); xlsx needs --output.")
    Form form = Form.CSV;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write into FILE (replaced at once when complete) instead of standard output.")
    Path output;

    @Mixin
    DataOption data = new DataOption();

    @Override
    public Integer call() {
        return run(spec.commandLine().getOut());
    }

    /** Takes the options {@link QuickStart} reads; {@code --output} and {@code --data} are left to picocli. */
    @Override
    public boolean take(String name, String value) {
        if (name.equals("--format")) {
            form = new Form.Converter().convert(value);
            return true;
        }
        return false;
    }

    @Override
    public List<QuickOptions> mixins() {
        return List.of(edition, data);
    }

    @Override
    public int run(PrintWriter stdout) {
        if (form == Form.XLSX && output == null) {
            throw new Main.UsageException("--format xlsx writes a binary workbook: name the file "
                    + "with --output FILE.xlsx");
        }
        Dataset dataset = data.dataset();
        Edition e = edition.resolve(dataset);
        if (form == Form.XLSX) {
            Workbooks.observations(output, dataset, e);
            return 0;
        }
        List<Observation> rows = dataset.observations(e);
        StringWriter text = new StringWriter();
        PrintWriter out = output == null ? stdout : new PrintWriter(text);
        if (form == Form.CSV) {
            try {
                ObservationCsv.write(rows, out);
            } catch (IOException ex) {
                throw new UncheckedIOException("cannot write the export: " + ex.getMessage(), ex);
            }
            out.flush();
        } else {
            JSON.print(Format.JSON, rows, out);
        }
        if (output != null) {
            writeAtomically(output, text.toString());
        }
        return 0;
    }

    /** Writes text into a temporary file next to {@code file}, then moves it over {@code file}. */
    private static void writeAtomically(Path file, String text) {
        Path target = file.toAbsolutePath();
        Path tmp = null;
        try {
            tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException ex) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot write " + file + ": " + ex.getMessage(), ex);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the write already failed; that failure is the one reported
                }
            }
        }
    }
}
