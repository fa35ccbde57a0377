package org.milex.usaspending;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Writes USAspending-shaped prime-transactions feeds for tests: the published header (all 297 columns, from
 * {@code prime-transactions-columns.txt}), rows given column by column (the rest left empty, or filled with
 * plausible values), and generated feeds with awards, modifications, de-obligations, names with commas, split
 * into several files. While it writes, it keeps its own totals (from the numbers it generated, never from the
 * file) for the tests to compare with.
 */
final class UsaSpendingFeed {
    static final List<String> COLUMNS = columns();
    private static final Map<String, Integer> INDEX = index();

    /** The agency and sub-agency of each buyer, and the short name milex should show (dod-components.csv). */
    static final String[][] BUYERS = {
        {"Department of Defense", "Department of the Army", "Army"},
        {"Department of Defense", "Department of the Navy", "Navy"},
        {"Department of Defense", "Department of the Air Force", "Air Force"},
        {"Department of Defense", "Defense Logistics Agency", "DLA"},
        {"Department of Defense", "Missile Defense Agency", "MDA"},
        {"Department of Homeland Security", "U.S. Coast Guard", "U.S. Coast Guard"},
    };

    /** Product and service codes and the category the PSC manual's groups put them in. */
    static final Object[][] PSCS = {
        {"1410", PscCategory.MISSILES},      // group 14, Guided Missiles
        {"1427", PscCategory.MISSILES},
        {"1305", PscCategory.AMMUNITION},    // group 13, Ammunition and Explosives
        {"1315", PscCategory.AMMUNITION},
        {"1510", PscCategory.AIRCRAFT},      // group 15
        {"1905", PscCategory.SHIPS},         // group 19
        {"2320", PscCategory.VEHICLES},      // group 23
        {"AC13", PscCategory.RESEARCH_AND_DEVELOPMENT},
        {"J014", PscCategory.MAINTENANCE_AND_REPAIR},
        {"R425", PscCategory.PROFESSIONAL_SERVICES},
        {"7030", PscCategory.OTHER_PRODUCTS},
        {"S206", PscCategory.OTHER_SERVICES},
    };

    private static final String[] MODS = java.util.stream.IntStream.range(0, 100)
            .mapToObj(k -> String.format("P%05d", k)).toArray(String[]::new);

    private UsaSpendingFeed() {
    }

    private static List<String> columns() {
        try (InputStream in = UsaSpendingFeed.class.getResourceAsStream("prime-transactions-columns.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Integer> index() {
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < COLUMNS.size(); i++) {
            m.put(COLUMNS.get(i), i);
        }
        return m;
    }

    /** A CSV line: each value quoted when it holds a comma, quote or line break. */
    static String line(Map<String, String> row) {
        String[] cells = new String[COLUMNS.size()];
        row.forEach((k, v) -> cells[INDEX.get(k)] = v);
        return line(cells, new StringBuilder()).toString();
    }

    /** Appends a CSV line of cells in header order ({@code null} for empty). */
    static StringBuilder line(String[] cells, StringBuilder sb) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            String v = cells[i] == null ? "" : cells[i];
            if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0) {
                sb.append('"').append(v.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(v);
            }
        }
        return sb.append('\n');
    }

    static String header() {
        return String.join(",", COLUMNS) + "\n";
    }

    /** A valid row for a small test, to be changed column by column. */
    static Map<String, String> row(String piid, String mod, String date, String obligation) {
        Map<String, String> r = new LinkedHashMap<>();
        r.put("contract_transaction_unique_key", "9700_-NONE-_" + piid + "_" + mod + "_-NONE-_0");
        r.put("contract_award_unique_key", "CONT_AWD_" + piid + "_9700_-NONE-_-NONE-");
        r.put("award_id_piid", piid);
        r.put("modification_number", mod);
        r.put("transaction_number", "0");
        r.put("federal_action_obligation", obligation);
        r.put("action_date", date);
        r.put("action_date_fiscal_year", Integer.toString(Transaction.fiscalYearOf(LocalDate.parse(date)).getValue()));
        r.put("awarding_agency_code", "097");
        r.put("awarding_agency_name", "Department of Defense");
        r.put("awarding_sub_agency_code", "2100");
        r.put("awarding_sub_agency_name", "Department of the Army");
        r.put("recipient_uei", "QAZWSXEDCRFV");
        r.put("recipient_name", "RAYTHEON COMPANY");
        r.put("recipient_parent_name", "RTX CORPORATION");
        r.put("recipient_country_code", "USA");
        r.put("product_or_service_code", "1410");
        r.put("product_or_service_code_description", "GUIDED MISSILES");
        r.put("naics_code", "336414");
        r.put("transaction_description", "STINGER MISSILES, PRODUCTION, LOT 5");
        return r;
    }

    static Path write(Path file, List<Map<String, String>> rows) {
        StringBuilder sb = new StringBuilder(header());
        rows.forEach(r -> sb.append(line(r)));
        try {
            return Files.writeString(file, sb.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a generated feed should answer, from the generated numbers. */
    static final class Expected {
        int transactions;
        int awards;
        final Map<String, BigDecimal> byComponentYear = new TreeMap<>(); // "Army|2024"
        final Map<String, Integer> countByComponentYear = new TreeMap<>();
        final Map<String, BigDecimal> missilesByParent2022to2024 = new HashMap<>();
        final Map<Integer, BigDecimal> ammunitionByFy = new HashMap<>();
        final Map<Integer, BigDecimal> allByFy = new HashMap<>();
        final Map<String, List<BigDecimal>> historyOf = new HashMap<>(); // a few awards, in order
        int atLeastTenMillion;
        BigDecimal atLeastTenMillionSum = BigDecimal.ZERO;
        BigDecimal total = BigDecimal.ZERO;
        int deobligations;
    }

    /**
     * Writes a feed of {@code n} transactions split into {@code parts} files under {@code dir}, interleaving the
     * actions of 64 open awards at a time as a download does.
     */
    static Expected generate(Path dir, int n, int parts, long seed) throws IOException {
        Random rnd = new Random(seed);
        Expected x = new Expected();
        int recipients = 2000;
        String[] names = new String[recipients];
        String[] parents = new String[recipients];
        String[] ueis = new String[recipients];
        for (int k = 0; k < recipients; k++) {
            names[k] = k % 10 == 0 ? "SUPPLIER " + k + ", INC." : "SUPPLIER " + k + " CORPORATION";
            parents[k] = k % 7 == 3 ? "" : "PARENT " + (k % 300) + (k % 300 == 5 ? ", LLC" : " HOLDINGS");
            ueis[k] = String.format("U%011d", k);
        }
        int open = 64;
        int[] awardOf = new int[open];
        int[] left = new int[open];
        int[] done = new int[open];
        LocalDate[] nextDate = new LocalDate[open];
        int[] buyer = new int[open];
        int[] psc = new int[open];
        int[] rec = new int[open];
        int nextAward = 0;
        for (int s = 0; s < open; s++) {
            nextAward = openAward(rnd, s, nextAward, awardOf, left, done, nextDate, buyer, psc, rec, recipients);
        }
        int perPart = (n + parts - 1) / parts;
        BufferedWriter w = null;
        String[] row = new String[COLUMNS.size()];
        StringBuilder out = new StringBuilder(1 << 16);
        for (int t = 0; t < n; t++) {
            if (t % perPart == 0) {
                if (w != null) {
                    w.write(out.toString());
                    out.setLength(0);
                    w.close();
                }
                w = Files.newBufferedWriter(dir.resolve("Contracts_PrimeTransactions_2025-11-30_H22M00S00_"
                        + (t / perPart + 1) + ".csv"), StandardCharsets.UTF_8);
                w.write(header());
            }
            int s = rnd.nextInt(open);
            int a = awardOf[s];
            String piid = "W" + (10_000 + a % 97) + "C" + (1_000_000 + a);
            String mod = done[s] == 0 ? "0" : MODS[Math.min(done[s], MODS.length - 1)];
            long cents = done[s] == 0 ? 100_000 + (long) (rnd.nextDouble() * rnd.nextDouble() * 5_000_000_000L)
                    : rnd.nextInt(10) == 0 ? -(1 + rnd.nextInt(50_000_000)) : rnd.nextInt(200_000_000);
            BigDecimal value = BigDecimal.valueOf(cents, 2);
            LocalDate date = nextDate[s];
            int fy = Transaction.fiscalYearOf(date).getValue();
            String[] b = BUYERS[buyer[s]];
            Object[] p = PSCS[psc[s]];
            int r = rec[s];
            java.util.Arrays.fill(row, null);
            row[INDEX.get("contract_transaction_unique_key")] = ("9700_-NONE-_" + piid + "_" + mod + "_-NONE-_0");
            row[INDEX.get("contract_award_unique_key")] = ((a % 5 == 0 ? "CONT_IDV_" : "CONT_AWD_") + piid + "_9700_-NONE-_-NONE-");
            row[INDEX.get("award_id_piid")] = (piid);
            row[INDEX.get("modification_number")] = (mod);
            row[INDEX.get("transaction_number")] = ("0");
            row[INDEX.get("federal_action_obligation")] = (value.toPlainString());
            row[INDEX.get("total_dollars_obligated")] = ("123456.78");
            row[INDEX.get("action_date")] = (date.toString());
            row[INDEX.get("action_date_fiscal_year")] = (Integer.toString(fy));
            row[INDEX.get("period_of_performance_start_date")] = (date.toString());
            row[INDEX.get("awarding_agency_code")] = ("097");
            row[INDEX.get("awarding_agency_name")] = (b[0]);
            row[INDEX.get("awarding_sub_agency_code")] = ("2100");
            row[INDEX.get("awarding_sub_agency_name")] = (b[1]);
            row[INDEX.get("awarding_office_name")] = ("W6QK ACC-RSA, REDSTONE ARSENAL");
            row[INDEX.get("funding_agency_name")] = (b[0]);
            row[INDEX.get("recipient_uei")] = (ueis[r]);
            row[INDEX.get("recipient_name")] = (names[r]);
            row[INDEX.get("recipient_name_raw")] = (names[r]);
            row[INDEX.get("recipient_parent_name")] = (parents[r]);
            row[INDEX.get("recipient_country_code")] = ("USA");
            row[INDEX.get("recipient_country_name")] = ("UNITED STATES");
            row[INDEX.get("recipient_city_name")] = ("TUCSON");
            row[INDEX.get("recipient_state_code")] = ("AZ");
            row[INDEX.get("product_or_service_code")] = ((String) p[0]);
            row[INDEX.get("product_or_service_code_description")] = ("DESCRIPTION OF " + p[0] + ", GROUP");
            row[INDEX.get("naics_code")] = (r % 11 == 0 ? "" : "336414");
            row[INDEX.get("transaction_description")] = ("ACTION " + mod + " ON \"" + piid + "\"");
            row[INDEX.get("last_modified_date")] = ("2025-11-01 10:11:12");
            line(row, out);
            if (out.length() > 60_000) {
                w.write(out.toString());
                out.setLength(0);
            }

            x.transactions++;
            x.total = x.total.add(value);
            String cy = b[2] + "|" + fy;
            x.byComponentYear.merge(cy, value, BigDecimal::add);
            x.countByComponentYear.merge(cy, 1, Integer::sum);
            PscCategory cat = (PscCategory) p[1];
            if (cat == PscCategory.MISSILES && fy >= 2022 && fy <= 2024) {
                x.missilesByParent2022to2024.merge(parents[r].isEmpty() ? names[r] : parents[r], value, BigDecimal::add);
            }
            if (cat == PscCategory.AMMUNITION) {
                x.ammunitionByFy.merge(fy, value, BigDecimal::add);
            }
            x.allByFy.merge(fy, value, BigDecimal::add);
            if (a % 10_007 == 1) {
                x.historyOf.computeIfAbsent(row[INDEX.get("contract_award_unique_key")], k -> new ArrayList<>()).add(value);
            }
            if (cents >= 1_000_000_000L) {
                x.atLeastTenMillion++;
                x.atLeastTenMillionSum = x.atLeastTenMillionSum.add(value);
            }
            if (cents < 0) {
                x.deobligations++;
            }
            done[s]++;
            nextDate[s] = date.plusDays(1 + rnd.nextInt(40));
            if (--left[s] == 0 || nextDate[s].getYear() > 2025) {
                nextAward = openAward(rnd, s, nextAward, awardOf, left, done, nextDate, buyer, psc, rec, recipients);
            }
        }
        w.write(out.toString());
        w.close();
        x.awards = nextAward - countUnused(left, done);
        return x;
    }

    private static int countUnused(int[] left, int[] done) {
        int unused = 0;
        for (int s = 0; s < left.length; s++) {
            if (done[s] == 0) {
                unused++;
            }
        }
        return unused;
    }

    private static int openAward(Random rnd, int s, int next, int[] awardOf, int[] left, int[] done,
                                 LocalDate[] nextDate, int[] buyer, int[] psc, int[] rec, int recipients) {
        awardOf[s] = next;
        left[s] = 1 + (int) Math.min(60, -Math.log(1 - rnd.nextDouble()) * 4); // about 5 actions an award
        done[s] = 0;
        nextDate[s] = LocalDate.of(2015, 10, 1).plusDays(rnd.nextInt(3400));
        buyer[s] = rnd.nextInt(BUYERS.length);
        psc[s] = rnd.nextInt(PSCS.length);
        rec[s] = rnd.nextInt(recipients);
        return next + 1;
    }
}
