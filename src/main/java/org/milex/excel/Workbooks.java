package org.milex.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.milex.data.Dataset;
import org.milex.internal.QuietLogging;
import org.milex.model.Ally;
import org.milex.model.Edition;
import org.milex.model.Observation;
import org.milex.table.Tables;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Writes Excel workbooks ({@code .xlsx}): one sheet per table, then a sheet named {@value #SOURCES} with the
 * edition the figures come from and the source and unit of every column.
 *
 * <pre>{@code
 * Edition e = Edition.parse("NATO-2024-06");
 * Workbooks.observations(Path.of("nato-2024-06.xlsx"), Dataset.embedded(), e);   // every figure of the edition
 * Workbooks.write(Path.of("gaps.xlsx"), e, Query.of(data).edition(e).year(2024)
 *         .gaps(Share.ofPercent("2"), PriceBasis.current()).toTable());
 * }</pre>
 *
 * <h2>What a sheet holds</h2>
 * Row 1 is the header, frozen and with a filter: each column's stable name (the name in the Tablesaw table and
 * in milex's CSV), followed by its unit in parentheses where milex knows one, e.g.
 * {@code share_of_gdp_pct (percent)} or {@code expenditure_usd_constant_mn (million US dollars, constant 2015
 * prices)}. A money column of {@link Tables#of(java.util.List)} ({@code gap_mn} with {@code gap_currency} and
 * {@code gap_basis}) becomes one column whose header names the currency and the price basis,
 * {@code gap_mn (USD million, current prices)}, when every row has the same currency and basis (as
 * {@code Tables} guarantees); otherwise the three columns are kept. Cells are typed: numbers are numeric cells
 * holding the table's {@code double} exactly, shown with as many decimals as the shortest decimal that reads
 * back as that {@code double} has ({@code 4.1191…} in full, {@code 2} as {@code 2}); integers as integers,
 * booleans as booleans, dates as dates ({@code yyyy-mm-dd}); a missing value is an empty cell. Column widths
 * fit their contents (up to 60 characters).
 *
 * <p>Sheet names are the tables' names, with the characters Excel forbids ({@code []:*?/\}) replaced by
 * {@code _}, cut to 31 characters and made unique by a {@code (2)}, {@code (3)} suffix.
 *
 * <p>Files are written atomically: into a temporary file in the same folder, then moved over {@code file},
 * so a reader never sees half a workbook and a failed write leaves any earlier file as it was. Rows are
 * streamed (POI's SXSSF), so large tables need little memory.
 *
 * <p>Needs Apache POI ({@code org.apache.poi:poi-ooxml}, an optional dependency); without it every method
 * throws an {@link IllegalStateException} saying which dependency to add. No argument may be {@code null}.
 */
public final class Workbooks {
    /** The name of the sheet naming the edition and the sources. */
    public static final String SOURCES = "Sources";

    private Workbooks() {
    }

    /**
     * Writes tables to a workbook, one sheet per table in the given order, then the {@value #SOURCES} sheet
     * naming {@code edition} as the figures' source.
     *
     * @param file the workbook to write, replaced if it exists; its folder must exist
     * @param edition the edition the tables' figures come from
     * @param tables at least one table
     * @return {@code file}
     * @throws IllegalArgumentException if no table is given
     * @throws UncheckedIOException naming the file if it cannot be written
     * @throws IllegalStateException if Apache POI is not on the class path
     */
    public static Path write(Path file, Edition edition, Table... tables) {
        Objects.requireNonNull(tables, "tables");
        return write(file, edition, List.of(tables));
    }

    /**
     * As {@link #write(Path, Edition, Table...)}, for a list of tables.
     *
     * @return {@code file}
     */
    public static Path write(Path file, Edition edition, List<Table> tables) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(edition, "edition");
        List<Table> all = List.copyOf(tables);
        if (all.isEmpty()) {
            throw new IllegalArgumentException("a workbook needs at least one table");
        }
        requirePoi();
        List<SheetSpec> sheets = new ArrayList<>();
        for (Table t : all) {
            sheets.add(SheetSpec.of(t, edition));
        }
        return atomically(file, out -> WorkbookWriter.write(sheets, edition, List.of(), out));
    }

    /**
     * Writes every figure of one edition: a sheet named after the edition with the columns of
     * {@link Tables#observations(Dataset, Edition)} (one row per ally or group and year, in the dataset's
     * order), with {@code national_currency} (the ISO 4217 code of the ally's national currency, empty for a
     * group) added after {@code estimate}, then the {@value #SOURCES} sheet, which for an edition milex holds
     * partially also lists the source of every figure that has its own.
     *
     * @return {@code file}
     * @throws IllegalArgumentException if {@code data} holds no figure of {@code edition}
     * @throws UncheckedIOException naming the file if it cannot be written
     * @throws IllegalStateException if Apache POI is not on the class path
     */
    public static Path observations(Path file, Dataset data, Edition edition) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(edition, "edition");
        List<Observation> rows = data.observations(edition);
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("the data hold no figure of " + edition.id());
        }
        requirePoi();
        Table t = Tables.observations(data, edition);
        StringColumn currency = StringColumn.create(SheetSpec.NATIONAL_CURRENCY);
        for (Observation o : rows) {
            if (o.subject() instanceof Ally a) {
                currency.append(a.currency().getCurrencyCode());
            } else {
                currency.appendMissing();
            }
        }
        t.insertColumn(t.columnIndex(Tables.ESTIMATE) + 1, currency);
        List<FigureSource> figures = new ArrayList<>();
        for (Observation o : rows) {
            o.figureSources().forEach((m, s) -> figures.add(new FigureSource(o, m)));
        }
        return atomically(file, out -> WorkbookWriter.write(List.of(SheetSpec.of(t, edition)), edition, figures, out));
    }

    private interface Body {
        void write(OutputStream out) throws IOException;
    }

    /** Writes into a temporary file next to {@code file}, then moves it over {@code file}. */
    private static Path atomically(Path file, Body body) {
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        Path tmp = null;
        try {
            tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                body.write(out);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
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

    private static void requirePoi() {
        try {
            Class.forName("org.apache.poi.xssf.streaming.SXSSFWorkbook", false, Workbooks.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalStateException("writing Excel workbooks needs Apache POI: add the dependency "
                    + "org.apache.poi:poi-ooxml (milex is built and tested with 5.5.1)");
        }
        QuietLogging.beforePoi();
    }
}
