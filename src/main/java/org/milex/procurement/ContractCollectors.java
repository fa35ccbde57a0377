package org.milex.procurement;

import java.util.Currency;
import java.util.stream.Collector;
import java.util.stream.Collectors;

/**
 * {@link Collector}s over {@link Contract}s, to compose with streams and {@code groupingBy}.
 *
 * <pre>{@code
 * Map<String, ConvertedTotal> firmBySystem = Contracts.embedded().stream()
 *         .filter(c -> c.value().money().currency().equals(Currencies.USD))
 *         .collect(Collectors.groupingBy(Contract::system, ContractCollectors.total(ValueKind.FIRM, Currencies.USD)));
 * }</pre>
 */
public final class ContractCollectors {
    private ContractCollectors() {
    }

    /**
     * Totals contracts into {@code currency}, one column per {@link ValueKind}, never added together; see
     * {@link ValueTotals} for the formula and {@link ConvertedTotal} for conversion, qualifiers and empty input.
     *
     * @throws IllegalArgumentException if a rate does not convert to {@code currency}, or two rates convert
     *     from the same currency
     */
    public static Collector<Contract, ?, ValueTotals> totals(Currency currency, ExchangeRate... rates) {
        return Collectors.collectingAndThen(Collectors.toList(), list -> ValueTotals.of(list, currency, rates));
    }

    /**
     * Sums the figures of one kind into {@code currency} ({@code Σ vₖ × rate}); contracts without a figure of
     * that kind add nothing and are not counted. See {@link ConvertedTotal}.
     *
     * @throws IllegalArgumentException if a rate does not convert to {@code currency}, or two rates convert
     *     from the same currency
     */
    public static Collector<Contract, ?, ConvertedTotal> total(ValueKind kind, Currency currency,
                                                              ExchangeRate... rates) {
        java.util.Objects.requireNonNull(kind, "kind");
        return Collectors.flatMapping(c -> c.value(kind).map(ContractValue::amount).stream(),
                ConvertedTotal.summing(currency, rates));
    }
}
