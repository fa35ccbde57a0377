package org.milex.procurement;

import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collector;
import java.util.stream.Collectors;
import org.milex.model.Money;
import org.milex.model.PriceBasis;

/**
 * The sum of some amounts in one currency, with the exchange rates it used and how many amounts it summed.
 *
 * <p>Formula: {@code Σ aᵢ × rᵢ}, where {@code rᵢ} is 1 for an amount already in the target currency and
 * the caller's {@link ExchangeRate} from the amount's currency otherwise. The qualifier is the
 * {@link Qualifier#plus(Qualifier) sum} of the amounts' qualifiers, so one "about" makes the total "about".
 * An amount in a currency for which no rate was given is not converted: adding it throws
 * {@link org.milex.model.MoneyMismatchException} ({@code "Currencies differ: USD/EUR"}); so does an amount
 * not in current prices. The total of no amounts is an exact zero at current prices, with a count of 0.
 *
 * <pre>{@code
 * ExchangeRate eurToUsd = ExchangeRate.of(Currencies.EUR, Currencies.USD, new BigDecimal("1.09"),
 *         LocalDate.parse("2024-01-23"), "my rate");
 * ConvertedTotal t = Contracts.embedded().awards().ofAgency("NSPA").stream()
 *         .flatMap(c -> c.value(ValueKind.FIRM).stream()).map(ContractValue::amount)
 *         .collect(ConvertedTotal.summing(Currencies.USD, eurToUsd));
 * t.amount();   // about USD 9185 mn (current prices): the firm values
 * t.rates();    // [EUR/USD 1.09 on 2024-01-23 (my rate)]
 * t.count();    // 6
 * }</pre>
 *
 * @param amount the sum
 * @param rates the exchange rates used, in the order first used; empty when none was needed
 * @param count how many amounts were summed
 */
public record ConvertedTotal(Amount amount, List<ExchangeRate> rates, int count) {

    /** Validates that every rate converts to the total's currency and that the count is not negative. */
    public ConvertedTotal {
        Objects.requireNonNull(amount, "amount");
        rates = List.copyOf(rates);
        if (count < 0) {
            throw new IllegalArgumentException("a count is not negative: " + count);
        }
        for (ExchangeRate r : rates) {
            if (!r.to().equals(amount.money().currency())) {
                throw new IllegalArgumentException("rate " + r + " does not convert to the total's currency "
                        + amount.money().currency());
            }
        }
    }

    /**
     * A collector summing amounts into {@code currency}, converting others at the given rates (each to
     * {@code currency}, at most one per source currency). See the class description for the formula and the
     * empty-input result.
     *
     * @throws IllegalArgumentException if a rate does not convert to {@code currency}, or two rates convert
     *     from the same currency
     */
    public static Collector<Amount, ?, ConvertedTotal> summing(Currency currency, ExchangeRate... rates) {
        Objects.requireNonNull(currency, "currency");
        Map<Currency, ExchangeRate> byFrom = new LinkedHashMap<>();
        for (ExchangeRate r : rates) {
            Objects.requireNonNull(r, "rate");
            if (!r.to().equals(currency)) {
                throw new IllegalArgumentException("rate " + r + " does not convert to " + currency);
            }
            if (byFrom.putIfAbsent(r.from(), r) != null) {
                throw new IllegalArgumentException("two rates from " + r.from() + ": " + byFrom.get(r.from())
                        + " and " + r);
            }
        }
        return Collector.of(() -> new Accumulator(currency, byFrom), Accumulator::add, Accumulator::combine,
                Accumulator::finish);
    }

    /** The sum as {@link Money}, without its qualifier. */
    public Money money() {
        return amount.money();
    }

    /** {@code "about USD 9185 mn (current prices) from 6 amounts, at EUR/USD 1.09 on 2024-01-23 (my rate)"}. */
    @Override
    public String toString() {
        String s = amount + " from " + count + (count == 1 ? " amount" : " amounts");
        return rates.isEmpty() ? s
                : s + ", at " + rates.stream().map(ExchangeRate::toString).collect(Collectors.joining("; "));
    }

    private static final class Accumulator {
        private final Map<Currency, ExchangeRate> rates;
        private final List<ExchangeRate> used = new ArrayList<>();
        private Amount sum;
        private int count;

        Accumulator(Currency currency, Map<Currency, ExchangeRate> rates) {
            this.rates = rates;
            this.sum = Amount.exact(Money.zero(currency, PriceBasis.current()));
        }

        void add(Amount a) {
            Objects.requireNonNull(a, "amount");
            ExchangeRate r = rates.get(a.money().currency());
            Amount converted = a;
            if (r != null) {
                converted = Amount.of(a.qualifier(), r.convert(a.money()));
                if (!used.contains(r)) {
                    used.add(r);
                }
            }
            sum = sum.plus(converted);
            count++;
        }

        Accumulator combine(Accumulator other) {
            if (other.count > 0) {
                sum = sum.plus(other.sum);
                count += other.count;
                for (ExchangeRate r : other.used) {
                    if (!used.contains(r)) {
                        used.add(r);
                    }
                }
            }
            return this;
        }

        ConvertedTotal finish() {
            return new ConvertedTotal(sum, used, count);
        }
    }
}
