package org.milex.sipri;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.milex.data.Dataset;
import org.milex.model.Ally;
import org.milex.model.Currencies;
import org.milex.model.Edition;
import org.milex.model.Money;
import org.milex.model.Observation;
import org.milex.model.PriceBasis;
import org.milex.model.Share;

/**
 * A user's copy of SIPRI's Military Expenditure Database workbook, read into memory: every country sheet
 * ({@link SipriMeasure}), each country's region, subregion and notes, the footnotes, and the release.
 * Immutable and safe to share between threads.
 *
 * <pre>{@code
 * SipriDatabase db = SipriDatabase.read(Path.of("SIPRI-Milex-data-1949-2024.xlsx"));
 * db.release();                              // SIPRI-2025-04 (1949-2024)
 * Country pl = db.country("Poland");
 * db.share(pl, SipriMeasure.SHARE_OF_GDP, Year.of(2024));     // Optional[4.15%]
 * db.money(pl, SipriMeasure.CONSTANT_USD, Year.of(2024));     // Optional[USD 34488.3… mn (constant 2023 prices)]
 * db.series(pl, SipriMeasure.SHARE_OF_GDP);  // [1949: ... (unavailable), …, 1981: 2.91… (SIPRI estimate), …]
 * db.find("Turkey");                         // Optional[Türkiye], through the ally's aliases
 * db.compareShareOfGdp(Dataset.embedded(), Edition.parse("NATO-2024-06"), Year.of(2024));
 * }</pre>
 *
 * <p><b>Memory.</b> Each measure is one {@code double[]} of countries × the sheet's years, row-major, plus one
 * {@code byte[]} of {@link SipriStatus} codes: 9 bytes a cell, with {@code NaN} where there is no figure.
 * The April 2025 release (174 rows × 76 years on five sheets, × 37 years on two) is 78,996 cells, about
 * 711 KB, plus the country records. Reading streams each sheet's XML (POI's event API) and holds one row at
 * a time.
 *
 * <p><b>Licence.</b> SIPRI's terms allow non-commercial use with the citation of {@link SipriRelease#citation()},
 * reproducing no more than 10% of the database. milex ships none of it: this class reads the user's copy.
 */
public final class SipriDatabase {

    /** One sheet's cells: row-major, {@code country * years + (year - firstYear)}. */
    static final class Table {
        final int firstYear;
        final int years;
        final double[] values;
        final byte[] status;

        Table(int firstYear, int years, double[] values, byte[] status) {
            this.firstYear = firstYear;
            this.years = years;
            this.values = values;
            this.status = status;
        }
    }

    private final String file;
    private final SipriRelease release;
    private final Year constantBaseYear;
    private final List<Country> countries;
    private final Map<String, Integer> byName;
    private final Map<SipriMeasure, Table> tables;
    private final Map<String, String> footnotes;
    private final Map<Ally, Country> allies;

    SipriDatabase(String file, SipriRelease release, Year constantBaseYear, List<Country> countries,
                  Map<SipriMeasure, Table> tables, Map<String, String> footnotes) {
        this.file = file;
        this.release = release;
        this.constantBaseYear = constantBaseYear;
        this.countries = List.copyOf(countries);
        Map<String, Integer> names = new LinkedHashMap<>();
        for (int i = 0; i < this.countries.size(); i++) {
            names.put(normalise(this.countries.get(i).name()), i);
        }
        this.byName = Collections.unmodifiableMap(names);
        this.tables = Collections.unmodifiableMap(new EnumMap<>(tables));
        this.footnotes = Collections.unmodifiableMap(new LinkedHashMap<>(footnotes));
        Map<Ally, Country> a = new LinkedHashMap<>();
        for (Ally ally : Ally.all()) {
            for (Country c : this.countries) {
                if (c.ally().filter(ally::equals).isPresent()) {
                    a.put(ally, c);
                }
            }
        }
        this.allies = Collections.unmodifiableMap(a);
    }

    /**
     * Reads SIPRI's workbook ({@code .xlsx}): the front page (release), the seven country sheets and the
     * Footnotes sheet. The "Regional totals" sheet is not read.
     *
     * <p>What it checks, failing on the first problem: every sheet is there; each country sheet has a header
     * row ({@code Country}, {@code Notes}, consecutive years); below it, each row is a region heading (one of
     * SIPRI's five regions), a subregion heading (a name alone, in bold), a country with a cell for every year,
     * or empty; every heading has countries under it; each year cell is a number, {@code ...} or {@code xxx}; a number's font is black, blue or red;
     * no country is listed twice; every sheet lists the same countries in the same regions with the same
     * notes; every note refers to an entry of the Footnotes sheet.
     *
     * @throws SipriFormatException naming file, sheet, cell and value of the first problem
     * @throws java.io.UncheckedIOException if the file cannot be read
     */
    public static SipriDatabase read(Path xlsx) {
        Objects.requireNonNull(xlsx, "xlsx");
        return WorkbookReader.read(xlsx);
    }

    /** Which release the workbook is. */
    public SipriRelease release() {
        return release;
    }

    /** The file's name, as read. */
    public String file() {
        return file;
    }

    /** The base year of the constant-dollar sheet, read from its name and title, e.g. 2023. */
    public Year constantBaseYear() {
        return constantBaseYear;
    }

    /** Constant prices of {@link #constantBaseYear()}, the basis of {@link SipriMeasure#CONSTANT_USD}. */
    public PriceBasis constantPrices() {
        return PriceBasis.constant(constantBaseYear);
    }

    /**
     * The price basis of a money measure: constant prices of the base year for {@link SipriMeasure#CONSTANT_USD},
     * current prices for the others.
     *
     * @throws IllegalArgumentException for a share
     */
    public PriceBasis priceBasis(SipriMeasure measure) {
        Objects.requireNonNull(measure, "measure");
        if (measure.isShare()) {
            throw new IllegalArgumentException(measure + " is a share, not money");
        }
        return measure == SipriMeasure.CONSTANT_USD ? constantPrices() : PriceBasis.current();
    }

    /** Every country (and the European Union), in the workbook's order. */
    public List<Country> countries() {
        return countries;
    }

    /** SIPRI's five regions, in the workbook's order. */
    public List<String> regions() {
        return countries.stream().map(Country::region).distinct().toList();
    }

    /**
     * The countries of a region ({@code "Europe"}) or subregion ({@code "Central Europe"}), ignoring case, in
     * the workbook's order.
     *
     * @throws IllegalArgumentException naming the regions when the name is neither
     */
    public List<Country> countries(String regionOrSubregion) {
        Objects.requireNonNull(regionOrSubregion, "regionOrSubregion");
        String r = regionOrSubregion.strip();
        List<Country> out = countries.stream().filter(c -> c.region().equalsIgnoreCase(r)
                || c.subregion().filter(s -> s.equalsIgnoreCase(r)).isPresent()).toList();
        if (out.isEmpty()) {
            LinkedHashSet<String> names = new LinkedHashSet<>();
            countries.forEach(c -> {
                names.add(c.region());
                c.subregion().ifPresent(names::add);
            });
            throw new IllegalArgumentException("no region or subregion '" + regionOrSubregion + "' in " + release.id()
                    + "; there are " + String.join(", ", names));
        }
        return out;
    }

    /**
     * The country known by a name: SIPRI's own (ignoring case and spacing), or, for a NATO ally, any of the
     * ally's names and aliases ({@code "Turkey"} finds {@code "Türkiye"}, {@code "United States"} finds
     * {@code "United States of America"}, {@code "Slovak Republic"} finds {@code "Slovakia"}).
     */
    public Optional<Country> find(String name) {
        Objects.requireNonNull(name, "name");
        Integer i = byName.get(normalise(name));
        if (i != null) {
            return Optional.of(countries.get(i));
        }
        return Ally.fromName(name).flatMap(this::find);
    }

    /** The country SIPRI lists for a NATO ally; empty if the workbook does not list it. */
    public Optional<Country> find(Ally ally) {
        Objects.requireNonNull(ally, "ally");
        return Optional.ofNullable(allies.get(ally));
    }

    /**
     * The country known by a name, as {@link #find(String)}.
     *
     * @throws IllegalArgumentException naming the name when no country has it
     */
    public Country country(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException("no country '" + name + "' in "
                + release.id() + " (" + file + "); SIPRI's names are like 'Korea, South', 'Congo, DR', "
                + "'United States of America'"));
    }

    /**
     * The NATO allies SIPRI lists, with SIPRI's country for each, in order of the allies' codes. All 32 for
     * the April 2025 release; SIPRI lists Iceland (with no military expenditure: zeros in money, {@code ...}
     * as shares).
     */
    public Map<Ally, Country> allies() {
        return allies;
    }

    /** The years a measure's sheet covers, e.g. 1949–2024, or 1988–2024 for per capita. */
    public List<Year> years(SipriMeasure measure) {
        Table t = table(measure);
        List<Year> ys = new ArrayList<>(t.years);
        for (int i = 0; i < t.years; i++) {
            ys.add(Year.of(t.firstYear + i));
        }
        return List.copyOf(ys);
    }

    /**
     * One country's cells of one sheet, every year the sheet covers, oldest first. Shares are in percent.
     *
     * @throws IllegalArgumentException if the country is not one of this database's
     */
    public List<SipriValue> series(Country country, SipriMeasure measure) {
        int c = indexOf(country);
        Table t = table(measure);
        List<SipriValue> out = new ArrayList<>(t.years);
        for (int i = 0; i < t.years; i++) {
            out.add(cell(measure, t, c, i));
        }
        return List.copyOf(out);
    }

    /**
     * One country's cells of one sheet, the country found by {@link #country(String)}.
     *
     * @throws IllegalArgumentException naming the name when no country has it
     */
    public List<SipriValue> series(String country, SipriMeasure measure) {
        return series(country(country), measure);
    }

    /**
     * One cell: the figure for a country, measure and year (shares in percent) and its status;
     * {@link SipriStatus#NOT_COVERED} with no figure for a year the sheet has no column for.
     *
     * @throws IllegalArgumentException if the country is not one of this database's
     */
    public SipriValue value(Country country, SipriMeasure measure, Year year) {
        Objects.requireNonNull(year, "year");
        int c = indexOf(country);
        Table t = table(measure);
        int i = year.getValue() - t.firstYear;
        if (i < 0 || i >= t.years) {
            return SipriValue.absent(year, SipriStatus.NOT_COVERED);
        }
        return cell(measure, t, c, i);
    }

    /**
     * A US-dollar figure as {@link Money} in {@link Currencies#USD}: millions at constant prices of the base
     * year ({@link SipriMeasure#CONSTANT_USD}) or at current prices ({@link SipriMeasure#CURRENT_USD}), or
     * dollars per person at current prices ({@link SipriMeasure#PER_CAPITA}; the amount is in dollars, not
     * millions). The decimal is the shortest that reads back as the workbook's {@code double}. Empty where
     * there is no figure; {@link #value} says why.
     *
     * @throws IllegalArgumentException for a share or local-currency measure (SIPRI names local currencies,
     *     e.g. {@code "Zloty"}, not by ISO code: use {@link #value} and {@link Country#currency()})
     */
    public Optional<Money> money(Country country, SipriMeasure measure, Year year) {
        Objects.requireNonNull(measure, "measure");
        if (!measure.isUsd()) {
            throw new IllegalArgumentException(measure + " is not in US dollars; use value() for "
                    + (measure.isShare() ? "shares (or share())" : "local currency, named by Country.currency()"));
        }
        OptionalDouble v = value(country, measure, year).value();
        if (v.isEmpty()) {
            return Optional.empty();
        }
        PriceBasis basis = priceBasis(measure);
        return Optional.of(measure == SipriMeasure.PER_CAPITA
                ? Money.of(BigDecimal.valueOf(v.getAsDouble()), Currencies.USD, basis)
                : Money.ofMillions(v.getAsDouble(), Currencies.USD, basis));
    }

    /**
     * A share as a {@link Share} in percent: SIPRI's fraction (the shortest decimal that reads back as the
     * workbook's {@code double}) times 100, exact. Empty where there is no figure.
     *
     * @throws IllegalArgumentException for a measure that is not a share
     * @throws IllegalStateException if SIPRI's figure exceeds 100% (Kuwait 1991, share of GDP), which a
     *     {@link Share} cannot hold; {@link #value} gives it
     */
    public Optional<Share> share(Country country, SipriMeasure measure, Year year) {
        Objects.requireNonNull(measure, "measure");
        if (!measure.isShare()) {
            throw new IllegalArgumentException(measure + " is not a share; use value() or money()");
        }
        Objects.requireNonNull(year, "year");
        int c = indexOf(country);
        Table t = table(measure);
        int i = year.getValue() - t.firstYear;
        if (i < 0 || i >= t.years || !SipriStatus.ofCode(t.status[c * t.years + i]).hasValue()) {
            return Optional.empty();
        }
        BigDecimal percent = BigDecimal.valueOf(t.values[c * t.years + i]).movePointRight(2);
        if (percent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalStateException(release.id() + ": " + country.name() + " " + year + " " + measure.unit()
                    + " is " + percent.toPlainString() + "%, more than a Share can hold; use value()");
        }
        return Optional.of(Share.ofPercent(percent));
    }

    /**
     * The Footnotes sheet: each special-note symbol ({@code †}, {@code ‡}, {@code §}, {@code ¶}, {@code ‖})
     * and footnote number ({@code "78"}) with its text, in the sheet's order.
     */
    public Map<String, String> footnotes() {
        return footnotes;
    }

    /** The text of one note mark of {@link Country#noteMarks()}, e.g. {@code footnote("§")}. */
    public Optional<String> footnote(String mark) {
        Objects.requireNonNull(mark, "mark");
        return Optional.ofNullable(footnotes.get(mark.strip()));
    }

    /**
     * NATO's and SIPRI's share of GDP for one ally and year, side by side (see {@link ShareOfGdpComparison}
     * for why they differ).
     *
     * @throws IllegalArgumentException if {@code nato} does not hold {@code edition}
     */
    public ShareOfGdpComparison compareShareOfGdp(Dataset nato, Edition edition, Ally ally, Year year) {
        Objects.requireNonNull(nato, "nato");
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(ally, "ally");
        Objects.requireNonNull(year, "year");
        nato.edition(edition.id());
        Optional<Share> natoShare = nato.find(ally, year, edition).flatMap(Observation::shareOfGdp);
        Optional<Country> c = find(ally);
        SipriStatus status = c.map(x -> value(x, SipriMeasure.SHARE_OF_GDP, year).status())
                .orElse(SipriStatus.NOT_COVERED);
        Optional<Share> sipri = c.flatMap(x -> share(x, SipriMeasure.SHARE_OF_GDP, year));
        return new ShareOfGdpComparison(ally, year, edition, natoShare, release.id(), status, sipri);
    }

    /**
     * NATO's and SIPRI's share of GDP for every one of the 32 allies in a year, in order of their codes,
     * including allies that were not yet members and Iceland (with no figure from either).
     *
     * @throws IllegalArgumentException if {@code nato} does not hold {@code edition}
     */
    public List<ShareOfGdpComparison> compareShareOfGdp(Dataset nato, Edition edition, Year year) {
        return Ally.all().stream().map(a -> compareShareOfGdp(nato, edition, a, year)).toList();
    }

    /** Bytes held in the value and status arrays (9 a cell), for the Javadoc's estimate. */
    long cellBytes() {
        long n = 0;
        for (Table t : tables.values()) {
            n += (long) t.values.length * Double.BYTES + t.status.length;
        }
        return n;
    }

    private SipriValue cell(SipriMeasure measure, Table t, int country, int i) {
        int k = country * t.years + i;
        SipriStatus s = SipriStatus.ofCode(t.status[k]);
        Year y = Year.of(t.firstYear + i);
        if (!s.hasValue()) {
            return SipriValue.absent(y, s);
        }
        double v = t.values[k];
        return SipriValue.of(y, measure.isShare() ? BigDecimal.valueOf(v).movePointRight(2).doubleValue() : v, s);
    }

    private Table table(SipriMeasure measure) {
        return tables.get(Objects.requireNonNull(measure, "measure"));
    }

    private int indexOf(Country country) {
        Objects.requireNonNull(country, "country");
        Integer i = byName.get(normalise(country.name()));
        if (i == null || !countries.get(i).equals(country)) {
            throw new IllegalArgumentException("'" + country.name() + "' is not a country of " + release.id()
                    + " as read from " + file);
        }
        return i;
    }

    static String normalise(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** {@code "SIPRI-2025-04 (1949-2024): 174 countries, constant 2023 US$"}. */
    @Override
    public String toString() {
        return release + ": " + countries.size() + " countries, constant " + constantBaseYear + " US$";
    }
}
