package org.milex.model;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * A group of allies whose membership changes over time: all of NATO, NATO Europe and Canada, the
 * European allies.
 *
 * <p>Membership follows NATO's rule for its aggregate rows: an ally counts in a year if it joined during or
 * before that year (Montenegro from 2017, North Macedonia from 2020, Finland from 2023, Sweden from 2024).
 * So {@code AllyGroup.NATO.members(Year.of(2022))} has 30 allies and {@code members(Year.of(2024))} 32.
 *
 * @param code a stable upper-case code: {@code NATO}, {@code EUROPE_CANADA}, {@code EUROPEAN_ALLIES}
 * @param name the name NATO prints, e.g. {@code "NATO Europe and Canada"}
 * @param includes which allies the group is made of, whenever they are members
 */
public record AllyGroup(String code, String name, Predicate<Ally> includes) implements Subject {

    /** All allies; NATO's "NATO Total" row. */
    public static final AllyGroup NATO = new AllyGroup("NATO", "NATO Total", a -> true);
    /** All allies but the United States; NATO's "NATO Europe and Canada" row. */
    public static final AllyGroup EUROPE_CANADA =
            new AllyGroup("EUROPE_CANADA", "NATO Europe and Canada", a -> a.european() || a.code().equals("CAN"));
    /** The European allies: all but Canada and the United States. NATO publishes no row for them. */
    public static final AllyGroup EUROPEAN_ALLIES =
            new AllyGroup("EUROPEAN_ALLIES", "European allies", Ally::european);

    private static final List<AllyGroup> ALL = List.of(NATO, EUROPE_CANADA, EUROPEAN_ALLIES);

    /** Validates the code's form. */
    public AllyGroup {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(includes, "includes");
        if (!isCode(code)) {
            throw new IllegalArgumentException("a group's code is an upper-case word of four letters or more, not '" + code + "'");
        }
    }

    /** {@code [A-Z][A-Z_]{3,}}, checked without compiling a regular expression on the start-up path. */
    private static boolean isCode(String code) {
        if (code.length() < 4 || code.charAt(0) < 'A' || code.charAt(0) > 'Z') {
            return false;
        }
        for (int i = 1; i < code.length(); i++) {
            char c = code.charAt(i);
            if ((c < 'A' || c > 'Z') && c != '_') {
                return false;
            }
        }
        return true;
    }

    /** The three groups milex knows: NATO, NATO Europe and Canada, European allies. */
    public static List<AllyGroup> all() {
        return ALL;
    }

    /**
     * The group with this code.
     *
     * @throws IllegalArgumentException naming the code when no group has it
     */
    public static AllyGroup of(String code) {
        Objects.requireNonNull(code, "code");
        for (AllyGroup g : ALL) {
            if (g.code.equals(code)) {
                return g;
            }
        }
        throw new IllegalArgumentException("unknown group code '" + code + "'; the groups are NATO, EUROPE_CANADA, EUROPEAN_ALLIES");
    }

    /** A group of the given allies (whenever they are members), for a user's own comparisons. */
    public static AllyGroup of(String code, String name, List<Ally> allies) {
        List<Ally> copy = List.copyOf(allies);
        return new AllyGroup(code, name, copy::contains);
    }

    /** The members in {@code year}: allies of this group that joined during or before it, by code. */
    public List<Ally> members(Year year) {
        Objects.requireNonNull(year, "year");
        List<Ally> out = new ArrayList<>();     // a loop: every query asks, and a stream's lambdas cost the first run
        for (Ally a : Ally.all()) {
            if (includes.test(a) && a.isMemberIn(year)) {
                out.add(a);
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** The members on {@code date}, by code. */
    public List<Ally> membersOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return Ally.all().stream().filter(includes).filter(a -> a.isMemberOn(date)).toList();
    }

    /** Whether {@code ally} counts in this group in {@code year}. */
    public boolean contains(Ally ally, Year year) {
        return includes.test(ally) && ally.isMemberIn(year);
    }

    // Groups are equal by code: the predicate is how membership is computed, not what the group is.
    @Override
    public boolean equals(Object o) {
        return o instanceof AllyGroup g && g.code.equals(code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    /** {@code "EUROPE_CANADA NATO Europe and Canada"}. */
    @Override
    public String toString() {
        return code + " " + name;
    }
}
