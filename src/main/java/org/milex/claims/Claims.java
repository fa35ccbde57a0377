package org.milex.claims;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.milex.data.Dataset;
import org.milex.internal.CsvFile;
import org.milex.model.Currencies;
import org.milex.procurement.AidFigures;
import org.milex.procurement.Contracts;
import org.milex.procurement.ExchangeRate;

/**
 * The headline claims of the reporting milex was built from, and their checks against milex's data.
 *
 * <pre>{@code
 * ClaimReport report = Claims.check();          // every claim, against the embedded data
 * report.find("allies-at-2pct-2024").orElseThrow().verdict();   // SUPPORTED: 23 of 32 in NATO-2024-06
 * Claims.check(Dataset.embedded(), Contracts.embedded(), AidFigures.embedded(),
 *         ExchangeRate.of(Currencies.EUR, Currencies.USD, new BigDecimal("1.0887"),
 *                 LocalDate.parse("2024-01-23"), "my reference rate"));   // contract totals at another rate
 * }</pre>
 *
 * <p>The claims are in {@code data/claims.csv}, one per row: the statement, who said it and when, the
 * sources, the figures it states and the kind of check milex runs. Each check judges a claim against the
 * edition it was made from (see {@link Verdict}), shows what other editions say, and explains itself. A
 * claim whose figures are missing from the data given is {@link Verdict#CANNOT_CONFIRM}, never an exception;
 * no claim is made to pass.
 *
 * <p>Totals of contracts and aid in euros are converted to US dollars at one EUR/USD rate, named in every
 * explanation that uses it: by default {@link #assumedEurUsd()}, an assumption; pass a rate to use another.
 */
public final class Claims {
    private static final String RESOURCE = "org/milex/data/embedded/claims.csv";
    private static volatile List<ClaimsCsv.Entry> embedded;

    private Claims() {
    }

    /** Every claim milex ships, in the order of {@code data/claims.csv}. */
    public static List<Claim> all() {
        return entries().stream().map(ClaimsCsv.Entry::claim).toList();
    }

    /**
     * The claim with an id.
     *
     * @throws IllegalArgumentException naming the id and the known ids when there is none
     */
    public static Claim get(String id) {
        Objects.requireNonNull(id, "id");
        return all().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("unknown claim '" + id + "'; milex knows "
                        + String.join(", ", all().stream().map(Claim::id).toList())));
    }

    /**
     * The EUR/USD rate milex uses when none is given: 1.09 US dollars per euro on 2024-01-23. It is an
     * assumption, not a published reference rate: a round rate of early 2024, in line with the conversions
     * the sources print beside the euro contracts ({@code Contract.alternatives()} in {@code contracts.csv}).
     * No verdict depends on its third decimal.
     */
    public static ExchangeRate assumedEurUsd() {
        return ExchangeRate.of(Currencies.EUR, Currencies.USD, new BigDecimal("1.09"), LocalDate.of(2024, 1, 23),
                "assumed, not a published reference rate");
    }

    /** Every claim checked against milex's embedded data, at {@link #assumedEurUsd()}. */
    public static ClaimReport check() {
        return check(Dataset.embedded(), Contracts.embedded(), AidFigures.embedded());
    }

    /** Every claim checked against the data given, at {@link #assumedEurUsd()}. */
    public static ClaimReport check(Dataset data, Contracts contracts, AidFigures aid) {
        return check(data, contracts, aid, assumedEurUsd());
    }

    /**
     * Every claim checked against the data given, converting euros to US dollars at {@code eurToUsd}.
     *
     * @throws IllegalArgumentException if the rate does not convert euros to US dollars
     */
    public static ClaimReport check(Dataset data, Contracts contracts, AidFigures aid, ExchangeRate eurToUsd) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(contracts, "contracts");
        Objects.requireNonNull(aid, "aid");
        Objects.requireNonNull(eurToUsd, "eurToUsd");
        if (!eurToUsd.from().equals(Currencies.EUR) || !eurToUsd.to().equals(Currencies.USD)) {
            throw new IllegalArgumentException("expected a EUR/USD rate, not " + eurToUsd);
        }
        List<ClaimsCsv.Entry> entries = entries();
        Checker checker = new Checker(data, contracts, aid, eurToUsd, entries);
        return ClaimReport.of(entries.stream().map(checker::check).toList());
    }

    static List<ClaimsCsv.Entry> entries() {
        List<ClaimsCsv.Entry> e = embedded;
        if (e == null) {
            synchronized (Claims.class) {
                e = embedded;
                if (e == null) {
                    e = ClaimsCsv.read(CsvFile.readResource(RESOURCE, "claims.csv"));
                    embedded = e;
                }
            }
        }
        return e;
    }
}
