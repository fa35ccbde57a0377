package org.milex.awards;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import org.milex.model.Currencies;
import org.milex.model.Money;
import org.milex.model.PriceBasis;

/**
 * Seeded synthetic awards for tests, and naive BigDecimal loops to check totals against. Buyers with an
 * even number pay in euros, odd ones in dollars, so per-buyer totals have one currency each.
 */
final class GeneratedAwards {
    private GeneratedAwards() {
    }

    static List<Award> list(int n, long seed) {
        Random random = new Random(seed);
        List<Award> out = new ArrayList<>(n);
        long firstDay = LocalDate.parse("1995-01-01").toEpochDay();
        for (int i = 0; i < n; i++) {
            int buyer = random.nextInt(200);
            Currency currency = buyer % 2 == 0 ? Currencies.EUR : Currencies.USD;
            long cents = (long) (Math.exp(random.nextDouble() * 25)) - 1 + (random.nextInt(10) == 0 ? -500 : 0);
            out.add(new Award("N-" + i, LocalDate.ofEpochDay(firstDay + random.nextInt(30 * 365)),
                    String.format("B%03d", buyer), String.format("S%05d", random.nextInt(20_000)),
                    Money.of(BigDecimal.valueOf(cents, 2), currency, PriceBasis.current()),
                    random.nextInt(5) == 0 ? Optional.empty() : Optional.of("CPV-" + random.nextInt(50))));
        }
        return out;
    }

    static Map<BuyerYear, Money> naiveByBuyerAndYear(List<Award> awards) {
        return naiveBy(awards, a -> new BuyerYear(a.buyer(), Year.of(a.date().getYear())));
    }

    static <K> Map<K, Money> naiveBy(List<Award> awards, Function<Award, K> key) {
        Map<K, BigDecimal> sums = new HashMap<>();
        Map<K, Currency> currencies = new HashMap<>();
        for (Award a : awards) {
            K k = key.apply(a);
            sums.merge(k, a.value().amount(), BigDecimal::add);
            currencies.put(k, a.value().currency());
        }
        Map<K, Money> out = new HashMap<>();
        sums.forEach((k, v) -> out.put(k, Money.of(v, currencies.get(k), PriceBasis.current())));
        return out;
    }

    static Money naiveTotal(List<Award> awards, Currency currency) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Award a : awards) {
            if (a.value().currency().equals(currency)) {
                sum = sum.add(a.value().amount());
            }
        }
        return Money.of(sum, currency, PriceBasis.current());
    }
}
