package org.milex.awards;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.milex.internal.Codes;
import org.milex.model.Money;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * An immutable table of contract awards, held in columns so that millions of them fit in memory and sum
 * fast, exactly.
 *
 * <pre>{@code
 * AwardTable awards = AwardTable.read(Path.of("awards.csv"), AwardCsvFormat.standard().withCategory("cpv"));
 * awards.size();                                         // 1000000
 * awards.totalByBuyer().get("DEU");                      // EUR 48211.3 mn (current prices)
 * awards.betweenYears(Year.of(2014), Year.of(2024))
 *       .forBuyers(Set.of("DEU", "FRA"))
 *       .totalByBuyerAndYear();                          // {DEU 2014=EUR …, …, FRA 2024=EUR …}
 * awards.topSuppliers(10);                               // the ten largest suppliers by total value
 * }</pre>
 *
 * <h2>Values</h2>
 * Every value is exact: a whole number of minor units of its currency (cents for EUR and USD, yen for JPY,
 * as {@link Currency#getDefaultFractionDigits()} says), in current prices. Amounts with more decimals are
 * refused, never rounded. Totals are exact too (each sum is kept as a sum of low and a sum of
 * high 32-bit halves, so no total of up to 2<sup>31</sup> awards overflows) and come out as {@link Money}
 * in current prices.
 *
 * <h2>Totals and currencies</h2>
 * A total is Σ value over the awards of a group. Each group's total is in the currency of its awards; a
 * group whose awards are in two currencies throws {@link org.milex.model.MoneyMismatchException}
 * ({@code "Currencies differ: EUR/USD"}). To total a table that mixes currencies, take one currency at a
 * time ({@link #inCurrency(Currency)}), or ask for {@link #totalByCurrency()}. Grouped totals are sorted maps
 * that hold only groups with at least one award; on an empty table they are empty, and {@link #total()} is
 * empty.
 *
 * <h2>Views</h2>
 * The filters ({@link #betweenYears}, {@link #between}, {@link #forBuyers}, {@link #inCurrency}) return
 * views that share this table's columns and hold only the numbers of their rows (4 bytes per selected row);
 * a filter that keeps every row returns this table itself.
 *
 * <h2>Memory</h2>
 * Per award: the id's characters (1 byte each while they are Latin-1, else 2) + 4 bytes for its end offset;
 * 4 bytes for the date (an epoch day); 8 for the value (a {@code long} of minor units); 1 for the currency;
 * 2 each for the buyer, supplier and category (codes into dictionaries of their distinct names; 4 for a column
 * whose dictionary holds more than 65,535 names); 1 bit for whether a category is present. That is
 * <b>{@code 23.125 + id length} bytes per award</b>, 35 for 12-character ids, plus each distinct buyer, supplier
 * and category once. The first {@link #find(String)} adds an index of 8 to 16 bytes per award. Measured on a
 * million synthetic awards with 11-character ids ({@code org.milex.bench.AwardMemory}, heap after full
 * collections): 37 bytes per award (49 after
 * {@code find}), against 95 for a Tablesaw table of the same columns and 164 for a {@code List} of records
 * with {@code String}, {@code LocalDate} and {@code BigDecimal} fields sharing their name strings.
 *
 * <p>Tables and views are immutable and safe to share between threads. No method accepts {@code null}.
 */
public final class AwardTable {

    /** The award id column of {@link #toTable()}, a StringColumn. */
    public static final String ID = "award_id";
    /** The award date column of {@link #toTable()}, a DateColumn. */
    public static final String DATE = "award_date";
    /** The buyer column of {@link #toTable()}, a StringColumn. */
    public static final String BUYER = "buyer";
    /** The supplier column of {@link #toTable()}, a StringColumn. */
    public static final String SUPPLIER = "supplier";
    /** The value column of {@link #toTable()}: a DoubleColumn of whole units (2.5 for EUR 2.50), nearest double. */
    public static final String VALUE = "value";
    /** The currency column of {@link #toTable()}, a StringColumn of ISO 4217 codes. */
    public static final String CURRENCY = "currency";
    /** The category column of {@link #toTable()}, a StringColumn, missing where an award has no category. */
    public static final String CATEGORY = "category";

    private final Columns c;
    /** The selected rows of {@code c} in increasing order, or {@code null} for all of them. */
    private final int[] rows;
    private final int size;

    private AwardTable(Columns c, int[] rows) {
        this.c = c;
        this.rows = rows;
        this.size = rows == null ? c.size : rows.length;
    }

    /** A builder for tables made in code. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A table of the awards, in their order.
     *
     * @throws IllegalArgumentException naming an id that appears twice
     */
    public static AwardTable of(Collection<Award> awards) {
        Builder b = new Builder();
        awards.forEach(b::add);
        return b.build();
    }

    /**
     * Reads a CSV file whose columns {@code format} names, streaming: the file is never held as text. The
     * first line is the header; every later line is one award with as many fields as the header. Other
     * columns are ignored. Nothing is skipped and nothing is rounded.
     *
     * @throws org.milex.DataFileException naming the file, line, column and value, for a missing column, a
     *     line with too few or too many fields, an empty id, date, buyer, supplier, value or currency, a date
     *     not in the format's pattern, a value that is not a plain decimal or has more decimals than its
     *     currency's minor unit, a currency that is not an ISO 4217 code, or an id seen before
     * @throws java.io.UncheckedIOException if the file cannot be read
     */
    public static AwardTable read(Path csv, AwardCsvFormat format) {
        Objects.requireNonNull(csv, "csv");
        Objects.requireNonNull(format, "format");
        return AwardCsvReader.read(csv, format);
    }

    /** Reads a CSV file in the {@linkplain AwardCsvFormat#standard() standard format}. */
    public static AwardTable read(Path csv) {
        return read(csv, AwardCsvFormat.standard());
    }

    // ---------------------------------------------------------------- rows

    /** The number of awards. */
    public int size() {
        return size;
    }

    /** Whether there are no awards. */
    public boolean isEmpty() {
        return size == 0;
    }

    /**
     * The award at {@code index}, in the order the awards were read or added.
     *
     * @throws IndexOutOfBoundsException unless {@code 0 <= index < size()}
     */
    public Award award(int index) {
        Objects.checkIndex(index, size);
        return c.award(row(index));
    }

    /** The award with an id, or empty if this table has none. The first call indexes the ids. */
    public Optional<Award> find(String id) {
        Objects.requireNonNull(id, "id");
        int r = c.index().find(id);
        if (r < 0 || (rows != null && Arrays.binarySearch(rows, r) < 0)) {
            return Optional.empty();
        }
        return Optional.of(c.award(r));
    }

    /**
     * The awards as records, in order. Each is made as the stream reaches it, so this is the slow path: to
     * sum, use this table's totals, which read the columns; {@link AwardCollectors} works on this stream.
     */
    public Stream<Award> stream() {
        return IntStream.range(0, size).mapToObj(this::award);
    }

    /** The currencies of the awards, in order of their ISO codes. */
    public Set<Currency> currencies() {
        boolean[] seen = new boolean[c.currencies.length];
        for (int i = 0; i < size; i++) {
            seen[c.currency[row(i)]] = true;
        }
        Set<Currency> out = new LinkedHashSet<>();
        for (Currency cur : c.byCode()) {
            if (seen[c.currencyIndex(cur)]) {
                out.add(cur);
            }
        }
        return Collections.unmodifiableSet(out);
    }

    // ---------------------------------------------------------------- filters

    /**
     * The awards made from 1 January of {@code first} to 31 December of {@code last}, both included.
     *
     * @throws IllegalArgumentException if {@code last} is before {@code first}
     */
    public AwardTable betweenYears(Year first, Year last) {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        return between(first.atDay(1), last.atMonth(12).atEndOfMonth());
    }

    /**
     * The awards made from {@code first} to {@code last}, both included.
     *
     * @throws IllegalArgumentException if {@code last} is before {@code first}
     */
    public AwardTable between(LocalDate first, LocalDate last) {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("the last day " + last + " is before the first " + first);
        }
        long from = first.toEpochDay();
        long to = last.toEpochDay();
        int[] days = c.days;
        return where(r -> days[r] >= from && days[r] <= to);
    }

    /**
     * The awards of the named buyers, spelt exactly as in the feed. A name no award has selects nothing.
     */
    public AwardTable forBuyers(Collection<String> buyers) {
        Objects.requireNonNull(buyers, "buyers");
        boolean[] wanted = new boolean[c.buyers.length];
        for (String b : buyers) {
            Objects.requireNonNull(b, "a buyer");
            Integer code = c.buyerCodes().get(b);
            if (code != null) {
                wanted[code] = true;
            }
        }
        Codes buyer = c.buyer;
        return where(r -> wanted[buyer.get(r)]);
    }

    /** The awards whose values are in {@code currency}. */
    public AwardTable inCurrency(Currency currency) {
        Objects.requireNonNull(currency, "currency");
        int index = c.currencyIndex(currency);
        byte[] cur = c.currency;
        return where(r -> cur[r] == index);
    }

    private AwardTable where(IntPredicate keep) {
        int[] selected = new int[size];
        int n = 0;
        for (int i = 0; i < size; i++) {
            int r = row(i);
            if (keep.test(r)) {
                selected[n++] = r;
            }
        }
        return n == size ? this : new AwardTable(c, Arrays.copyOf(selected, n));
    }

    // ---------------------------------------------------------------- totals

    /**
     * Σ value over all awards, exact; empty if there are none.
     *
     * @throws org.milex.model.MoneyMismatchException if the awards are in more than one currency
     */
    public Optional<Money> total() {
        GroupSums s = sum(Key.ALL);
        return Optional.ofNullable(s.money(0));
    }

    /** Σ value per currency over all awards, exact, in order of the currencies' ISO codes. */
    public Map<Currency, Money> totalByCurrency() {
        GroupSums s = sum(Key.ALL);
        Map<Currency, Money> out = new LinkedHashMap<>();
        for (Currency cur : c.byCode()) {
            int k = c.currencyIndex(cur);
            if (s.count(0, k) > 0) {
                out.put(cur, s.money(0, k));
            }
        }
        return Collections.unmodifiableMap(out);
    }

    /**
     * Σ value per buyer, exact, in order of the buyers' names.
     *
     * @throws org.milex.model.MoneyMismatchException if one buyer's awards are in two currencies
     */
    public SortedMap<String, Money> totalByBuyer() {
        return sum(Key.BUYER).toMap(g -> c.buyers[g], c.buyerOrder.get(), String[]::new);
    }

    /**
     * Σ value per supplier, exact, in order of the suppliers' names.
     *
     * @throws org.milex.model.MoneyMismatchException if one supplier's awards are in two currencies
     */
    public SortedMap<String, Money> totalBySupplier() {
        return sum(Key.SUPPLIER).toMap(g -> c.suppliers[g], c.supplierOrder.get(), String[]::new);
    }

    /**
     * Σ value per category, exact, in order of the categories; awards without a category are in none.
     *
     * @throws org.milex.model.MoneyMismatchException if one category's awards are in two currencies
     */
    public SortedMap<String, Money> totalByCategory() {
        return sum(Key.CATEGORY).toMap(g -> c.categories[g], c.categoryOrder.get(), String[]::new);
    }

    /**
     * Σ value per calendar year of the award date, exact, in year order.
     *
     * @throws org.milex.model.MoneyMismatchException if one year's awards are in two currencies
     */
    public SortedMap<Year, Money> totalByYear() {
        return sum(Key.YEAR).toMap(g -> Year.of(c.minYear + g), null, Year[]::new);
    }

    /**
     * Σ value per buyer and calendar year, exact, ordered by buyer, then year.
     *
     * @throws org.milex.model.MoneyMismatchException if one buyer's awards in a year are in two currencies
     */
    public SortedMap<BuyerYear, Money> totalByBuyerAndYear() {
        int years = c.years;
        int[] buyers = c.buyerOrder.get();
        int[] order = new int[buyers.length * years];          // buyers by name, each one's years in order
        for (int b = 0; b < buyers.length; b++) {
            for (int y = 0; y < years; y++) {
                order[b * years + y] = buyers[b] * years + y;
            }
        }
        return sum(Key.BUYER_YEAR).toMap(g -> BuyerYear.of(c.buyers[g / years], c.minYear + g % years), order,
                BuyerYear[]::new);
    }

    /**
     * The {@code n} suppliers with the largest total values (Σ value over each one's awards), largest first;
     * ties in name order. Fewer if there are fewer suppliers.
     *
     * @throws IllegalArgumentException if {@code n < 1}
     * @throws org.milex.model.MoneyMismatchException if the suppliers' totals are in different currencies,
     *     which cannot be ranked
     */
    public List<GroupTotal> topSuppliers(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("the number of suppliers to list is at least 1, not " + n);
        }
        GroupSums s = sum(Key.SUPPLIER);
        List<GroupTotal> all = new ArrayList<>();
        for (int g = 0; g < s.groups(); g++) {
            Money m = s.money(g);
            if (m != null) {
                all.add(new GroupTotal(c.suppliers[g], m, (int) s.count(g)));
            }
        }
        all.sort(Comparator.comparing(GroupTotal::total).reversed().thenComparing(GroupTotal::group));
        return List.copyOf(all.subList(0, Math.min(n, all.size())));
    }

    // ---------------------------------------------------------------- Tablesaw

    /**
     * A new Tablesaw table of the awards with the columns {@link #ID}, {@link #DATE}, {@link #BUYER},
     * {@link #SUPPLIER}, {@link #VALUE}, {@link #CURRENCY} and {@link #CATEGORY}. The value column holds
     * doubles, which are not exact: the nearest double to each value for values below 2<sup>53</sup> minor
     * units, and sums of doubles may round. Use this table's own totals for exact figures.
     */
    public Table toTable() {
        org.milex.internal.QuietLogging.beforeTablesaw();
        StringColumn id = StringColumn.create(ID);
        DateColumn date = DateColumn.create(DATE);
        StringColumn buyer = StringColumn.create(BUYER);
        StringColumn supplier = StringColumn.create(SUPPLIER);
        DoubleColumn value = DoubleColumn.create(VALUE, size);
        StringColumn currency = StringColumn.create(CURRENCY);
        StringColumn category = StringColumn.create(CATEGORY);
        String[] codes = Arrays.stream(c.currencies).map(Currency::getCurrencyCode).toArray(String[]::new);
        for (int i = 0; i < size; i++) {
            int r = row(i);
            id.append(c.ids.get(r));
            date.append(LocalDate.ofEpochDay(c.days[r]));
            buyer.append(c.buyers[c.buyer.get(r)]);
            supplier.append(c.suppliers[c.supplier.get(r)]);
            value.set(i, c.wholeUnits(r));
            currency.append(codes[c.currency[r]]);
            if (c.hasCategory(r)) {
                category.append(c.categories[c.category.get(r)]);
            } else {
                category.appendMissing();
            }
        }
        return Table.create("awards", id, date, buyer, supplier, value, currency, category);
    }

    /** The first five awards as an aligned text table, under a line saying how many there are. */
    @Override
    public String toString() {
        int shown = Math.min(size, 5);
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {ID, DATE, BUYER, SUPPLIER, VALUE, CATEGORY});
        for (int i = 0; i < shown; i++) {
            int r = row(i);
            Currency cur = c.currencies[c.currency[r]];
            lines.add(new String[] {c.ids.get(r), LocalDate.ofEpochDay(c.days[r]).toString(), c.buyers[c.buyer.get(r)],
                c.suppliers[c.supplier.get(r)],
                cur.getCurrencyCode() + " "
                        + BigDecimal.valueOf(c.minor[r], cur.getDefaultFractionDigits()).toPlainString(),
                c.hasCategory(r) ? c.categories[c.category.get(r)] : ""});
        }
        int[] widths = new int[lines.get(0).length];
        for (String[] l : lines) {
            for (int k = 0; k < l.length; k++) {
                l[k] = l[k].replace("\n", "\\n").replace("\r", "\\r");
                widths[k] = Math.max(widths[k], l[k].length());
            }
        }
        StringBuilder sb = new StringBuilder("AwardTable: ").append(size).append(size == 1 ? " award" : " awards");
        for (String[] l : lines) {
            StringBuilder line = new StringBuilder();
            for (int k = 0; k < l.length; k++) {
                String pad = " ".repeat(widths[k] - l[k].length());
                line.append(k == 0 ? "" : "  ").append(k == 4 ? pad + l[k] : l[k] + pad); // values to the right
            }
            sb.append('\n').append(line.toString().stripTrailing());
        }
        if (shown < size) {
            sb.append("\n… ").append(size - shown).append(" more");
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------- internals

    private int row(int i) {
        return rows == null ? i : rows[i];
    }

    private enum Key { ALL, BUYER, SUPPLIER, CATEGORY, YEAR, BUYER_YEAR }

    /**
     * Sums per group and currency in one pass over the selected rows. Each slot holds three longs: the sum of
     * the values' low 32 bits (unsigned), the sum of their high 32 bits (signed) and the count, so that
     * {@code total = high × 2^32 + low} is exact for up to 2^31 rows.
     */
    private GroupSums sum(Key key) {
        int nc = c.currencies.length;
        int groups = switch (key) {
            case ALL -> 1;
            case BUYER -> c.buyers.length;
            case SUPPLIER -> c.suppliers.length;
            case CATEGORY -> c.categories.length;
            case YEAR -> c.years;
            case BUYER_YEAR -> c.buyers.length * c.years;
        };
        GroupSums fast = key == Key.BUYER_YEAR || key == Key.BUYER || key == Key.SUPPLIER || key == Key.YEAR
                ? fastSum(key, groups, nc) : null;
        if (fast != null) {
            return fast;
        }
        long[] acc = new long[Math.max(1, groups) * nc * 3];
        long[] minor = c.minor;
        byte[] cur = c.currency;
        int[] rs = rows;
        int n = size;
        switch (key) {
            case ALL -> {
                for (int i = 0; i < n; i++) {
                    int r = rs == null ? i : rs[i];
                    GroupSums.add(acc, cur[r] * 3, minor[r]);
                }
            }
            case BUYER, SUPPLIER -> {
                Codes code = key == Key.BUYER ? c.buyer : c.supplier;
                for (int i = 0; i < n; i++) {
                    int r = rs == null ? i : rs[i];
                    GroupSums.add(acc, (code.get(r) * nc + cur[r]) * 3, minor[r]);
                }
            }
            case CATEGORY -> {
                Codes code = c.category;
                for (int i = 0; i < n; i++) {
                    int r = rs == null ? i : rs[i];
                    if (c.hasCategory(r)) {
                        GroupSums.add(acc, (code.get(r) * nc + cur[r]) * 3, minor[r]);
                    }
                }
            }
            case YEAR -> {
                int[] days = c.days;
                short[] yearOf = c.yearOfDay;
                int minDay = c.minDay;
                for (int i = 0; i < n; i++) {
                    int r = rs == null ? i : rs[i];
                    GroupSums.add(acc, (yearOf[days[r] - minDay] * nc + cur[r]) * 3, minor[r]);
                }
            }
            case BUYER_YEAR -> {
                int[] days = c.days;
                Codes code = c.buyer;
                short[] yearOf = c.yearOfDay;
                int minDay = c.minDay;
                int years = c.years;
                for (int i = 0; i < n; i++) {
                    int r = rs == null ? i : rs[i];
                    GroupSums.add(acc, ((code.get(r) * years + yearOf[days[r] - minDay]) * nc + cur[r]) * 3, minor[r]);
                }
            }
            default -> throw new AssertionError(key);
        }
        return GroupSums.ofHalves(acc, groups, c.currencies);
    }

    /**
     * The common case in one tight loop: a {@code long} sum and an {@code int} count per group and currency,
     * no boxing; {@code null} if a sum overflows (then {@link #sum(Key)} takes the two-halves path).
     */
    private GroupSums fastSum(Key key, int groups, int nc) {
        int slots = Math.max(1, groups) * nc;
        long[] sum = new long[slots];
        int[] count = new int[slots];
        long[] minor = c.minor;
        byte[] cur = c.currency;
        int[] rs = rows;
        int n = size;
        int[] days = c.days;
        short[] yearOf = c.yearOfDay;
        int minDay = c.minDay;
        int years = c.years;
        try {
            if (key == Key.YEAR) {
                for (int i = 0; i < n; i++) {
                    int r = rs == null ? i : rs[i];
                    int s = yearOf[days[r] - minDay] * nc + cur[r];
                    sum[s] = Math.addExact(sum[s], minor[r]);
                    count[s]++;
                }
            } else if (key == Key.BUYER_YEAR) {
                Codes code = c.buyer;
                if (rs == null) {
                    for (int r = 0; r < n; r++) {
                        int s = (code.get(r) * years + yearOf[days[r] - minDay]) * nc + cur[r];
                        sum[s] = Math.addExact(sum[s], minor[r]);
                        count[s]++;
                    }
                } else {
                    for (int i = 0; i < n; i++) {
                        int r = rs[i];
                        int s = (code.get(r) * years + yearOf[days[r] - minDay]) * nc + cur[r];
                        sum[s] = Math.addExact(sum[s], minor[r]);
                        count[s]++;
                    }
                }
            } else {
                Codes code = key == Key.BUYER ? c.buyer : c.supplier;
                for (int i = 0; i < n; i++) {
                    int r = rs == null ? i : rs[i];
                    int s = code.get(r) * nc + cur[r];
                    sum[s] = Math.addExact(sum[s], minor[r]);
                    count[s]++;
                }
            }
        } catch (ArithmeticException overflow) {
            return null;
        }
        return GroupSums.ofLongs(sum, count, groups, c.currencies);
    }

    /** The columns, shared by a table and its views. */
    static final class Columns {
        final int size;
        final PackedStrings ids;
        final int[] days;
        final long[] minor;
        final byte[] currency;
        final Currency[] currencies;
        final Codes buyer;
        final String[] buyers;
        final Codes supplier;
        final String[] suppliers;
        final Codes category;
        final long[] categoryPresent;
        final String[] categories;
        /** The year of each day from {@code minDay}, less {@code minYear}. */
        final short[] yearOfDay;
        final int minDay;
        final int minYear;
        final int years;
        private volatile IdIndex index;
        private volatile Map<String, Integer> buyerCodes;
        /** The codes of buyers, suppliers and categories in the order of their names, made on first use. */
        final NameOrder buyerOrder;
        final NameOrder supplierOrder;
        final NameOrder categoryOrder;

        Columns(int size, PackedStrings ids, int[] days, long[] minor, byte[] currency, Currency[] currencies,
                Codes buyer, String[] buyers, Codes supplier, String[] suppliers, Codes category,
                long[] categoryPresent, String[] categories, IdIndex index) {
            this.size = size;
            this.ids = ids;
            this.days = days;
            this.minor = minor;
            this.currency = currency;
            this.currencies = currencies;
            this.buyer = buyer;
            this.buyers = buyers;
            this.supplier = supplier;
            this.suppliers = suppliers;
            this.category = category;
            this.categoryPresent = categoryPresent;
            this.categories = categories;
            this.buyerOrder = new NameOrder(buyers);
            this.supplierOrder = new NameOrder(suppliers);
            this.categoryOrder = new NameOrder(categories);
            this.index = index;
            int lo = Integer.MAX_VALUE;
            int hi = Integer.MIN_VALUE;
            for (int i = 0; i < size; i++) {
                lo = Math.min(lo, days[i]);
                hi = Math.max(hi, days[i]);
            }
            if (size == 0) {
                lo = 0;
                hi = -1;
            }
            this.minDay = lo;
            this.yearOfDay = new short[hi - lo + 1];
            this.minYear = size == 0 ? 0 : LocalDate.ofEpochDay(lo).getYear();
            this.years = size == 0 ? 0 : LocalDate.ofEpochDay(hi).getYear() - minYear + 1;
            LocalDate d = LocalDate.ofEpochDay(lo);
            for (int k = 0; k < yearOfDay.length; k++, d = d.plusDays(1)) {
                yearOfDay[k] = (short) (d.getYear() - minYear);
            }
        }

        boolean hasCategory(int r) {
            return (categoryPresent[r >>> 6] & (1L << r)) != 0;
        }

        Award award(int r) {
            return new Award(ids.get(r), LocalDate.ofEpochDay(days[r]), buyers[buyer.get(r)], suppliers[supplier.get(r)],
                    MinorUnits.money(minor[r], currencies[currency[r]]),
                    hasCategory(r) ? Optional.of(categories[category.get(r)]) : Optional.empty());
        }

        double wholeUnits(int r) {
            int digits = currencies[currency[r]].getDefaultFractionDigits();
            long v = minor[r];
            if (Math.abs(v) <= (1L << 53)) {
                return v / Math.pow(10, digits); // both exact, so one rounding: the nearest double
            }
            return BigDecimal.valueOf(v, digits).doubleValue();
        }

        int currencyIndex(Currency cur) {
            for (int k = 0; k < currencies.length; k++) {
                if (currencies[k].equals(cur)) {
                    return k;
                }
            }
            return -1;
        }

        List<Currency> byCode() {
            List<Currency> list = new ArrayList<>(Arrays.asList(currencies));
            list.sort(Comparator.comparing(Currency::getCurrencyCode));
            return list;
        }

        IdIndex index() {
            IdIndex i = index;
            if (i == null) {
                i = IdIndex.of(ids);
                index = i;
            }
            return i;
        }

        Map<String, Integer> buyerCodes() {
            Map<String, Integer> m = buyerCodes;
            if (m == null) {
                m = new HashMap<>();
                for (int k = 0; k < buyers.length; k++) {
                    m.put(buyers[k], k);
                }
                buyerCodes = m;
            }
            return m;
        }
    }

    /**
     * Collects awards into a table. Not thread-safe; {@link #build()} copies, so the builder can go on
     * adding and build again.
     *
     * <pre>{@code
     * AwardTable t = AwardTable.builder()
     *         .add("A-1", LocalDate.parse("2024-03-01"), "DEU", "Rheinmetall AG",
     *                 Money.of(new BigDecimal("1250000.50"), Currencies.EUR, PriceBasis.current()), "35300000")
     *         .add(award)
     *         .build();
     * }</pre>
     */
    public static final class Builder {
        private final AwardRows rows = new AwardRows(false);
        private final StringDictionary buyers = new StringDictionary();
        private final StringDictionary suppliers = new StringDictionary();
        private final StringDictionary categories = new StringDictionary();

        Builder() {
        }

        /**
         * Adds an award.
         *
         * @throws IllegalArgumentException if its id has been added before
         */
        public Builder add(Award award) {
            Objects.requireNonNull(award, "award");
            int existing = add(award.id(), toEpochDay(award.date()), award.buyer(), award.supplier(),
                    MinorUnits.of(award.value()), rows.currencyIndex(award.value().currency()),
                    award.category().orElse(null));
            if (existing >= 0) {
                throw new IllegalArgumentException("duplicate award id '" + award.id()
                        + "': award " + existing + " has it already");
            }
            return this;
        }

        /**
         * Adds an award without a category.
         *
         * @throws IllegalArgumentException if a part is invalid (see {@link Award}) or the id was added before
         */
        public Builder add(String id, LocalDate date, String buyer, String supplier, Money value) {
            return add(Award.of(id, date, buyer, supplier, value));
        }

        /**
         * Adds an award with a category.
         *
         * @throws IllegalArgumentException if a part is invalid (see {@link Award}) or the id was added before
         */
        public Builder add(String id, LocalDate date, String buyer, String supplier, Money value, String category) {
            return add(Award.of(id, date, buyer, supplier, value, category));
        }

        /** An immutable table of the awards added so far. */
        public AwardTable build() {
            return new AwardTable(rows.columns(buyers.values(), suppliers.values(), categories.values()), null);
        }

        /**
         * Adds validated parts.
         *
         * @param categoryOrNull the category, or {@code null} for none
         * @return -1 if added, else the row that already has {@code id}
         */
        private int add(String id, int epochDay, String buyerName, String supplierName, long minorUnits,
                int currencyIndex, String categoryOrNull) {
            return rows.add(id, epochDay, buyers.code(buyerName), suppliers.code(supplierName), minorUnits,
                    currencyIndex, categoryOrNull == null ? -1 : categories.code(categoryOrNull));
        }

        private static int toEpochDay(LocalDate date) {
            return Math.toIntExact(date.toEpochDay());
        }
    }

    /** A table of columns built by {@link AwardRows}. */
    static AwardTable of(Columns columns) {
        return new AwardTable(columns, null);
    }
}
