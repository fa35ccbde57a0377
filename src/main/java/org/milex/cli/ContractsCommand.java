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
import org.milex.procurement.ValueKind;
import org.milex.procurement.ValueTotals;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code milex contracts}: the procurement contracts milex holds, or their totals by agency, buyer, system or year. */
@Command(footer = {"", "Not taken: --edition (contracts are dated agreements, not figures of a NATO edition) and --chart (values of different kinds never add up, so there is no one bar to draw)."}, name = "contracts", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"The procurement contracts milex holds (NSPA's Stinger, Patriot GEM-T and ammunition "
                + "contracts, US FMS approvals), each with its value as reported, in its own currency; or with --by "
                + "their totals per agency, buyer, system or year.",
                "milex holds no exchange rates: without --eur-usd, totals are per currency; with --eur-usd RATE "
                        + "--rate-date DATE, euro values are converted to US dollars at that rate and the notes name it.",
                "Firm values, ceilings, options and approvals are different kinds of figure: totals show each kind "
                        + "in its own column and never add them; a contract with several buyers counts in full for "
                        + "each buyer."})
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
     * @param valueKind what the value is: firm, ceiling, option or approval
     * @param qualifier exact, about, over or up to
     * @param valueMn the headline value, millions of {@code currency}, current prices
     * @param currency ISO 4217 code
     * @param firmValueMn firm orders within a ceiling, where reported
     * @param valueSource the source of the headline value
     */
    record ContractRow(String id, String kind, String date, String agency, String system, String buyers,
                       String valueKind, String qualifier, BigDecimal valueMn, String currency,
                       Optional<BigDecimal> firmValueMn, String valueSource) {
        static ContractRow of(Contract c) {
            return new ContractRow(c.id(), c.kind().token(), c.date().map(ReportedDate::toString).orElse(""),
                    c.agency(), c.system(), c.buyers().stream().map(Ally::code).collect(Collectors.joining(",")),
                    c.valueKind().token(), word(c.value().qualifier()), c.value().money().millions(),
                    c.value().money().currency().getCurrencyCode(),
                    c.valueKind() == ValueKind.FIRM ? Optional.empty()
                            : c.value(ValueKind.FIRM).map(v -> v.amount().money().millions()),
                    c.headline().source());
        }
    }

    /**
     * The totals of the contracts sharing a key, one column per kind of figure, never added together.
     *
     * @param key the agency, buyer code, system or year
     * @param currency ISO 4217 code
     * @param firmMn firm values, millions of {@code currency}, current prices; empty when none
     * @param ceilingMn ceilings; empty when none
     * @param optionMn options; empty when none
     * @param approvalMn approvals (FMS notifications); empty when none
     * @param qualified the columns whose sum is qualified ("firm about"): one "about" makes a sum "about"
     * @param contracts how many contracts share the key
     */
    record ContractTotal(String key, String currency, Optional<BigDecimal> firmMn, Optional<BigDecimal> ceilingMn,
                         Optional<BigDecimal> optionMn, Optional<BigDecimal> approvalMn, String qualified,
                         int contracts) {
        static ContractTotal of(Object key, ValueTotals t, int contracts) {
            List<String> qualified = new ArrayList<>();
            for (ValueKind k : ValueKind.values()) {
                ConvertedTotal x = t.get(k);
                if (x.count() > 0 && !x.amount().isExact()) {
                    qualified.add(k.token() + " " + x.amount().qualifier().word());
                }
            }
            return new ContractTotal(key instanceof Ally a ? a.code() : key.toString(),
                    t.currency().getCurrencyCode(), column(t.firm()), column(t.ceiling()), column(t.option()),
                    column(t.approval()), String.join(", ", qualified), contracts);
        }

        private static Optional<BigDecimal> column(ConvertedTotal t) {
            return t.count() == 0 ? Optional.empty() : Optional.of(t.money().millions());
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
                notes.add("total: " + ask(() -> chosen.total(Currencies.USD, rate.get())));
            } else {
                for (Currency cur : currencies(chosen)) {
                    notes.add("total in " + cur.getCurrencyCode() + ": " + chosen.filter(c -> inCurrency(c, cur)).total(cur));
                }
                notes.add(noRate());
            }
            notes.add("the totals keep firm values, ceilings, options and approvals apart: never add them");
            answer = new Answer<>(ContractRow.class, chosen.size() + " contracts, values as reported, millions, "
                    + "current prices", rows, notes);
        } else {
            List<ContractTotal> rows = new ArrayList<>();
            if (rate.isPresent()) {
                totals(chosen, by.get(), Currencies.USD, rate.get())
                        .forEach((k, t) -> rows.add(ContractTotal.of(k, t, count(chosen, by.get(), k))));
                notes.add("converted at " + rate.get());
            } else {
                for (Currency cur : currencies(chosen)) {
                    Contracts inCur = chosen.filter(c -> inCurrency(c, cur));
                    totals(inCur, by.get(), cur).forEach((k, t) -> rows.add(ContractTotal.of(k, t, count(inCur, by.get(), k))));
                }
                notes.add(noRate());
            }
            notes.add("firm values, ceilings, options and approvals are separate columns: never add them");
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

    private static int count(Contracts c, By key, Object k) {
        return switch (key) {
            case AGENCY -> c.ofAgency((String) k).size();
            case BUYER -> c.ofBuyer((Ally) k).size();
            case SYSTEM -> c.filter(x -> x.system().equals(k)).size();
            case YEAR -> c.datedIn((java.time.Year) k).size();
        };
    }

    private Map<?, ValueTotals> totals(Contracts c, By key, Currency currency, ExchangeRate... rates) {
        return ask(() -> switch (key) {
            case AGENCY -> c.totalByAgency(currency, rates);
            case BUYER -> c.totalByBuyer(currency, rates);
            case SYSTEM -> c.totalBySystem(currency, rates);
            case YEAR -> c.totalByYear(currency, rates);
        });
    }

    private Optional<ExchangeRate> rate() {
        if (eurUsd.isPresent() != rateDate.isPresent()) {
            throw new Main.UsageException(eurUsd.isPresent()
                    ? "--eur-usd needs --rate-date: the day the rate applies to"
                    : "--rate-date needs --eur-usd: the rate itself");
        }
        return eurUsd.map(r -> ask(() -> ExchangeRate.of(Currencies.EUR, Currencies.USD, r, rateDate.get(),
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
