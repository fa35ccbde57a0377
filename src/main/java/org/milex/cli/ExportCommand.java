package org.milex.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.milex.data.Dataset;
import org.milex.data.ObservationCsv;
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
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Write every figure of one edition to standard output at full precision: one row per "
                + "ally or group and year, the columns edition,code,name,year,estimate and one per measure "
                + "(empty, or null in JSON, where the edition published none).",
                "The CSV is milex's data form: any command's --data FILE option, and Dataset.read, read it back."})
final class ExportCommand implements Callable<Integer> {

    /** The forms an export takes. */
    enum Form {
        /** milex's data form. */
        CSV,
        /** An array of objects with the CSV's column names as keys. */
        JSON;

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
    EditionOption edition;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csv", converter = Form.Converter.class,
            description = "csv or json (default: ${DEFAULT-VALUE}).")
    Form form = Form.CSV;

    @Mixin
    DataOption data;

    @Override
    public Integer call() {
        Dataset dataset = data.dataset();
        Edition e = edition.resolve(dataset);
        List<Observation> rows = dataset.observations(e);
        PrintWriter out = spec.commandLine().getOut();
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
        return 0;
    }
}
