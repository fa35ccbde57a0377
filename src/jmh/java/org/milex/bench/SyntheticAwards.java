package org.milex.bench;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Random;
import org.milex.awards.AwardTable;
import org.milex.model.Currencies;
import org.milex.model.Money;
import org.milex.model.PriceBasis;

/**
 * Seeded synthetic contract awards: 200 buyers, 20,000 suppliers, 50 categories (one award in five has
 * none), award dates over the 30 years 1995–2024, values in cents with a long tail (e^U(0,25) cents, up to
 * about EUR 720 million). Buyers with an even number pay in euros, odd ones in dollars, so every buyer's
 * total has one currency. The same seed gives the same awards to every representation compared.
 */
final class SyntheticAwards {
    static final int BUYERS = 200;
    static final int SUPPLIERS = 20_000;
    static final int CATEGORIES = 50;
    static final int YEARS = 30;
    static final long FIRST_DAY = LocalDate.of(1995, 1, 1).toEpochDay();
    static final String HEADER = "award_id,award_date,buyer,supplier,value,currency,category";

    /** One generated award in primitive form. */
    record Row(String id, int epochDay, int buyer, int supplier, long cents, int category) {
        String buyerName() {
            return BUYER_NAMES[buyer];
        }

        String supplierName() {
            return SUPPLIER_NAMES[supplier];
        }

        Currency currency() {
            return buyer % 2 == 0 ? Currencies.EUR : Currencies.USD;
        }

        /** The category, or {@code null} for none. */
        String categoryName() {
            return category < 0 ? null : CATEGORY_NAMES[category];
        }
    }

    /** Names shared by every representation, as a loader that interns names would share them. */
    static final String[] BUYER_NAMES = names("B%03d", BUYERS);
    static final String[] SUPPLIER_NAMES = names("Supplier %05d", SUPPLIERS);
    static final String[] CATEGORY_NAMES = names("35%06d", CATEGORIES);

    private SyntheticAwards() {
    }

    private static String[] names(String pattern, int n) {
        String[] out = new String[n];
        for (int i = 0; i < n; i++) {
            out[i] = String.format(pattern, i);
        }
        return out;
    }

    interface RowSink {
        void accept(Row row);
    }

    static void generate(int n, long seed, RowSink sink) {
        Random random = new Random(seed);
        for (int i = 0; i < n; i++) {
            int buyer = random.nextInt(BUYERS);
            int supplier = random.nextInt(SUPPLIERS);
            int day = (int) (FIRST_DAY + random.nextInt(YEARS * 365 + 7));
            long cents = (long) Math.exp(random.nextDouble() * 25);
            int category = random.nextInt(5) == 0 ? -1 : random.nextInt(CATEGORIES);
            sink.accept(new Row(String.format("AW-%08d", i), day, buyer, supplier, cents, category));
        }
    }

    static AwardTable table(int n, long seed) {
        AwardTable.Builder b = AwardTable.builder();
        generate(n, seed, r -> {
            Money value = Money.of(BigDecimal.valueOf(r.cents(), 2), r.currency(), PriceBasis.current());
            LocalDate date = LocalDate.ofEpochDay(r.epochDay());
            if (r.category() < 0) {
                b.add(r.id(), date, r.buyerName(), r.supplierName(), value);
            } else {
                b.add(r.id(), date, r.buyerName(), r.supplierName(), value, r.categoryName());
            }
        });
        return b.build();
    }

    /** The plain record a hand-written loader would make: JDK types, exact value. */
    record PlainAward(String id, LocalDate date, String buyer, String supplier, BigDecimal value, String currency,
                      String category) {
    }

    static List<PlainAward> records(int n, long seed) {
        List<PlainAward> out = new ArrayList<>(n);
        generate(n, seed, r -> out.add(new PlainAward(r.id(), LocalDate.ofEpochDay(r.epochDay()), r.buyerName(),
                r.supplierName(), BigDecimal.valueOf(r.cents(), 2), r.currency().getCurrencyCode(),
                r.categoryName())));
        return out;
    }

    static void writeCsv(Path file, int n, long seed) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(HEADER);
            w.write('\n');
            IOException[] failure = new IOException[1];
            generate(n, seed, r -> {
                try {
                    w.write(r.id() + ',' + LocalDate.ofEpochDay(r.epochDay()) + ',' + r.buyerName() + ','
                            + r.supplierName() + ',' + BigDecimal.valueOf(r.cents(), 2).toPlainString() + ','
                            + r.currency().getCurrencyCode() + ',' + (r.category() < 0 ? "" : r.categoryName())
                            + '\n');
                } catch (IOException e) {
                    failure[0] = e;
                }
            });
            if (failure[0] != null) {
                throw failure[0];
            }
        }
    }
}
