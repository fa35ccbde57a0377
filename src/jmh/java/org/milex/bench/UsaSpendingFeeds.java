package org.milex.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generated USAspending prime-transactions feeds for the benchmarks: the published header (all 297 columns,
 * read from the tests' {@code prime-transactions-columns.txt}), about five actions an award, a tenth of the
 * modifications de-obligations, 6 buyers, 2,000 recipients, 12 product and service codes, fiscal years 2016 to
 * 2026. Written once per size under {@code target/bench-feeds/} and reused.
 */
final class UsaSpendingFeeds {
    static final Path COLUMNS = Path.of("src/test/resources/org/milex/usaspending/prime-transactions-columns.txt");
    static final String[][] BUYERS = {
        {"Department of Defense", "Department of the Army"}, {"Department of Defense", "Department of the Navy"},
        {"Department of Defense", "Department of the Air Force"}, {"Department of Defense", "Defense Logistics Agency"},
        {"Department of Defense", "Missile Defense Agency"}, {"Department of Homeland Security", "U.S. Coast Guard"},
    };
    static final String[] PSCS = {"1410", "1427", "1305", "1315", "1510", "1905", "2320", "AC13", "J014", "R425",
        "7030", "S206"};

    private UsaSpendingFeeds() {
    }

    /** The feed of {@code n} transactions, written if not there yet. */
    static Path feed(int n) {
        Path file = Path.of("target/bench-feeds/usaspending-" + n + ".csv");
        if (!Files.exists(file)) {
            try {
                Files.createDirectories(file.getParent());
                Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
                write(tmp, n, 7L);
                Files.move(tmp, file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return file;
    }

    static void write(Path file, int n, long seed) throws IOException {
        List<String> cols = new ArrayList<>();
        for (String l : Files.readAllLines(COLUMNS)) {
            if (!l.startsWith("#")) {
                cols.add(l);
            }
        }
        int width = cols.size();
        int[] at = new int[KEYS.length];
        for (int k = 0; k < KEYS.length; k++) {
            at[k] = cols.indexOf(KEYS[k]);
        }
        Random rnd = new Random(seed);
        int open = 64;
        int[] award = new int[open];
        int[] left = new int[open];
        int[] done = new int[open];
        int[] day = new int[open];
        int[] buyer = new int[open];
        int[] psc = new int[open];
        int[] rec = new int[open];
        int next = 0;
        int first = (int) LocalDate.of(2015, 10, 1).toEpochDay();
        String[] cells = new String[width];
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            out.write((String.join(",", cols) + "\n").getBytes(StandardCharsets.UTF_8));
            StringBuilder sb = new StringBuilder(4096);
            for (int t = 0; t < n; t++) {
                int s = rnd.nextInt(open);
                if (left[s] == 0) {
                    award[s] = next++;
                    left[s] = 1 + (int) Math.min(60, -Math.log(1 - rnd.nextDouble()) * 4);
                    done[s] = 0;
                    day[s] = first + rnd.nextInt(3400);
                    buyer[s] = rnd.nextInt(BUYERS.length);
                    psc[s] = rnd.nextInt(PSCS.length);
                    rec[s] = rnd.nextInt(2000);
                }
                String piid = "W" + (10_000 + award[s] % 97) + "C" + (10_000_000 + award[s]);
                String mod = done[s] == 0 ? "0" : "P" + Integer.toString(100_000 + done[s]).substring(1);
                long cents = done[s] == 0 ? 100_000 + (long) (rnd.nextDouble() * rnd.nextDouble() * 5_000_000_000L)
                        : rnd.nextInt(10) == 0 ? -(1 + rnd.nextInt(50_000_000)) : rnd.nextInt(200_000_000);
                LocalDate date = LocalDate.ofEpochDay(day[s]);
                int fy = date.getMonthValue() >= 10 ? date.getYear() + 1 : date.getYear();
                int r = rec[s];
                java.util.Arrays.fill(cells, null);
                String[] v = {"9700_-NONE-_" + piid + "_" + mod + "_-NONE-_0", "CONT_AWD_" + piid + "_9700_-NONE-_-NONE-",
                    piid, mod, "0", (cents < 0 ? "-" : "") + Math.abs(cents) / 100 + "." + (100 + Math.abs(cents) % 100 + "").substring(1),
                    date.toString(), Integer.toString(fy), "097", BUYERS[buyer[s]][0], "2100", BUYERS[buyer[s]][1],
                    "UEI" + (1_000_000_000 + r), "\"SUPPLIER " + r + ", INC.\"", r % 7 == 3 ? "" : "PARENT " + (r % 300) + " HOLDINGS",
                    "USA", "UNITED STATES", "TUCSON", "AZ", PSCS[psc[s]], "\"GUIDED MISSILES, ETC.\"", r % 11 == 0 ? "" : "336414",
                    "\"ACTION " + mod + " ON " + piid + ", PRODUCTION\"", "2025-11-01 10:11:12", date.toString(), "123456.78"};
                for (int k = 0; k < KEYS.length; k++) {
                    cells[at[k]] = v[k];
                }
                sb.setLength(0);
                for (int c = 0; c < width; c++) {
                    if (c > 0) {
                        sb.append(',');
                    }
                    if (cells[c] != null) {
                        sb.append(cells[c]);
                    }
                }
                sb.append('\n');
                out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
                done[s]++;
                day[s] += 1 + rnd.nextInt(40);
                left[s]--;
            }
        }
    }

    private static final String[] KEYS = {"contract_transaction_unique_key", "contract_award_unique_key",
        "award_id_piid", "modification_number", "transaction_number", "federal_action_obligation", "action_date",
        "action_date_fiscal_year", "awarding_agency_code", "awarding_agency_name", "awarding_sub_agency_code",
        "awarding_sub_agency_name", "recipient_uei", "recipient_name", "recipient_parent_name",
        "recipient_country_code", "recipient_country_name", "recipient_city_name", "recipient_state_code",
        "product_or_service_code", "product_or_service_code_description", "naics_code", "transaction_description",
        "last_modified_date", "period_of_performance_start_date", "total_dollars_obligated"};
}
