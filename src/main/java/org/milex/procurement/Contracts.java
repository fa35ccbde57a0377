package org.milex.procurement;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.milex.internal.CsvFile;
import org.milex.model.Ally;

/**
 * An immutable collection of {@link Contract}s with the totals analysts ask for: by agency, buyer,
 * supplier, system and year, in one currency, converting others only at exchange rates the caller gives.
 *
 * <pre>{@code
 * Contracts all = Contracts.embedded();
 * Contracts nspa = all.awards().ofAgency("NSPA");
 * nspa.ofBuyer(Ally.of("DEU")).size();                       // 3
 * ExchangeRate eurUsd = ExchangeRate.of(Currencies.EUR, Currencies.USD, new BigDecimal("1.09"),
 *         LocalDate.parse("2024-01-23"), "my rate");
 * nspa.totalByYear(Currencies.USD, eurUsd);                  // {2023=firm …; ceiling …, 2024=firm …}
 * all.total(Currencies.USD, eurUsd).approval();              // the US approvals, in a column of their own
 * }</pre>
 *
 * <p>Totals never add figures of different {@link ValueKind}s: firm values, ceilings, options and approvals
 * are separate columns of a {@link ValueTotals} (the Stinger contract of about USD 700 mn and the US approval
 * of up to USD 780 mn for the same missiles are not additive). See {@link ConvertedTotal} for the formula, the
 * qualifier of a sum, conversion and empty input.
 */
public final class Contracts implements Iterable<Contract> {
    private static final String RESOURCE = "org/milex/data/embedded/contracts.csv";
    private static volatile Contracts embedded;

    private final List<Contract> all;

    private Contracts(List<Contract> all) {
        this.all = List.copyOf(all);
    }

    /**
     * The contracts in milex's embedded {@code data/contracts.csv}, read once.
     *
     * @throws org.milex.DataFileException if the embedded file is malformed (a build error)
     */
    public static Contracts embedded() {
        Contracts c = embedded;
        if (c == null) {
            synchronized (Contracts.class) {
                c = embedded;
                if (c == null) {
                    c = new Contracts(ContractsCsv.read(CsvFile.readResource(RESOURCE, "contracts.csv")));
                    embedded = c;
                }
            }
        }
        return c;
    }

    /**
     * Reads contracts from a CSV file with the columns of {@code data/contracts.csv} (see the package
     * documentation). Strict: one bad value rejects the file.
     *
     * @throws org.milex.DataFileException naming file, line, column and value of the first problem
     * @throws java.io.UncheckedIOException if the file cannot be read
     */
    public static Contracts read(Path path) {
        return new Contracts(ContractsCsv.read(CsvFile.read(path)));
    }

    /**
     * A collection of the given contracts, in their order.
     *
     * @throws IllegalArgumentException naming the id when two contracts share one
     */
    public static Contracts of(Collection<Contract> contracts) {
        Set<String> ids = new HashSet<>();
        for (Contract c : contracts) {
            if (!ids.add(c.id())) {
                throw new IllegalArgumentException("duplicate contract id '" + c.id() + "'");
            }
        }
        return new Contracts(List.copyOf(contracts));
    }

    /** The contracts, in file order. */
    public List<Contract> all() {
        return all;
    }

    /** The contracts as a stream, in file order. */
    public Stream<Contract> stream() {
        return all.stream();
    }

    @Override
    public Iterator<Contract> iterator() {
        return all.iterator();
    }

    /** How many contracts. */
    public int size() {
        return all.size();
    }

    /** Whether there are none. */
    public boolean isEmpty() {
        return all.isEmpty();
    }

    /** The contract with an id, if there is one. */
    public Optional<Contract> get(String id) {
        Objects.requireNonNull(id, "id");
        return all.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** The contracts that match. */
    public Contracts filter(Predicate<? super Contract> predicate) {
        Objects.requireNonNull(predicate, "predicate");
        return new Contracts(all.stream().filter(predicate).collect(Collectors.toList()));
    }

    /** Awards only (contracts, frameworks, call-offs), leaving out FMS notifications. */
    public Contracts awards() {
        return filter(Contract::isAward);
    }

    /** The contracts an agency placed, e.g. {@code "NSPA"}. */
    public Contracts ofAgency(String agency) {
        Objects.requireNonNull(agency, "agency");
        return filter(c -> c.agency().equals(agency));
    }

    /** The contracts that name {@code ally} as a buyer. */
    public Contracts ofBuyer(Ally ally) {
        Objects.requireNonNull(ally, "ally");
        return filter(c -> c.isBoughtBy(ally));
    }

    /** The contracts dated in {@code year}; undated contracts are left out. */
    public Contracts datedIn(Year year) {
        Objects.requireNonNull(year, "year");
        return filter(c -> c.year().filter(year::equals).isPresent());
    }

    /** The contracts with no date in the sources. */
    public Contracts undated() {
        return filter(c -> c.date().isEmpty());
    }

    /**
     * The totals in {@code currency}, one column per {@link ValueKind} (firm values, ceilings, options,
     * approvals), never added together; other currencies are converted at {@code rates}. See
     * {@link ValueTotals} and {@link ConvertedTotal}. Empty: exact zeros.
     *
     * @throws org.milex.model.MoneyMismatchException if a figure is in a currency with no rate
     */
    public ValueTotals total(Currency currency, ExchangeRate... rates) {
        return ValueTotals.of(all, currency, rates);
    }

    /**
     * The total of the figures of one kind, e.g. {@code total(ValueKind.FIRM, USD, eurUsd)}: contracts with
     * no figure of that kind add nothing and are not counted. See {@link ConvertedTotal}.
     *
     * @throws org.milex.model.MoneyMismatchException if a figure is in a currency with no rate
     */
    public ConvertedTotal total(ValueKind kind, Currency currency, ExchangeRate... rates) {
        return stream().collect(ContractCollectors.total(kind, currency, rates));
    }

    /** The totals per agency, agencies in alphabetical order; see {@link #total}. */
    public Map<String, ValueTotals> totalByAgency(Currency currency, ExchangeRate... rates) {
        return group(Contract::agency, Comparator.naturalOrder(), currency, rates);
    }

    /**
     * The totals per named buyer, allies in order of their codes. Each contract counts in full for every
     * buyer it names, because the sources give no split: the totals overlap and do not add up to
     * {@link #total}. Contracts with no named buyer are left out. See {@link #total}.
     */
    public Map<Ally, ValueTotals> totalByBuyer(Currency currency, ExchangeRate... rates) {
        Map<Ally, ValueTotals> m = new TreeMap<>(Comparator.comparing(Ally::code));
        for (Ally buyer : all.stream().flatMap(c -> c.buyers().stream()).collect(Collectors.toSet())) {
            m.put(buyer, ofBuyer(buyer).total(currency, rates));
        }
        return Collections.unmodifiableMap(m);
    }

    /**
     * The totals per named supplier, in alphabetical order. A contract with several suppliers counts in full
     * for each (the sources give no split); contracts with no named supplier are left out. See {@link #total}.
     */
    public Map<String, ValueTotals> totalBySupplier(Currency currency, ExchangeRate... rates) {
        Map<String, ValueTotals> m = new TreeMap<>();
        for (String supplier : all.stream().flatMap(c -> c.suppliers().stream()).collect(Collectors.toSet())) {
            m.put(supplier, filter(c -> c.suppliers().contains(supplier)).total(currency, rates));
        }
        return Collections.unmodifiableMap(m);
    }

    /** The totals per system, in alphabetical order; see {@link #total}. */
    public Map<String, ValueTotals> totalBySystem(Currency currency, ExchangeRate... rates) {
        return group(Contract::system, Comparator.naturalOrder(), currency, rates);
    }

    /** The totals per year of {@link Contract#date()}, in order; undated contracts are left out. See {@link #total}. */
    public Map<Year, ValueTotals> totalByYear(Currency currency, ExchangeRate... rates) {
        return filter(c -> c.date().isPresent()).group(c -> c.year().orElseThrow(), Comparator.naturalOrder(),
                currency, rates);
    }

    /**
     * The contracts dated within a period, both ends included: a contract dated only by month counts when
     * its month lies within the period's months. Undated contracts are left out (see {@link #undated()}).
     *
     * @throws IllegalArgumentException if {@code to} is before {@code from}
     */
    public Contracts datedBetween(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("a period ends on or after it starts, not " + from + " to " + to);
        }
        return filter(c -> c.date().filter(d -> d.day()
                .map(day -> !day.isBefore(from) && !day.isAfter(to))
                .orElse(!d.month().isBefore(YearMonth.from(from)) && !d.month().isAfter(YearMonth.from(to))))
                .isPresent());
    }

    private <K> Map<K, ValueTotals> group(Function<Contract, K> key, Comparator<? super K> order, Currency currency,
                                    ExchangeRate... rates) {
        Map<K, ValueTotals> m = stream().collect(Collectors.groupingBy(key, () -> new TreeMap<>(order),
                ContractCollectors.totals(currency, rates)));
        return Collections.unmodifiableMap(m);
    }

    /** A small aligned table: id, date, agency, system, value. */
    @Override
    public String toString() {
        int w = all.stream().mapToInt(c -> c.id().length()).max().orElse(2);
        StringBuilder sb = new StringBuilder(all.size() + (all.size() == 1 ? " contract" : " contracts"));
        for (Contract c : all) {
            sb.append('\n').append(String.format("%-" + w + "s  %-10s  %-8s  %-22s  %s%s", c.id(),
                    c.date().map(ReportedDate::toString).orElse("undated"), c.agency(), c.system(),
                    c.valueKind() == ValueKind.FIRM ? "" : c.valueKind().token() + " ", c.value()));
        }
        return sb.toString();
    }
}
