package org.milex.procurement;

import java.util.Currency;
import java.util.stream.Collector;
import java.util.stream.Collectors;

/**
 * {@link Collector}s over {@link Contract}s, to compose with streams and {@code groupingBy}.
 *
 * <pre>{@code
 * Map<String, ConvertedTotal> bySystem = Contracts.embedded().stream()
 *         .filter(c -> c.value().money().currency().equals(Currencies.USD))
 *         .collect(Collectors.groupingBy(Contract::system, ContractCollectors.totalValue(Currencies.USD)));
 * }</pre>
 */
public final class ContractCollectors {
    private ContractCollectors() {
    }

    /**
     * Sums {@link Contract#value()} into {@code currency}: {@code Σ valueᵢ × rateᵢ}, with rate 1 for values
     * already in {@code currency} and the given rate otherwise; the qualifier of the sum is that of the
     * values combined ({@link Qualifier#plus}). Empty input gives an exact zero at current prices with a count
     * of 0. A value in a currency with no rate throws {@link org.milex.model.MoneyMismatchException}.
     *
     * @throws IllegalArgumentException if a rate does not convert to {@code currency}, or two rates convert
     *     from the same currency
     */
    public static Collector<Contract, ?, ConvertedTotal> totalValue(Currency currency, ExchangeRate... rates) {
        return Collectors.mapping(Contract::value, ConvertedTotal.summing(currency, rates));
    }
}
