package org.milex.procurement;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * Totals of contracts kept apart by {@link ValueKind}: firm values, ceilings, options and approvals, each its
 * own {@link ConvertedTotal}, never added to one another.
 *
 * <p>Formula, for each kind {@code k}: {@code Σ vₖ(c) × r} over the contracts {@code c} that have a figure
 * of kind {@code k} (see {@link Contract#value(ValueKind)}), converted as {@link ConvertedTotal} says. A
 * contract counts in every column where it has a figure: a framework with a ceiling of EUR 2.4 bn and firm
 * orders of EUR 1 bn adds 1,000 to {@code firm} and 2,400 to {@code ceiling}, so the columns overlap and
 * their sum means nothing. A kind no contract has is an exact zero with a count of 0.
 *
 * <pre>{@code
 * ValueTotals t = Contracts.embedded().ofAgency("NSPA").total(Currencies.USD,
 *         ExchangeRate.of(Currencies.EUR, Currencies.USD, new BigDecimal("1.09"), LocalDate.parse("2024-01-23"), "my rate"));
 * t.firm();       // about USD 9185 mn (current prices) from 6 amounts, at EUR/USD 1.09 …
 * t.ceiling();    // about USD 2616 mn (current prices) from 1 amount, …   (the LBDM framework's ceiling)
 * t.approval();   // about USD 1066.1 mn (current prices) from 3 amounts  (DSCA notifications: not contracts)
 * }</pre>
 *
 * @param firm the firm values
 * @param ceiling the ceilings
 * @param option the values of options
 * @param approval the approvals
 */
public record ValueTotals(ConvertedTotal firm, ConvertedTotal ceiling, ConvertedTotal option, ConvertedTotal approval) {

    /** Rejects nulls and totals in different currencies. */
    public ValueTotals {
        Objects.requireNonNull(firm, "firm");
        Objects.requireNonNull(ceiling, "ceiling");
        Objects.requireNonNull(option, "option");
        Objects.requireNonNull(approval, "approval");
        Currency c = firm.money().currency();
        for (ConvertedTotal t : List.of(ceiling, option, approval)) {
            if (!t.money().currency().equals(c)) {
                throw new IllegalArgumentException("totals of one set of contracts are in one currency, not "
                        + c + " and " + t.money().currency());
            }
        }
    }

    /**
     * The totals of {@code contracts} in {@code currency}, one per kind; see the class description.
     *
     * @throws org.milex.model.MoneyMismatchException if a figure is in a currency with no rate
     * @throws IllegalArgumentException if a rate does not convert to {@code currency}, or two convert from the
     *     same currency
     */
    public static ValueTotals of(Collection<Contract> contracts, Currency currency, ExchangeRate... rates) {
        Objects.requireNonNull(contracts, "contracts");
        Objects.requireNonNull(currency, "currency");
        return new ValueTotals(sum(contracts, ValueKind.FIRM, currency, rates),
                sum(contracts, ValueKind.CEILING, currency, rates), sum(contracts, ValueKind.OPTION, currency, rates),
                sum(contracts, ValueKind.APPROVAL, currency, rates));
    }

    private static ConvertedTotal sum(Collection<Contract> contracts, ValueKind kind, Currency currency,
                                      ExchangeRate... rates) {
        return contracts.stream().flatMap(c -> c.value(kind).stream()).map(ContractValue::amount)
                .collect(ConvertedTotal.summing(currency, rates));
    }

    /** The total of one kind. */
    public ConvertedTotal get(ValueKind kind) {
        Objects.requireNonNull(kind, "kind");
        return switch (kind) {
            case FIRM -> firm;
            case CEILING -> ceiling;
            case OPTION -> option;
            case APPROVAL -> approval;
        };
    }

    /** The currency of every column. */
    public Currency currency() {
        return firm.money().currency();
    }

    /** {@code "firm about USD 9046 mn (current prices) from 6 amounts; approval …"}: the kinds with figures. */
    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        for (ValueKind k : ValueKind.values()) {
            ConvertedTotal t = get(k);
            if (t.count() > 0) {
                parts.add(k.token() + " " + t);
            }
        }
        return parts.isEmpty() ? "no figures" : String.join("; ", parts);
    }
}
