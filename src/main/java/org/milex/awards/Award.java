package org.milex.awards;

import java.time.LocalDate;
import java.time.Year;
import java.util.Objects;
import java.util.Optional;
import org.milex.model.Money;

/**
 * One contract award: its id, the day it was awarded, the buyer, the supplier, its value and, when the feed
 * gives one, a category such as a CPV code or a weapon system.
 *
 * <pre>{@code
 * Award a = new Award("DE-2024-0001", LocalDate.parse("2024-03-01"), "DEU", "Rheinmetall AG",
 *         Money.of(new BigDecimal("1250000.50"), Currencies.EUR, PriceBasis.current()), Optional.of("35300000"));
 * a.year();   // 2024
 * }</pre>
 *
 * <p>An {@link AwardTable} holds millions of these in columns and makes one only when asked
 * ({@link AwardTable#award(int)}, {@link AwardTable#stream()}).
 *
 * @param id the award's identifier in its feed, not blank, unique within a table
 * @param date the day the contract was awarded
 * @param buyer who awarded it: an ally's code such as {@code "DEU"}, an agency, or both, as the feed names it;
 *     not blank
 * @param supplier who won it, as the feed names it; not blank
 * @param value the award's value, nominal: in current prices, in whole minor units of its currency (cents
 *     for EUR, yen for JPY)
 * @param category a CPV code, a system or another grouping, when the feed gives one; not blank when present
 */
public record Award(String id, LocalDate date, String buyer, String supplier, Money value,
                    Optional<String> category) {

    /** Validates every part. */
    public Award {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(buyer, "buyer");
        Objects.requireNonNull(supplier, "supplier");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(category, "category");
        requireText("id", id);
        requireText("buyer", buyer);
        requireText("supplier", supplier);
        category.ifPresent(c -> requireText("category", c));
        MinorUnits.of(value); // rejects constant prices and fractions of a minor unit
    }

    /** An award without a category. */
    public static Award of(String id, LocalDate date, String buyer, String supplier, Money value) {
        return new Award(id, date, buyer, supplier, value, Optional.empty());
    }

    /** An award with a category. */
    public static Award of(String id, LocalDate date, String buyer, String supplier, Money value, String category) {
        return new Award(id, date, buyer, supplier, value, Optional.of(category));
    }

    /** The year of {@link #date()}. */
    public Year year() {
        return Year.of(date.getYear());
    }

    static void requireText(String what, String s) {
        if (s.isBlank()) {
            throw new IllegalArgumentException("an award's " + what + " is not blank, not '" + s + "'");
        }
    }
}
