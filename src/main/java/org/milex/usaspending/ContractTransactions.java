package org.milex.usaspending;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.milex.awards.AwardTable;
import org.milex.model.Currencies;
import org.milex.model.Money;
import org.milex.model.Share;
import org.milex.table.Tables;
import tech.tablesaw.api.Table;

/**
 * A USAspending prime-transactions feed of contracts, held in columns: every action on every award (the base
 * award and each modification), with the columns analysts group by.
 *
 * <pre>{@code
 * ContractTransactions dod = ContractTransactions.read(Path.of("FY2024_097_Contracts_Full_20241108"));
 * dod.obligationsByComponentAndFiscalYear();            // [Air Force FY2024 USD …, Army FY2024 USD …, …]
 * dod.topRecipients(PscCategory.MISSILES, Year.of(2024), Year.of(2024), 5);
 * dod.history("CONT_AWD_W31P4Q20C0001_9700_-NONE-_-NONE-");   // the base action and every modification
 * dod.share(PscCategory.AMMUNITION, Year.of(2024));     // Σ ammunition / Σ all, fiscal year 2024
 * }</pre>
 *
 * <h2>What is read</h2>
 * The CSV of a USAspending download of prime award transactions for contracts (Award Data Archive files
 * {@code FY2024_097_Contracts_Full_…_N.csv}, or Custom Award Data downloads {@code Contracts_PrimeTransactions_…_N.csv}):
 * one file, or a folder of the split files of one download, which must share their header. Of the few hundred
 * columns, these are kept: {@code contract_transaction_unique_key} (checked unique, not held),
 * {@code contract_award_unique_key}, {@code award_id_piid}, {@code modification_number}, {@code action_date},
 * {@code federal_action_obligation}, {@code awarding_agency_name}, {@code awarding_sub_agency_name},
 * {@code recipient_name}, {@code recipient_uei}, {@code recipient_parent_name}, {@code product_or_service_code},
 * {@code naics_code}, {@code recipient_country_code}; {@code action_date_fiscal_year}, where present, is checked
 * against the action date. The rest are skipped as they stream past.
 *
 * <h2>Strict</h2>
 * Files are UTF-8 (a byte-order mark is skipped); identifiers and names have no surrounding whitespace and no
 * control characters; dates are {@code yyyy-MM-dd} within 1900–2100; obligations are plain decimals with at
 * most two decimals, negative for de-obligations; product and service codes are four letters or digits. The UEI,
 * parent, NAICS code and country may be empty (USAspending leaves them empty for many older actions); every
 * other kept cell is required. One bad cell rejects the feed with a {@link org.milex.DataFileException} naming the
 * file, line, column and value. Every transaction of an award must carry the award's PIID.
 *
 * <h2>Sums</h2>
 * Amounts are US dollars in current prices, exact to the cent: sums are of {@code long} cents, falling back to
 * {@link BigInteger} if they would overflow, and come out as {@link Money}. De-obligations count with their
 * sign. Fiscal years are US federal fiscal years (FY N from 1 October of N-1 to 30 September of N).
 *
 * <h2>Memory</h2>
 * Per transaction: 4 bytes for the award, 2 for the date (days after the feed's first, 4 if its dates span more
 * than 65,535 days; the fiscal year is looked up from it), 8 for the obligation, and 2 each for the recipient
 * (name, UEI, parent and country together), modification number, buyer, product or service code and NAICS code
 * (4 if one column has more than 65,535 distinct values): 24 bytes, plus per award its key's bytes and 4, plus
 * each distinct name once.
 *
 * <p>Immutable and safe to share between threads. No method accepts {@code null}.
 */
public final class ContractTransactions {
    private final Columns c;

    private ContractTransactions(Columns c) {
        this.c = c;
    }

    /**
     * Reads a feed: a prime-transactions CSV file, or a folder holding the split files of one download
     * ({@code …_1.csv}, {@code …_2.csv}, … read in the order of their numbers), streaming.
     *
     * @throws org.milex.DataFileException naming the file, line, column and value for any malformed cell, a
     *     missing column, a header that differs between split files or a repeated transaction key
     * @throws java.io.UncheckedIOException if a file cannot be read
     */
    public static ContractTransactions read(Path fileOrFolder) {
        Objects.requireNonNull(fileOrFolder, "fileOrFolder");
        return new ContractTransactions(TransactionReader.read(fileOrFolder));
    }

    /** The number of transactions. */
    public int size() {
        return c.size;
    }

    /** The number of distinct awards. */
    public int awardCount() {
        return c.awardKeys.size();
    }

    /** The transaction at {@code index}, in the order of the feed. */
    public Transaction transaction(int index) {
        Objects.checkIndex(index, c.size);
        return c.transaction(index);
    }

    /** The transactions in feed order, each made as the stream reaches it. */
    public Stream<Transaction> stream() {
        return IntStream.range(0, c.size).mapToObj(c::transaction);
    }

    /** Σ obligations over all transactions, exact; USD 0.00 for an empty feed. */
    public Money total() {
        return sumWhere(r -> true);
    }

    /**
     * Σ obligations per buyer (DoD component, or sub-agency) and US fiscal year, exact, ordered by buyer, then
     * year; only pairs with at least one transaction. Empty for an empty feed.
     */
    public List<ComponentYearTotal> obligationsByComponentAndFiscalYear() {
        int years = c.fiscalYears;
        int groups = c.agencyPairs.size() * years;
        long[] sum = new long[groups];
        int[] count = new int[groups];
        boolean exact = sumByComponentYear(sum, count);
        BigInteger[] big = exact ? null : bigSumByComponentYear(groups);
        List<ComponentYearTotal> out = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            if (count[g] > 0) {
                Money m = exact ? Columns.usd(sum[g]) : Columns.usd(new BigDecimal(big[g], 2));
                out.add(new ComponentYearTotal(c.componentNames[g / years], Year.of(c.minFy + g % years), m, count[g]));
            }
        }
        out.sort(Comparator.comparing(ComponentYearTotal::component).thenComparing(ComponentYearTotal::fiscalYear));
        return List.copyOf(out);
    }

    /** The inner loop: false if a sum overflowed a {@code long}. */
    private boolean sumByComponentYear(long[] sum, int[] count) {
        int n = c.size;
        int years = c.fiscalYears;
        short[] fyOfDay = c.fyOfDay;
        long[] cents = c.cents;
        char[] narrow = c.component.narrow();
        char[] days = c.dayOffset.narrow();
        try {
            if (narrow != null && days != null) {
                for (int i = 0; i < n; i++) {
                    int g = narrow[i] * years + fyOfDay[days[i]];
                    sum[g] = Math.addExact(sum[g], cents[i]);
                    count[g]++;
                }
            } else {
                for (int i = 0; i < n; i++) {
                    int g = c.component.get(i) * years + c.fiscalYearIndex(i);
                    sum[g] = Math.addExact(sum[g], cents[i]);
                    count[g]++;
                }
            }
            return true;
        } catch (ArithmeticException overflow) {
            return false;
        }
    }

    private BigInteger[] bigSumByComponentYear(int groups) {
        BigInteger[] big = new BigInteger[groups];
        java.util.Arrays.fill(big, BigInteger.ZERO);
        for (int i = 0; i < c.size; i++) {
            int g = c.component.get(i) * c.fiscalYears + c.fiscalYearIndex(i);
            big[g] = big[g].add(BigInteger.valueOf(c.cents[i]));
        }
        return big;
    }

    /**
     * The {@code n} recipients, counted by parent company, with the largest obligations for a category over
     * fiscal years {@code first} to {@code last} (both included), largest first, ties by name. A transaction
     * whose recipient has no parent in the feed counts under the recipient's own name. Fewer if fewer
     * recipients had such transactions.
     *
     * @throws IllegalArgumentException if {@code n < 1} or {@code last} is before {@code first}
     */
    public List<RecipientTotal> topRecipients(PscCategory category, Year first, Year last, int n) {
        Objects.requireNonNull(category, "category");
        checkYears(first, last);
        if (n < 1) {
            throw new IllegalArgumentException("the number of recipients to list is at least 1, not " + n);
        }
        Map<String, Integer> groupOf = new HashMap<>();
        List<String> groupNames = new ArrayList<>();
        int[] groupOfRecipient = new int[c.recipients.size()];
        for (int k = 0; k < groupOfRecipient.length; k++) {
            String name = c.parentOrName(k);
            groupOfRecipient[k] = groupOf.computeIfAbsent(name, x -> {
                groupNames.add(x);
                return groupNames.size() - 1;
            });
        }
        BigInteger[] sum = new BigInteger[groupNames.size()];
        int[] count = new int[groupNames.size()];
        int lo = first.getValue() - c.minFy;
        int hi = last.getValue() - c.minFy;
        for (int i = 0; i < c.size; i++) {
            int y = c.fiscalYearIndex(i);
            if (y >= lo && y <= hi && c.category(i) == category) {
                int g = groupOfRecipient[c.recipient.get(i)];
                sum[g] = sum[g] == null ? BigInteger.valueOf(c.cents[i]) : sum[g].add(BigInteger.valueOf(c.cents[i]));
                count[g]++;
            }
        }
        List<RecipientTotal> all = new ArrayList<>();
        for (int g = 0; g < sum.length; g++) {
            if (count[g] > 0) {
                all.add(new RecipientTotal(groupNames.get(g), Columns.usd(new BigDecimal(sum[g], 2)), count[g]));
            }
        }
        all.sort(Comparator.comparing(RecipientTotal::obligated).reversed().thenComparing(RecipientTotal::recipient));
        return List.copyOf(all.subList(0, Math.min(n, all.size())));
    }

    /**
     * Every action on one award, the base and all modifications, by action date, then modification number,
     * then feed order; empty if the feed has no such award.
     */
    public List<Transaction> history(String awardKey) {
        Objects.requireNonNull(awardKey, "awardKey");
        int a = c.awardKeys.find(awardKey);
        if (a < 0) {
            return List.of();
        }
        List<Transaction> out = new ArrayList<>();
        for (int i = 0; i < c.size; i++) {
            if (c.award[i] == a) {
                out.add(c.transaction(i));
            }
        }
        out.sort(Comparator.comparing(Transaction::actionDate).thenComparing(Transaction::modificationNumber));
        return List.copyOf(out);
    }

    /** An award rolled up from its transactions, or empty if the feed has no such award. */
    public Optional<AwardSummary> award(String awardKey) {
        Objects.requireNonNull(awardKey, "awardKey");
        int a = c.awardKeys.find(awardKey);
        return a < 0 ? Optional.empty() : Optional.of(summaries(x -> x == a).get(0));
    }

    /** The awards with a PIID ({@code award_id_piid}), rolled up, in order of their keys; empty if none. */
    public List<AwardSummary> awardsWithPiid(String piid) {
        Objects.requireNonNull(piid, "piid");
        boolean[] wanted = new boolean[c.awardKeys.size()];
        for (int a = 0; a < wanted.length; a++) {
            wanted[a] = c.piid(a).equals(piid);
        }
        return summaries(a -> wanted[a]);
    }

    /**
     * The transactions whose obligation is at least {@code threshold}, largest first, then in feed order.
     *
     * @throws IllegalArgumentException if the threshold is not in US dollars at current prices, or has
     *     fractions of a cent
     */
    public List<Transaction> atLeast(Money threshold) {
        long min = cents(threshold);
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < c.size; i++) {
            if (c.cents[i] >= min) {
                rows.add(i);
            }
        }
        rows.sort(Comparator.comparingLong((Integer r) -> c.cents[r]).reversed().thenComparing(r -> r));
        return rows.stream().map(c::transaction).toList();
    }

    /**
     * The share of a category in a fiscal year's obligations: Σ obligations of the category's transactions /
     * Σ obligations of all transactions, both in that fiscal year.
     *
     * @throws IllegalStateException if the year's total is not positive, or de-obligations make the share fall
     *     outside 0–100% (the message gives both sums)
     */
    public Share share(PscCategory category, Year fiscalYear) {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(fiscalYear, "fiscalYear");
        int y = fiscalYear.getValue() - c.minFy;
        Money part = sumWhere(r -> c.fiscalYearIndex(r) == y && c.category(r) == category);
        Money whole = sumWhere(r -> c.fiscalYearIndex(r) == y);
        if (!whole.isPositive() || part.isNegative() || part.isGreaterThan(whole)) {
            throw new IllegalStateException("no share of " + category + " in FY" + fiscalYear + ": USD "
                    + part.amount().setScale(2).toPlainString() + " of a total of USD " + whole.amount().setScale(2).toPlainString());
        }
        return Share.of(part, whole);
    }

    /**
     * The awards of this feed that may be a contract milex holds ({@link org.milex.procurement.Contracts}):
     * those with an action in {@code category} within {@code days} days of the contract's date (of its month,
     * where only the month is reported), whose recipient or parent company names one of the contract's suppliers
     * as a whole word, ignoring case ({@code RTX} finds {@code RTX CORPORATION}). Candidates to check, not
     * proof: the feed holds only US federal contracts. For a contract whose PIID is known, {@link
     * #awardsWithPiid} is exact.
     *
     * @throws IllegalArgumentException if the contract has no date or no supplier, or {@code days < 0}
     */
    public List<AwardSummary> candidates(org.milex.procurement.Contract contract, PscCategory category, int days) {
        Objects.requireNonNull(contract, "contract");
        Objects.requireNonNull(category, "category");
        if (days < 0) {
            throw new IllegalArgumentException("a window of at least 0 days, not " + days);
        }
        org.milex.procurement.ReportedDate date = contract.date().orElseThrow(() -> new IllegalArgumentException(
                "the contract " + contract.id() + " has no date to look around"));
        if (contract.suppliers().isEmpty()) {
            throw new IllegalArgumentException("the contract " + contract.id() + " names no supplier to look for");
        }
        LocalDate from = date.day().orElse(date.month().atDay(1)).minusDays(days);
        LocalDate to = date.day().orElse(date.month().atEndOfMonth()).plusDays(days);
        List<java.util.regex.Pattern> words = contract.suppliers().stream()
                .map(w -> java.util.regex.Pattern.compile("(?iu)(^|\\W)" + java.util.regex.Pattern.quote(w) + "($|\\W)"))
                .toList();
        boolean[] named = new boolean[c.recipients.size()];
        for (int k = 0; k < named.length; k++) {
            String name = c.names.get(c.recipients.part(k, 0));
            String parent = c.parentOrName(k);
            named[k] = words.stream().anyMatch(w -> w.matcher(name).find() || w.matcher(parent).find());
        }
        boolean[] wanted = new boolean[c.awardKeys.size()];
        long lo = from.toEpochDay();
        long hi = to.toEpochDay();
        for (int i = 0; i < c.size; i++) {
            if (named[c.recipient.get(i)] && c.day(i) >= lo && c.day(i) <= hi && c.category(i) == category) {
                wanted[c.award[i]] = true;
            }
        }
        return summaries(a -> wanted[a]);
    }

    /** The whole feed rolled up into awards, one row per award key, as an {@link AwardTable} (see below). */
    public AwardTable awards() {
        return AwardRollup.of(c);
    }

    /** The transactions as a Tablesaw table, one row each, columns named as {@link Transaction}'s components. */
    public Table toTable() {
        return Tables.of(Transaction.class, stream().toList());
    }

    /** How many transactions, awards and bytes of columns this feed holds. */
    @Override
    public String toString() {
        return "ContractTransactions: " + c.size + " transactions, " + c.awardKeys.size() + " awards, total " + total();
    }

    // ------------------------------------------------------------------ internals

    Columns columns() {
        return c;
    }

    private Money sumWhere(java.util.function.IntPredicate keep) {
        BigInteger big = BigInteger.ZERO;
        long s = 0;
        for (int i = 0; i < c.size; i++) {
            if (keep.test(i)) {
                long t = s + c.cents[i];
                if (((s ^ t) & (c.cents[i] ^ t)) < 0) {
                    big = big.add(BigInteger.valueOf(s));
                    t = c.cents[i];
                }
                s = t;
            }
        }
        return Columns.usd(new BigDecimal(big.add(BigInteger.valueOf(s)), 2));
    }

    private List<AwardSummary> summaries(java.util.function.IntPredicate awardWanted) {
        Map<Integer, List<Integer>> rows = new java.util.TreeMap<>();
        for (int i = 0; i < c.size; i++) {
            if (awardWanted.test(c.award[i])) {
                rows.computeIfAbsent(c.award[i], k -> new ArrayList<>()).add(i);
            }
        }
        List<AwardSummary> out = new ArrayList<>();
        rows.forEach((a, rs) -> out.add(AwardRollup.summary(c, a, rs)));
        out.sort(Comparator.comparing(AwardSummary::awardKey));
        return List.copyOf(out);
    }

    private static long cents(Money m) {
        Objects.requireNonNull(m, "threshold");
        if (!m.currency().equals(Currencies.USD) || !m.basis().equals(org.milex.model.PriceBasis.current())) {
            throw new IllegalArgumentException("a threshold in US dollars at current prices, not " + m);
        }
        try {
            return m.amount().movePointRight(2).longValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("a threshold in whole cents, not " + m, e);
        }
    }

    private static void checkYears(Year first, Year last) {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("the last fiscal year " + last + " is before the first " + first);
        }
    }

    static LocalDate day(int epochDay) {
        return LocalDate.ofEpochDay(epochDay);
    }
}
