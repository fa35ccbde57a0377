package org.milex.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.milex.DataFileException;
import org.milex.data.Dataset;
import org.milex.data.UserData;
import org.milex.model.Edition;
import org.milex.model.Measure;
import org.milex.model.Observation;

/**
 * Imports a NATO TABLES workbook into a user's data directory as an edition, after which
 * {@link Dataset#installed()} (and every command of the command line) sees it.
 *
 * <pre>{@code
 * WorkbookImport.Outcome o = WorkbookImport.run(Path.of("def-exp-2026-en.xlsx"),
 *         UserData.at(UserData.defaultDirectory()), WorkbookImport.Options.none().published(LocalDate.of(2026, 7, 10)));
 * o.edition();      // NATO-2026-07, COMPLETE, core defence expenditure, constant 2021 prices
 * o.revisions();    // how the full workbook revises the figures milex held in part
 * }</pre>
 *
 * <p>What the edition is made of: price base, years, estimate years and definition from the workbook's own
 * tables ({@link NatoWorkbook.Layout}); the publication date from {@link Options#published()}, else from
 * the {@code YYMMDD-} prefix NATO gives its file names ({@code 240617-def-exp-2024-TABLES-en.xlsx}), else from
 * the embedded edition of the same identifier; the cut-off date from the option, else from a note reading
 * "The cut-off date for information used in this report is 3 July 2026", else from the embedded edition;
 * the identifier from the option, else {@code NATO-YYYY-MM} of publication. Nothing else is assumed: without a
 * publication date the import is refused.
 *
 * <p>Rules: importing the same workbook (same SHA-256) under the same identifier again changes nothing; a
 * different workbook under an identifier already imported, or under the identifier of an edition milex holds
 * completely, is refused. The full workbook of an edition milex holds in part (NATO-2025-08, NATO-2026-07)
 * replaces it, and {@link Outcome#revisions()} lists every partial figure it changes.
 */
public final class WorkbookImport {
    private static final Pattern NATO_FILE_DATE = Pattern.compile("^(\\d{6})-.*");
    private static final Pattern CUTOFF = Pattern.compile("(?i)cut-off date for information used in this report is "
            + "(\\d{1,2} [A-Z][a-z]+ \\d{4})");

    private WorkbookImport() {
    }

    /**
     * What a user says about the edition where the workbook does not.
     *
     * @param editionId the identifier, {@code NATO-2026-07}
     * @param published the publication date
     * @param cutoff the data cut-off date
     * @param title the publication's title
     */
    public record Options(Optional<String> editionId, Optional<LocalDate> published, Optional<LocalDate> cutoff,
                          Optional<String> title) {
        /** Checks that nothing is null. */
        public Options {
            Objects.requireNonNull(editionId, "editionId");
            Objects.requireNonNull(published, "published");
            Objects.requireNonNull(cutoff, "cutoff");
            Objects.requireNonNull(title, "title");
        }

        /** No options: everything from the workbook. */
        public static Options none() {
            return new Options(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        }

        /** With a publication date. */
        public Options published(LocalDate date) {
            return new Options(editionId, Optional.of(date), cutoff, title);
        }

        /** With an edition identifier. */
        public Options editionId(String id) {
            return new Options(Optional.of(id), published, cutoff, title);
        }
    }

    /** What an import did. */
    public enum Status {
        /** A new edition was written. */
        IMPORTED,
        /** The workbook replaced an edition milex held in part; see the revisions. */
        REPLACED_PARTIAL,
        /** The same workbook was imported before under this identifier: nothing was written. */
        UNCHANGED
    }

    /**
     * One figure of a partial edition and what the full workbook publishes for it.
     *
     * @param code ally or group code
     * @param year the year
     * @param measure the measure
     * @param partial the value milex held (rounded figures of secondary sources)
     * @param full the workbook's value, empty where it publishes none
     */
    public record FigureRevision(String code, java.time.Year year, Measure measure, double partial, OptionalDouble full) {
        /** The full value minus the partial one, empty where the workbook publishes none. */
        public OptionalDouble change() {
            return full.isPresent() ? OptionalDouble.of(full.getAsDouble() - partial) : OptionalDouble.empty();
        }
    }

    /**
     * What was imported.
     *
     * @param edition the edition as written
     * @param status imported, replaced a partial edition, or unchanged
     * @param observations how many observations the edition holds
     * @param revisions for a replaced partial edition, each partial figure the workbook publishes differently or
     *     not at all (figures it confirms exactly are not listed)
     * @param layout what the workbook says about itself
     */
    public record Outcome(Edition edition, Status status, int observations, List<FigureRevision> revisions,
                          NatoWorkbook.Layout layout) {
        /** Copies the list. */
        public Outcome {
            Objects.requireNonNull(edition, "edition");
            Objects.requireNonNull(status, "status");
            revisions = List.copyOf(revisions);
            Objects.requireNonNull(layout, "layout");
        }
    }

    /**
     * Imports a workbook into a data directory.
     *
     * @throws WorkbookFormatException naming sheet and cell where the workbook is not one milex reads
     * @throws DataFileException naming the workbook when it conflicts with an edition already held, or when
     *     the publication date is neither given nor stated
     * @throws UncheckedIOException if a file cannot be read or written
     */
    public static Outcome run(Path workbook, UserData target, Options options) {
        Objects.requireNonNull(workbook, "workbook");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(options, "options");
        String file = workbook.getFileName().toString();
        if (!Files.isRegularFile(workbook)) {
            throw WorkbookFormatException.ofFile(workbook.toString(), "no such file", null);
        }
        String sha = sha256(workbook);
        List<Edition> made = new ArrayList<>();
        List<Optional<UserData.Import>> found = new ArrayList<>();
        NatoWorkbook.Result result = NatoWorkbook.read(workbook, layout -> {
            Edition e = edition(file, sha, layout, target, options, found);
            made.add(e);
            return e;
        });
        Optional<UserData.Import> before = found.get(0);
        String id = made.get(0).id();
        Optional<Edition> embedded = Edition.all().stream().filter(e -> e.id().equals(id)).findFirst();
        Edition edition = made.get(0);
        if (before.isPresent() || embedded.map(Edition::isComplete).orElse(false)) {
            return new Outcome(edition, Status.UNCHANGED, result.observations().size(), List.of(), result.layout());
        }
        List<FigureRevision> revisions = embedded.map(e -> revisions(Dataset.embedded().observations(e),
                result.observations())).orElse(List.of());
        target.install(edition, result.observations(), new UserData.Import(id, file, sha, LocalDate.now(),
                result.observations().size()));
        return new Outcome(edition, embedded.isPresent() ? Status.REPLACED_PARTIAL : Status.IMPORTED,
                result.observations().size(), revisions, result.layout());
    }

    /** The edition a workbook makes, once its layout is read; refuses a conflict with what is held. */
    private static Edition edition(String file, String sha, NatoWorkbook.Layout layout, UserData target,
                                   Options options, List<Optional<UserData.Import>> found) {
        Optional<Edition> embeddedOfId = options.editionId().flatMap(id -> Edition.all().stream()
                .filter(e -> e.id().equals(id)).findFirst());
        LocalDate published = options.published()
                .or(() -> fromFileName(file))
                .or(() -> embeddedOfId.map(Edition::published))
                .orElseThrow(() -> new DataFileException(file, 0, 0, "", "", "the workbook does not say when it was "
                        + "published: give the date (--published YYYY-MM-DD) or the edition (--edition-id NATO-YYYY-MM)"));
        String id = options.editionId().orElse("NATO-" + YearMonth.from(published));
        Optional<Edition> embedded = Edition.all().stream().filter(e -> e.id().equals(id)).findFirst();
        Optional<UserData.Import> before = target.importOf(id);
        found.add(before);
        if (before.isPresent() && !before.get().sha256().equals(sha)) {
            throw new DataFileException(file, 0, 0, "", "", "edition " + id + " was imported from "
                    + before.get().workbook() + " (SHA-256 " + before.get().sha256() + "); a different workbook under "
                    + "the same edition is refused: import it under another --edition-id");
        }
        if (before.isEmpty() && embedded.isPresent() && embedded.get().isComplete()
                && !embedded.get().source().contains(sha)) {
            throw new DataFileException(file, 0, 0, "", "", "milex holds edition " + id + " completely, from "
                    + "another workbook (" + embedded.get().source() + "); a different workbook under the same "
                    + "edition is refused: import it under another --edition-id");
        }
        try {
            return new Edition(id, "NATO", options.title().or(() -> embedded.map(Edition::title))
                    .orElse("NATO defence expenditure tables (" + layout.firstYear() + "-" + layout.lastYear() + ")"),
                    published, options.cutoff().or(() -> cutoff(layout)).or(() -> embedded.flatMap(Edition::cutoff)),
                    layout.constantPrices(), layout.firstYear(), layout.lastYear(), layout.estimateYears(),
                    Edition.Coverage.COMPLETE, layout.definition(), "NATO's workbook " + file + " (SHA-256 " + sha
                    + "), imported with milex import");
        } catch (IllegalArgumentException ex) {
            throw new DataFileException(file, 0, 0, "", id, ex.getMessage());
        }
    }

    private static List<FigureRevision> revisions(List<Observation> partial, List<Observation> full) {
        java.util.Map<String, Observation> byKey = new java.util.HashMap<>();
        full.forEach(o -> byKey.put(o.subject().code() + "/" + o.year(), o));
        List<FigureRevision> out = new ArrayList<>();
        for (Observation p : partial) {
            Observation f = byKey.get(p.subject().code() + "/" + p.year());
            for (Measure m : Measure.values()) {
                if (!p.has(m)) {
                    continue;
                }
                double was = p.value(m).getAsDouble();
                OptionalDouble now = f == null ? OptionalDouble.empty() : f.value(m);
                if (now.isEmpty() || now.getAsDouble() != was) {
                    out.add(new FigureRevision(p.subject().code(), p.year(), m, was, now));
                }
            }
        }
        return out;
    }

    private static Optional<LocalDate> fromFileName(String file) {
        Matcher m = NATO_FILE_DATE.matcher(file);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse("20" + m.group(1), DateTimeFormatter.BASIC_ISO_DATE));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> cutoff(NatoWorkbook.Layout layout) {
        for (String note : layout.notes()) {
            Matcher m = CUTOFF.matcher(note);
            if (m.find()) {
                try {
                    return Optional.of(LocalDate.parse(m.group(1), DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)));
                } catch (DateTimeParseException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[65536];
            for (int n; (n = in.read(buf)) > 0; ) {
                d.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(d.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from this Java runtime", e);
        }
    }
}
