package org.milex.claims;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.milex.claims.Quantities.Computed;
import org.milex.model.Ally;
import org.milex.model.Money;
import org.milex.procurement.AidFigure;
import org.milex.procurement.AidFigures;
import org.milex.procurement.Contract;
import org.milex.procurement.ContractValue;
import org.milex.procurement.Contracts;
import org.milex.procurement.ConvertedTotal;
import org.milex.procurement.ExchangeRate;
import org.milex.procurement.ReportedDate;
import org.milex.procurement.ValueKind;

/**
 * Contract and aid quantities for the claims evaluator, through the public procurement API, in millions of
 * the unit's currency. A figure in a currency with no stated rate is an error (the claims file must state
 * the rate), thrown to the caller.
 */
final class Procured {
    private final Contracts contracts;
    private final AidFigures aid;

    Procured(Contracts contracts, AidFigures aid) {
        this.contracts = contracts;
        this.aid = aid;
    }

    /**
     * {@code Σ v(c) × r} over the contracts the selection and period choose, where {@code v(c)} is the firm
     * value ({@code firm}) or the ceiling where stated, else the firm value ({@code ceiling}); contracts with
     * no such value are named and not counted, undated contracts are named and left out of a period.
     */
    Computed contractValue(String selection, Optional<Span> period, String valueCase, Currency currency,
                           List<ExchangeRate> rates) {
        Contracts chosen = contracts;
        for (String[] kv : Computation.selection(selection)) {
            String v = kv[1];
            chosen = switch (kv[0]) {
                case "agency" -> chosen.ofAgency(v);
                case "system" -> chosen.filter(c -> c.system().equals(v));
                case "not-system" -> chosen.filter(c -> !c.system().equals(v));
                default -> chosen.ofBuyer(Ally.of(v));
            };
        }
        List<String> undated = List.of();
        if (period.isPresent()) {
            undated = chosen.undated().stream().map(Contract::id).toList();
            chosen = chosen.datedBetween(period.get().from(), period.get().to());
        }
        if (chosen.isEmpty()) {
            return Computed.none("no contract matches " + selection + period.map(p -> " dated " + p).orElse("")
                    + (undated.isEmpty() ? "" : " (undated, left out: " + String.join(", ", undated) + ")"));
        }
        List<String> counted = new ArrayList<>();
        List<String> notCounted = new ArrayList<>();
        List<ContractValue> values = new ArrayList<>();
        for (Contract c : chosen) {
            Optional<ContractValue> v = valueCase.equals("firm") ? c.value(ValueKind.FIRM)
                    : c.value(ValueKind.CEILING).or(() -> c.value(ValueKind.FIRM));
            if (v.isPresent()) {
                values.add(v.get());
                counted.add(c.id() + " " + v.get().kind().token() + " " + v.get().amount());
            } else {
                notCounted.add(c.id() + " (" + c.values().stream().map(x -> x.kind().token())
                        .collect(Collectors.joining(", ")) + " only)");
            }
        }
        if (values.isEmpty()) {
            return Computed.none("none of " + chosen.size() + " contracts has a " + valueCase + " value: "
                    + String.join("; ", notCounted));
        }
        ConvertedTotal t = values.stream().map(ContractValue::amount)
                .collect(ConvertedTotal.summing(currency, rates.toArray(ExchangeRate[]::new)));
        return Computed.of(t.money().millions(), "Σ of " + counted.size() + " contracts (" + selection
                + period.map(p -> ", dated " + p).orElse("") + "), " + valueCase + " values: "
                + String.join("; ", counted) + (t.rates().isEmpty() ? "" : "; at " + t.rates().stream()
                .map(ExchangeRate::toString).collect(Collectors.joining("; ")))
                + (notCounted.isEmpty() ? "" : "; not counted: " + String.join("; ", notCounted))
                + (undated.isEmpty() ? "" : "; undated, left out: " + String.join(", ", undated)) + " (contracts.csv)");
    }

    /** One aid figure, converted to {@code currency} at the stated rate where it is in another. */
    Computed aidFigure(String id, Currency currency, List<ExchangeRate> rates) {
        Optional<AidFigure> found = aid.get(id);
        if (found.isEmpty()) {
            return Computed.none("the aid figures given hold no '" + id + "'");
        }
        AidFigure a = found.get();
        Money stated = a.value().money();
        Money m = stated;
        String rate = "";
        if (!stated.currency().equals(currency)) {
            ExchangeRate r = rates.stream().filter(x -> x.from().equals(stated.currency())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("aid figure " + id + " is in " + stated.currency()
                            + " and the reading states no " + stated.currency() + "/" + currency + " rate"));
            m = r.convert(stated);
            rate = ", at " + r;
        }
        return Computed.of(m.millions(), a.reportedBy() + a.reported().map(d -> ", " + d).orElse("")
                + a.asOf().map(ReportedDate::toString).map(d -> ", data to " + d).orElse("") + ": " + a.value()
                + rate + " (aid.csv: " + a.id() + ")");
    }
}
