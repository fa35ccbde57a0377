package org.milex.model;

import java.time.LocalDate;
import java.time.Year;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A member of NATO: its ISO 3166-1 alpha-3 code, name, the date it joined, whether it has armed forces,
 * whether it is a European ally, and the national currency NATO reports its spending in.
 *
 * <p>The 32 allies come from milex's embedded {@code data/allies.csv}; {@link #of(String)} finds one by code.
 * Iceland is an ally with no armed forces: NATO publishes its GDP but no defence figures.
 *
 * <pre>{@code
 * Ally.of("SWE").accession();            // 2024-03-07
 * Ally.of("SWE").isMemberIn(Year.of(2023));  // false
 * Ally.fromName("Slovak Republic");      // Optional[SVK Slovakia]
 * }</pre>
 *
 * @param code ISO 3166-1 alpha-3 code, e.g. {@code "POL"}
 * @param name English short name, e.g. {@code "Poland"}
 * @param aliases other names sources use, e.g. NATO's {@code "Slovak Republic"}
 * @param accession the date the ally joined NATO
 * @param hasArmedForces false only for Iceland
 * @param european whether the ally is European (all but Canada and the United States)
 * @param currency the national currency of NATO's Table 1
 */
public record Ally(String code, String name, List<String> aliases, LocalDate accession, boolean hasArmedForces,
                   boolean european, Currency currency) implements Subject {

    /** Validates the code's form and copies the aliases. */
    public Ally {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(accession, "accession");
        Objects.requireNonNull(currency, "currency");
        if (!isCode(code)) {
            throw new IllegalArgumentException("an ally's code is ISO 3166-1 alpha-3 (three capital letters), not '" + code + "'");
        }
        aliases = List.copyOf(aliases);
    }

    private static boolean isCode(String code) {      // [A-Z]{3}, without compiling a pattern per ally
        if (code.length() != 3) {
            return false;
        }
        for (int i = 0; i < 3; i++) {
            if (code.charAt(i) < 'A' || code.charAt(i) > 'Z') {
                return false;
            }
        }
        return true;
    }

    /**
     * The ally with an ISO 3166-1 alpha-3 code.
     *
     * @throws IllegalArgumentException naming the code when it is not one of the 32 allies
     */
    public static Ally of(String code) {
        Objects.requireNonNull(code, "code");
        Ally a = AllyRegistry.get().byCode().get(code);
        if (a == null) {
            throw new IllegalArgumentException("unknown ally code '" + code + "'; the allies are "
                    + String.join(",", AllyRegistry.get().byCode().keySet()));
        }
        return a;
    }

    /**
     * The ally known by a name: its own name or one of its aliases, ignoring case, NATO's footnote asterisks
     * and surrounding spaces ({@code "Czechia*"}, {@code "Slovak Republic"}, {@code "Turkey"}).
     */
    public static Optional<Ally> fromName(String name) {
        Objects.requireNonNull(name, "name");
        return Optional.ofNullable(AllyRegistry.get().byName().get(AllyRegistry.normaliseName(name)));
    }

    /** All 32 allies in order of their codes. */
    public static List<Ally> all() {
        return AllyRegistry.get().all();
    }

    /** The year the ally joined. */
    public Year accessionYear() {
        return Year.of(accession.getYear());
    }

    /**
     * Whether the ally counts as a member in {@code year}: it joined during or before that year. This is
     * NATO's rule for its aggregates (Sweden, joined 7 March 2024, counts from 2024 on).
     */
    public boolean isMemberIn(Year year) {
        Objects.requireNonNull(year, "year");
        return accession.getYear() <= year.getValue();
    }

    /** Whether the ally was a member on {@code date}. */
    public boolean isMemberOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return !accession.isAfter(date);
    }

    /** {@code "POL Poland"}. */
    @Override
    public String toString() {
        return code + " " + name;
    }

    /** Equal in every component, as for any record; written out, with the same object as the common case. */
    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Ally a && code.equals(a.code) && name.equals(a.name)
                && aliases.equals(a.aliases) && accession.equals(a.accession) && hasArmedForces == a.hasArmedForces
                && european == a.european && currency.equals(a.currency);
    }

    /** The code's hash: equal allies have equal codes. */
    @Override
    public int hashCode() {
        return code.hashCode();
    }
}
