package org.milex.awards;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import org.milex.internal.Codes;

/**
 * The columns of a table being built: ids (with an index that finds a repeated one), days, minor units,
 * currencies and dictionary codes for buyer, supplier and category. The names behind the codes are the caller's:
 * {@link AwardTable.Builder} numbers strings, {@link AwardCsvReader} numbers a field's bytes, so that a name
 * already seen costs neither a {@code String} nor a second lookup. A repeated id is found as each row is added
 * ({@link IdIndex}), or, for a reader, after the rows are read ({@link DuplicateIds}, several times faster). Not
 * thread-safe.
 */
final class AwardRows {
    private final PackedStrings ids = new PackedStrings(1024);
    /** Finds a repeated id at once; {@code null} if {@link #later} finds it. */
    private final IdIndex index;
    private final DuplicateIds later;
    private int[] days = new int[1024];
    private long[] minor = new long[1024];
    private byte[] currency = new byte[1024];
    private final Codes buyer = new Codes(1024);
    private final Codes supplier = new Codes(1024);
    private final Codes category = new Codes(1024);
    private long[] categoryPresent = new long[16];
    private final List<Currency> currencies = new ArrayList<>();
    private int size;

    /**
     * Empty rows.
     *
     * @param findDuplicatesLater whether a repeated id is found by {@link #firstDuplicate()} rather than by
     *     {@code add}
     */
    AwardRows(boolean findDuplicatesLater) {
        this.index = findDuplicatesLater ? null : new IdIndex(ids, 1024, true);
        this.later = findDuplicatesLater ? new DuplicateIds() : null;
    }

    /** The id of a row added. */
    String id(int row) {
        return ids.get(row);
    }

    /** The number of rows added so far. */
    int size() {
        return size;
    }

    /**
     * Adds a row whose id is a {@code String}.
     *
     * @param categoryCode the category's code, or -1 for none
     * @return -1 if added, else the row that already has {@code id} (always -1 if duplicates are found later)
     */
    int add(String id, int epochDay, int buyerCode, int supplierCode, long minorUnits, int currencyIndex,
            int categoryCode) {
        if (index == null) {
            later.add(id.hashCode());
        } else {
            int existing = index.putIfAbsent(id, size);
            if (existing >= 0) {
                return existing;
            }
        }
        ids.add(id);
        addRest(epochDay, buyerCode, supplierCode, minorUnits, currencyIndex, categoryCode);
        return -1;
    }

    /**
     * Adds a row whose id is the ASCII bytes {@code b[s..e)}, the same as {@link #add(String, int, int, int, long,
     * int, int)} given the id as a {@code String}; only where duplicates are found later.
     */
    void addAscii(byte[] b, int s, int e, int epochDay, int buyerCode, int supplierCode, long minorUnits,
            int currencyIndex, int categoryCode) {
        later.add(PackedStrings.hashAscii(b, s, e));
        ids.addAscii(b, s, e);
        addRest(epochDay, buyerCode, supplierCode, minorUnits, currencyIndex, categoryCode);
    }

    /**
     * The first row whose id an earlier row has, where duplicates are found later.
     *
     * @return {@code (long) row << 32 | earlierRow}, or -1 if every id is distinct
     */
    long firstDuplicate() {
        return later.first(ids, size);
    }

    private void addRest(int epochDay, int buyerCode, int supplierCode, long minorUnits, int currencyIndex,
            int categoryCode) {
        if (size == days.length) {
            grow();
        }
        days[size] = epochDay;
        minor[size] = minorUnits;
        currency[size] = (byte) currencyIndex;
        buyer.add(buyerCode);
        supplier.add(supplierCode);
        if (categoryCode >= 0) {
            category.add(categoryCode);
            categoryPresent[size >>> 6] |= 1L << size;
        } else {
            category.add(0);
        }
        size++;
    }

    /** The index of a currency in this table's list, adding it if new. */
    int currencyIndex(Currency cur) {
        int k = currencies.indexOf(cur);
        if (k >= 0) {
            return k;
        }
        if (currencies.size() == 127) {
            throw new IllegalArgumentException("a table holds at most 127 currencies");
        }
        MinorUnits.digits(cur);
        currencies.add(cur);
        return currencies.size() - 1;
    }

    /** The rows so far, in arrays of their own, with the names behind the codes. */
    AwardTable.Columns columns(String[] buyers, String[] suppliers, String[] categories) {
        return new AwardTable.Columns(size, ids.trimmed(), Arrays.copyOf(days, size), Arrays.copyOf(minor, size),
                Arrays.copyOf(currency, size), currencies.toArray(Currency[]::new),
                buyer.copy(size), buyers, supplier.copy(size), suppliers,
                category.copy(size), Arrays.copyOf(categoryPresent, (size + 63) >>> 6), categories, null);
    }

    private void grow() {
        int n = days.length * 2;
        days = Arrays.copyOf(days, n);
        minor = Arrays.copyOf(minor, n);
        currency = Arrays.copyOf(currency, n);
        categoryPresent = Arrays.copyOf(categoryPresent, (n + 63) >>> 6);
    }
}
