package org.milex.cli;

import static org.milex.cli.Questions.ask;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.milex.model.Ally;
import org.milex.model.Currencies;
import org.milex.procurement.Contract;
import org.milex.procurement.Contracts;
import org.milex.procurement.ConvertedTotal;
import org.milex.procurement.ExchangeRate;
import org.milex.procurement.Qualifier;
import org.milex.procurement.ReportedDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code milex contracts}: the procurement contracts milex holds, or their totals by agency, buyer, system or year. */
@Command(name = "contracts", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"The procurement contracts milex holds (NSPA's Stinger, Patriot GEM-T and ammunition "
                + "contracts, US FMS approvals), each with its value as reported, in its own currency; or with --by "
                + "their totals per agency, buyer, system or year.",
                "milex holds no exchange rates: without --eur-usd, totals are per currency; with --eur-usd RATE "
                        + "--rate-date DATE, euro values are converted to US dollars at that rate and the notes name it.",
                "A framework counts at its ceiling; a contract with several buyers counts in full for each buyer."})
final class ContractsCommand implements Callable<Integer> {

    /** What totals are grouped by. */
    enum By {
        AGENCY, BUYER, SYSTEM, YEAR;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** Reads {@code --by} for picocli. */
        static final class Converter implements ITypeConverter<By> {
            @Override
            public By convert(String value) {
                return Format.parse(By.class, value);
            }
        }
    }

    /**
     * One contract as reported.
     *
     * @param id milex's identifier
     * @param kind contract, framework, call-off or fms-notification
     * @param date signed, announced or approved; empty when no source gives it
     * @param agency who placed it
     * @param system what is bought
     * @param buyers the allies named, comma-separated
     * @param qualifier exact, about, over or up to
     * @param valueMn the headline value, millions of {@code currency}, current prices
     * @param currency ISO 4217 code
     * @param ceiling whether the value is a ceiling
     */
    record ContractRow(String id, String kind, String date, String agency, String system, String buyers,
                       String qualifier, BigDecimal valueMn, String currency, boolean ceiling) {
        static ContractRow of(Contract c) {
            return new ContractRow(c.id(), c.kind().token(), c.date().map(ReportedDate::toString).orElse(""),
                    c.agency(), c.system(), c.buyers().stream().map(Ally::code).collect(Collectors.joining(",")),
                    word(c.value().qualifier()), c.value().money().millions(),
                    c.value().money().currency().getCurrencyCode(), c.valueIsCeiling());
        }
    }

    /**
     * The total of the contracts sharing a key.
     *
     * @param key the agency, buyer code, system or year
     * @param qualifier exact unless an amount summed is qualified ("about" makes the sum "about")
     * @param totalMn the sum, millions of {@code currency}, current prices
     * @param currency ISO 4217 code
     * @param contracts how many contracts were summed
     */
    record ContractTotal(String key, String qualifier, BigDecimal totalMn, String currency, int contracts) {
        static ContractTotal of(Object key, ConvertedTotal t) {
            return new ContractTotal(key instanceof Ally a ? a.code() : key.toString(), word(t.amount().qualifier()),
                    t.money().millions(), t.money().currency().getCurrencyCode(), t.count());
        }
    }

    /** {@code exact}, {@code about}, {@code over} or {@code up to}. */
    static String word(Qualifier q) {
        return q.isExact() ? "exact" : q.word();
    }

    @Spec
    CommandSpec spec;

    @Option(names = "--by", paramLabel = "KEY", converter = By.Converter.class,
            description = "Totals by agency, buyer, system or year instead of the list.")
    Optional<By> by = Optional.empty();

    @Option(names = "--agency", paramLabel = "AGENCY", description = "Only contracts placed by this agency, e.g. NSPA.")
    Optional<String> agency = Optional.empty();

    @Option(names = "--awards", description = "Leave out US FMS notifications (approvals, not contracts).")
    boolean awardsOnly;

    @Option(names = "--eur-usd", paramLabel = "RATE",
            description = "US dollars per euro, to total across currencies (needs --rate-date).")
    Optional<BigDecimal> eurUsd = Optional.empty();

    @Option(names = "--rate-date", paramLabel = "DATE", description = "The day the rate applies to, yyyy-mm-dd.")
    Optional<LocalDate> rateDate = Optional.empty();

    @Mixin
    FormatOption format;

    @Override
    public Integer call() {
        Optional<ExchangeRate> rate = rate();
        Contracts contracts = Contracts.embedded();
        if (awardsOnly) {
            contracts = contracts.awards();
        }
        if (agency.isPresent()) {
            contracts = contracts.ofAgency(agency.get());
        }
        Contracts chosen = contracts;
        List<String> notes = new ArrayList<>();
        Answer<?> answer;
        if (by.isEmpty()) {
            List<ContractRow> rows = chosen.stream().map(ContractRow::of).toList();
            if (rate.isPresent()) {
                notes.add("total: " + ask(spec, () -> chosen.total(Currencies.USD, rate.get())));
            } else {
                for (Currency cur : currencies(chosen)) {
                    notes.add("total in " + cur.getCurrencyCode() + ": " + chosen.filter(c -> inCurrency(c, cur)).total(cur));
                }
                notes.add(noRate());
            }
            answer = new Answer<>(ContractRow.class, chosen.size() + " contracts, values as reported, millions, "
                    + "current prices", rows, notes);
        } else {
            List<ContractTotal> rows = new ArrayList<>();
            if (rate.isPresent()) {
                totals(chosen, by.get(), Currencies.USD, rate.get()).forEach((k, t) -> rows.add(ContractTotal.of(k, t)));
                notes.add("converted at " + rate.get());
            } else {
                for (Currency cur : currencies(chosen)) {
                    totals(chosen.filter(c -> inCurrency(c, cur)), by.get(), cur)
                            .forEach((k, t) -> rows.add(ContractTotal.of(k, t)));
                }
                notes.add(noRate());
            }
            if (by.get() == By.BUYER) {
                notes.add("a contract counts in full for every buyer it names: the totals overlap");
            }
            if (by.get() == By.YEAR && !chosen.undated().isEmpty()) {
                notes.add("undated, left out: " + chosen.undated().stream().map(Contract::id).collect(Collectors.joining(", ")));
            }
            answer = new Answer<>(ContractTotal.class, "contract values by " + by.get() + ", millions, current prices",
                    rows, notes);
        }
        Output.print(format.format(), answer, spec.commandLine().getOut());
        return 0;
    }

    private Map<?, ConvertedTotal> totals(Contracts c, By key, Currency currency, ExchangeRate... rates) {
        return ask(spec, () -> switch (key) {
            case AGENCY -> c.totalByAgency(currency, rates);
            case BUYER -> c.totalByBuyer(currency, rates);
            case SYSTEM -> c.totalBySystem(currency, rates);
            case YEAR -> c.totalByYear(currency, rates);
        });
    }

    private Optional<ExchangeRate> rate() {
        if (eurUsd.isPresent() != rateDate.isPresent()) {
            throw new ParameterException(spec.commandLine(), eurUsd.isPresent()
                    ? "--eur-usd needs --rate-date: the day the rate applies to"
                    : "--rate-date needs --eur-usd: the rate itself");
        }
        return eurUsd.map(r -> ask(spec, () -> ExchangeRate.of(Currencies.EUR, Currencies.USD, r, rateDate.get(),
                "given with --eur-usd")));
    }

    private static String noRate() {
        return "no exchange rate given, so no total across currencies: pass --eur-usd RATE --rate-date YYYY-MM-DD";
    }

    private static List<Currency> currencies(Contracts c) {
        return c.stream().map(x -> x.value().money().currency()).distinct()
                .sorted(java.util.Comparator.comparing(Currency::getCurrencyCode).reversed()).toList();
    }

    private static boolean inCurrency(Contract c, Currency cur) {
        return c.value().money().currency().equals(cur);
    }
}
