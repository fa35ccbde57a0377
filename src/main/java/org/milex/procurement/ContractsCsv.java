package org.milex.procurement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.milex.internal.CsvFile;

/** Reads {@code contracts.csv}; the columns are described in the package documentation. */
final class ContractsCsv {
    static final List<String> COLUMNS = List.of("id", "kind", "title", "agency", "buyers", "buyers_note",
            "suppliers", "system", "date", "value_kind", "qualifier", "value_millions", "currency",
            "value_source", "firm_value_millions", "firm_value_source", "quantity", "quantity_qualifier", "alternatives", "flags", "sources", "notes");

    private ContractsCsv() {
    }

    static List<Contract> read(CsvFile csv) {
        csv.require(COLUMNS.toArray(String[]::new)).allowOnly(COLUMNS);
        Cells.Ids ids = new Cells.Ids();
        List<Contract> contracts = new ArrayList<>();
        for (CsvFile.Row row : csv.rows()) {
            String id = ids.unique(row);
            Currency currency = Cells.currency(row, "currency");
            List<ContractValue> values = new ArrayList<>();
            values.add(new ContractValue(Cells.token(row, "value_kind", ValueKind::parse),
                    Amount.of(Cells.token(row, "qualifier", Qualifier::parse), Cells.money(row, "value_millions", currency)),
                    row.required("value_source")));
            if (!row.text("firm_value_millions").isEmpty()) {
                values.add(new ContractValue(ValueKind.FIRM, Amount.exact(Cells.money(row, "firm_value_millions", currency)),
                        row.required("firm_value_source")));
            } else if (!row.text("firm_value_source").isEmpty()) {
                throw row.error("firm_value_source", row.text("firm_value_source"), "a source without a firm value");
            }
            List<ReportedValue> alternatives = new ArrayList<>();
            for (String alt : Cells.list(row, "alternatives")) {
                try {
                    alternatives.add(ReportedValue.parse(alt));
                } catch (IllegalArgumentException e) {
                    throw row.error("alternatives", alt,
                            "not a reported value (expected e.g. 'about USD 2500 (reporter)', amount in millions)");
                }
            }
            try {
                contracts.add(new Contract(id, Cells.token(row, "kind", Contract.Kind::parse), row.required("title"),
                        row.required("agency"), Cells.allies(row, "buyers"), row.text("buyers_note"),
                        Cells.list(row, "suppliers"), row.required("system"), Cells.date(row, "date"),
                        values, quantity(row), alternatives, Cells.flags(row, "flags"), Cells.requiredList(row, "sources"),
                        row.text("notes")));
            } catch (IllegalArgumentException e) {
                throw row.error("id", id, e.getMessage());
            }
        }
        return contracts;
    }

    private static Optional<Quantity> quantity(CsvFile.Row row) {
        String count = row.text("quantity");
        String qualifier = row.text("quantity_qualifier");
        if (count.isEmpty()) {
            if (!qualifier.isEmpty()) {
                throw row.error("quantity_qualifier", qualifier, "qualifier without a quantity");
            }
            return Optional.empty();
        }
        if (!count.matches("[1-9][0-9]{0,17}")) {
            throw row.error("quantity", count, "not a positive whole number");
        }
        return Optional.of(Quantity.of(Cells.token(row, "quantity_qualifier", Qualifier::parse),
                new BigDecimal(count).longValueExact()));
    }
}
