package org.milex.awards;

import java.time.Year;
import java.util.Objects;

/**
 * A buyer in a year: the key of {@link AwardTable#totalByBuyerAndYear()}. Ordered by buyer, then year.
 *
 * @param buyer the buyer as the feed names it, not blank
 * @param year the year the awards were made in
 */
public record BuyerYear(String buyer, Year year) implements Comparable<BuyerYear> {

    /** Validates the buyer. */
    public BuyerYear {
        Objects.requireNonNull(buyer, "buyer");
        Objects.requireNonNull(year, "year");
        Award.requireText("buyer", buyer);
    }

    /** A buyer in a year. */
    public static BuyerYear of(String buyer, int year) {
        return new BuyerYear(buyer, Year.of(year));
    }

    @Override
    public int compareTo(BuyerYear other) {
        int c = buyer.compareTo(other.buyer);        // by buyer, then year
        return c != 0 ? c : year.compareTo(other.year);
    }

    /** {@code "DEU 2024"}. */
    @Override
    public String toString() {
        return buyer + " " + year;
    }
}
