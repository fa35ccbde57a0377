package org.milex.procurement;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.milex.internal.CsvFile;

/** Reads {@code aid.csv}; the columns are described in the package documentation. */
final class AidCsv {
    static final List<String> COLUMNS = List.of("id", "donor", "recipient", "measure", "aid_type", "qualifier",
            "value_millions", "currency", "as_of", "reported", "reported_by", "flags", "scope", "sources");

    private AidCsv() {
    }

    static List<AidFigure> read(CsvFile csv) {
        csv.require(COLUMNS.toArray(String[]::new)).allowOnly(COLUMNS);
        Cells.Ids ids = new Cells.Ids();
        List<AidFigure> figures = new ArrayList<>();
        for (CsvFile.Row row : csv.rows()) {
            String id = ids.unique(row);
            Donor donor = donor(row);
            Currency currency = Cells.currency(row, "currency");
            try {
                figures.add(new AidFigure(id, donor, row.required("recipient"),
                        Cells.token(row, "measure", AidFigure.Measure::parse),
                        Cells.token(row, "aid_type", AidFigure.Type::parse),
                        Amount.of(Cells.token(row, "qualifier", Qualifier::parse),
                                Cells.money(row, "value_millions", currency)),
                        Cells.date(row, "as_of"), Cells.date(row, "reported"), row.required("reported_by"),
                        Cells.flags(row, "flags"), row.text("scope"), Cells.requiredList(row, "sources")));
            } catch (IllegalArgumentException e) {
                throw row.error("id", id, e.getMessage());
            }
        }
        return figures;
    }

    /** Three capital letters are an ally code; anything else names a donor that is not an ally. */
    private static Donor donor(CsvFile.Row row) {
        String s = row.required("donor");
        if (s.matches("[A-Z]{3}")) {
            return Donor.of(Cells.ally(row, "donor", s));
        }
        try {
            return Donor.named(s);
        } catch (IllegalArgumentException e) {
            throw row.error("donor", s, "an ally is given by its code, e.g. DEU, not by name");
        }
    }
}
