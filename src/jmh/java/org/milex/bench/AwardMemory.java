package org.milex.bench;

import java.util.List;
import java.util.function.Supplier;
import org.milex.awards.AwardTable;
import tech.tablesaw.api.Table;

/**
 * Heap bytes per award of each representation of the same N synthetic awards ({@link SyntheticAwards}):
 * heap in use after full collections, with only the representation reachable, less the heap in use before
 * it was made, divided by N. Run from the benchmarks jar:
 * {@code java -Xmx6g -cp target/benchmarks.jar org.milex.bench.AwardMemory 1000000}.
 *
 * <p>Buyer, supplier and category names are shared strings made before the baseline, as an interning
 * loader would share them, so the record list is measured at its best; award ids are one string each.
 */
public final class AwardMemory {

    private AwardMemory() {
    }

    public static void main(String[] args) throws InterruptedException {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        System.out.println("names shared: " + SyntheticAwards.BUYER_NAMES.length + " buyers, "
                + SyntheticAwards.SUPPLIER_NAMES.length + " suppliers");
        measure(n, "AwardTable", () -> SyntheticAwards.table(n, 42));
        measure(n, "AwardTable after find() (id index)", () -> {
            AwardTable t = SyntheticAwards.table(n, 42);
            t.find("AW-00000001");
            return t;
        });
        measure(n, "Tablesaw Table (same 7 columns)", () -> SyntheticAwards.table(n, 42).toTable());
        measure(n, "Tablesaw Table + year IntColumn", () -> {
            Table t = SyntheticAwards.table(n, 42).toTable();
            return t.addColumns(t.dateColumn(AwardTable.DATE).year().setName("year"));
        });
        measure(n, "List<PlainAward> (String, LocalDate, BigDecimal)", () -> SyntheticAwards.records(n, 42));
    }

    private static void measure(int n, String what, Supplier<Object> make) throws InterruptedException {
        long before = used();
        Object kept = make.get();
        long after = used();
        System.out.printf("%-50s %8.1f bytes/award  (%,d MB for %,d)%n", what, (after - before) / (double) n,
                (after - before) >> 20, n);
        if (kept instanceof List<?> l && l.isEmpty() || kept == null) {
            throw new AssertionError("nothing made");
        }
        kept = null;
        used();
    }

    private static long used() throws InterruptedException {
        Runtime rt = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(100);
            used = Math.min(used, rt.totalMemory() - rt.freeMemory());
        }
        return used;
    }
}
