package org.milex.usaspending;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.milex.DataFileException;
import org.milex.internal.ByteFields;
import org.milex.internal.BytesDictionary;
import org.milex.internal.Codes;
import org.milex.internal.CsvBytes;

/**
 * Streams a USAspending prime-transactions feed (one CSV, or a folder of its split files) into {@link Columns}.
 * Only the kept columns are looked at; the others are skipped as the tokenizer passes them (their bytes are still
 * checked to be UTF-8).
 */
final class TransactionReader {
    static final int KEY_PREFIX_LENGTH = "CONT_AWD_".length();
    private static final Pattern SPLIT = Pattern.compile("(.*)_(\\d+)\\.csv");

    static final String TX_KEY = "contract_transaction_unique_key";
    static final String AWARD_KEY = "contract_award_unique_key";
    static final String PIID = "award_id_piid";
    static final String MOD = "modification_number";
    static final String DATE = "action_date";
    static final String FY = "action_date_fiscal_year";
    static final String OBLIGATION = "federal_action_obligation";
    static final String AGENCY = "awarding_agency_name";
    static final String SUB_AGENCY = "awarding_sub_agency_name";
    static final String RECIPIENT = "recipient_name";
    static final String UEI = "recipient_uei";
    static final String PARENT = "recipient_parent_name";
    static final String PSC = "product_or_service_code";
    static final String NAICS = "naics_code";
    static final String COUNTRY = "recipient_country_code";
    /** The columns read, in this order; all but the fiscal year must be in the header. */
    static final List<String> KEPT = List.of(TX_KEY, AWARD_KEY, PIID, MOD, DATE, OBLIGATION, AGENCY, SUB_AGENCY,
            RECIPIENT, UEI, PARENT, PSC, NAICS, COUNTRY, FY);

    private final List<Path> files;
    private final String[] names;
    private int[] col;
    private List<String> header;

    private int size;
    private int[] award = new int[1 << 16];
    private int[] day = new int[1 << 16];
    private long[] cents = new long[1 << 16];
    private final Codes recipient = new Codes(1 << 16);
    private final Codes mod = new Codes(1 << 16);
    private final Codes component = new Codes(1 << 16);
    private final Codes psc = new Codes(1 << 16);
    private final Codes naics = new Codes(1 << 16);
    private final BytesDictionary awardKeys = new BytesDictionary(false);
    private final Map<Integer, String> otherPiids = new HashMap<>();
    private final BytesDictionary mods = new BytesDictionary(true);
    private final TupleIndex recipients = new TupleIndex();
    private final BytesDictionary recipientNames = new BytesDictionary(true);
    private final BytesDictionary ueis = new BytesDictionary(true);
    private final BytesDictionary parents = new BytesDictionary(true);
    private final BytesDictionary countries = new BytesDictionary(true);
    private final TupleIndex agencyPairs = new TupleIndex();
    private final BytesDictionary agencies = new BytesDictionary(true);
    private final BytesDictionary subAgencies = new BytesDictionary(true);
    private final List<String> componentNames = new ArrayList<>();
    private final Map<String, Integer> componentByName = new HashMap<>();
    private final BytesDictionary pscs = new BytesDictionary(true);
    private final List<PscCategory> categoryOfPsc = new ArrayList<>();
    private final BytesDictionary naicsCodes = new BytesDictionary(true);
    private final KeyHashes keys = new KeyHashes();

    private TransactionReader(List<Path> files) {
        this.files = files;
        this.names = files.stream().map(Path::toString).toArray(String[]::new);
    }

    /** The files of a feed: the file itself, or a folder's CSV files in the order of their split numbers. */
    static List<Path> files(Path fileOrFolder) {
        if (!Files.isDirectory(fileOrFolder)) {
            if (!Files.isRegularFile(fileOrFolder)) {
                throw new UncheckedIOException(new IOException("no such file or folder: " + fileOrFolder));
            }
            return List.of(fileOrFolder);
        }
        List<Path> csvs;
        try (Stream<Path> s = Files.list(fileOrFolder)) {
            csvs = s.filter(p -> p.getFileName().toString().endsWith(".csv") && Files.isRegularFile(p)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + fileOrFolder + ": " + e.getMessage(), e);
        }
        if (csvs.isEmpty()) {
            throw new DataFileException(fileOrFolder.toString(), 0, 0, "", "", "no .csv files in the folder");
        }
        return csvs.stream().sorted(Comparator.comparing((Path p) -> stem(p)).thenComparingLong(TransactionReader::part))
                .toList();
    }

    private static String stem(Path p) {
        Matcher m = SPLIT.matcher(p.getFileName().toString());
        return m.matches() ? m.group(1) : p.getFileName().toString();
    }

    private static long part(Path p) {
        Matcher m = SPLIT.matcher(p.getFileName().toString());
        return m.matches() && m.group(2).length() < 18 ? Long.parseLong(m.group(2)) : 0;
    }

    static Columns read(Path fileOrFolder) {
        TransactionReader r = new TransactionReader(files(fileOrFolder));
        for (int f = 0; f < r.files.size(); f++) {
            try (CsvBytes csv = CsvBytes.open(r.files.get(f), r.names[f], ',')) {
                r.readFile(csv, f);
            }
        }
        r.keys.checkCollisions(r.files, r.names, r.col[0]);
        return r.build();
    }

    private void readFile(CsvBytes csv, int fileIndex) {
        if (!csv.next()) {
            throw new DataFileException(csv.file(), 0, 0, "", "", "the file is empty: no header line");
        }
        List<String> h = new ArrayList<>(csv.fields());
        for (int i = 0; i < csv.fields(); i++) {
            h.add(csv.string(i));
        }
        if (header == null) {
            header = List.copyOf(h);
            col = columns(csv, h);
        } else if (!header.equals(h)) {
            throw new DataFileException(csv.file(), csv.line(), 0, "", "",
                    "the header differs from the first file's (" + names[0] + "): split files of one feed share one header");
        }
        int n = header.size();
        csv.keepOnly(java.util.Arrays.stream(col).filter(c -> c >= 0).toArray());
        while (csv.next()) {
            if (csv.fields() != n) {
                throw new DataFileException(csv.file(), csv.line(), 0, "", "", csv.fields() == 1 && csv.isEmpty(0)
                        ? "empty line" : "expected " + n + " fields as in the header, found " + csv.fields());
            }
            row(csv, fileIndex);
        }
    }

    private int[] columns(CsvBytes csv, List<String> h) {
        Map<String, Integer> at = new HashMap<>();
        for (int i = 0; i < h.size(); i++) {
            String name = h.get(i);
            if (name.isEmpty()) {
                throw new DataFileException(csv.file(), csv.line(), i + 1, "", "", "empty column name in the header");
            }
            if (at.putIfAbsent(name, i) != null) {
                throw new DataFileException(csv.file(), csv.line(), i + 1, name, "", "column appears twice in the header");
            }
        }
        int[] c = new int[KEPT.size()];
        for (int k = 0; k < KEPT.size(); k++) {
            Integer i = at.get(KEPT.get(k));
            if (i == null && !KEPT.get(k).equals(FY)) {
                throw new DataFileException(csv.file(), csv.line(), 0, KEPT.get(k), "",
                        "missing column: not a USAspending prime-transactions (contracts) file?");
            }
            c[k] = i == null ? -1 : i;
        }
        return c;
    }

    private void row(CsvBytes csv, int fileIndex) {
        if (size == award.length) {
            grow();
        }
        byte[] b = csv.buffer();
        int[] c = col;
        // 0 transaction key: unique, held as a 64-bit hash only while reading
        int f = c[0];
        required(csv, f, TX_KEY);
        if (!ByteFields.isPlainAsciiName(b, csv.start(f), csv.end(f))) {
            checkName(csv, f, TX_KEY, csv.string(f));
        }
        keys.add(BytesDictionary.hash64(b, csv.start(f), csv.end(f)), size);
        // 1, 2 award key and PIID
        int before = awardKeys.size();
        int a = code(csv, c[1], AWARD_KEY, awardKeys, true);
        piid(csv, c[2], a, a == before);
        award[size] = a;
        mod.add(code(csv, c[3], MOD, mods, true));
        int d;
        try {
            d = ByteFields.epochDay(b, csv.start(c[4]), csv.end(c[4]));
        } catch (IllegalArgumentException e) {
            throw csv.error(c[4], DATE, e.getMessage());
        }
        day[size] = d;
        if (c[14] >= 0) {
            fiscalYear(csv, c[14], d);
        }
        try {
            cents[size] = ByteFields.scaled(b, csv.start(c[5]), csv.end(c[5]), 2, true);
        } catch (IllegalArgumentException e) {
            throw csv.error(c[5], OBLIGATION, e.getMessage());
        }
        int ag = code(csv, c[6], AGENCY, agencies, true);
        int sub = code(csv, c[7], SUB_AGENCY, subAgencies, true);
        int pair = agencyPairs.code(ag, sub, 0, 0);
        if (pair == componentNames.size()) {
            String shown = Components.of(agencies.get(ag), subAgencies.get(sub));
            if (componentByName.putIfAbsent(shown, pair) != null) {
                shown = subAgencies.get(sub) + " (" + agencies.get(ag) + ")";
            }
            componentNames.add(shown);
        }
        component.add(pair);
        int name = code(csv, c[8], RECIPIENT, recipientNames, true);
        int uei = code(csv, c[9], UEI, ueis, false);
        int parent = code(csv, c[10], PARENT, parents, false);
        int country = code(csv, c[13], COUNTRY, countries, false);
        recipient.add(recipients.code(name, uei, parent, country));
        int p = pscs.find(csv, c[11]);
        if (p < 0) {
            String v = csv.string(c[11]);
            String problem = v.isEmpty() ? "empty value where one is required" : PscCategory.problem(v);
            if (problem != null) {
                throw csv.error(c[11], PSC, problem);
            }
            p = pscs.add(v);
            categoryOfPsc.add(PscCategory.of(v));
        }
        psc.add(p);
        int nc = naicsCodes.find(csv, c[12]);
        if (nc < 0) {
            String v = csv.string(c[12]);
            if (!v.isEmpty() && !v.matches("[0-9]{2,6}")) {
                throw csv.error(c[12], NAICS, "not a NAICS code (two to six ASCII digits)");
            }
            nc = naicsCodes.add(v);
        }
        naics.add(nc);
        size++;
    }

    private void required(CsvBytes csv, int f, String column) {
        if (csv.isEmpty(f)) {
            throw csv.error(f, column, "empty value where one is required");
        }
    }

    /** The dictionary code of a field; a value seen for the first time is checked against the grammar. */
    private static int code(CsvBytes csv, int f, String column, BytesDictionary d, boolean required) {
        int k = d.find(csv, f);
        if (k >= 0) {
            return k;
        }
        String v = csv.string(f);
        if (required || !v.isEmpty()) {
            checkName(csv, f, column, v);
        }
        return d.add(v);
    }

    private static void checkName(CsvBytes csv, int f, String column, String v) {
        String problem = ByteFields.nameProblem(v);
        if (problem != null) {
            throw csv.error(f, column, problem);
        }
    }

    /** The PIID is held only where the award key does not spell it ({@code CONT_AWD_<piid>_…}). */
    private void piid(CsvBytes csv, int f, int awardCode, boolean newAward) {
        byte[] b = csv.buffer();
        int s = csv.start(f);
        int e = csv.end(f);
        boolean inKey = !csv.escaped(f) && e > s
                && (awardKeys.regionEquals(awardCode, 0, PREFIX_AWD, 0, 9)
                        || awardKeys.regionEquals(awardCode, 0, PREFIX_IDV, 0, 9))
                && awardKeys.regionEquals(awardCode, KEY_PREFIX_LENGTH, b, s, e)
                && awardKeys.byteAt(awardCode, KEY_PREFIX_LENGTH + e - s) == '_';
        if (newAward) {
            if (!inKey) {
                String v = csv.string(f);
                checkName(csv, f, PIID, v);
                otherPiids.put(awardCode, v);
            }
            return;
        }
        String other = otherPiids.get(awardCode);
        if (other == null ? !inKey : !other.equals(csv.string(f))) {
            throw csv.error(f, PIID, "the award " + awardKeys.get(awardCode) + " has the PIID '"
                    + (other == null ? new Columns.PiidOf(awardKeys).of(awardCode) : other) + "' on an earlier line");
        }
    }

    private static final byte[] PREFIX_AWD = "CONT_AWD_".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final byte[] PREFIX_IDV = "CONT_IDV_".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private static void fiscalYear(CsvBytes csv, int f, int day) {
        int fy;
        try {
            fy = ByteFields.year(csv.buffer(), csv.start(f), csv.end(f));
        } catch (IllegalArgumentException e) {
            throw csv.error(f, FY, e.getMessage());
        }
        int expected = Transaction.fiscalYearOf(java.time.LocalDate.ofEpochDay(day)).getValue();
        if (fy != expected) {
            throw csv.error(f, FY, "the action date " + java.time.LocalDate.ofEpochDay(day) + " is in fiscal year "
                    + expected);
        }
    }

    private void grow() {
        int n = award.length * 2;
        award = Arrays.copyOf(award, n);
        day = Arrays.copyOf(day, n);
        cents = Arrays.copyOf(cents, n);
    }

    private Columns build() {
        return new Columns(size, Arrays.copyOf(award, size), Arrays.copyOf(day, size), Arrays.copyOf(cents, size),
                mod.trim(), recipient.trim(), component.trim(), psc.trim(), naics.trim(),
                awardKeys.trim(), otherPiids, mods.trim(), recipients.trim(), recipientNames.trim(), ueis.trim(),
                parents.trim(), countries.trim(), agencyPairs.trim(), agencies.trim(), subAgencies.trim(),
                componentNames.toArray(String[]::new), pscs.trim(), categoryOfPsc.toArray(PscCategory[]::new),
                naicsCodes.trim());
    }
}
