package org.milex.model;

import java.time.Year;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The prices an amount of money is expressed in: current prices (and exchange rates) of its own year, or
 * constant prices (and exchange rates) of a named base year.
 *
 * <p>NATO's editions up to June 2024 use constant 2015 prices; from August 2025 on, constant 2021 prices.
 * Amounts on different bases cannot be added: {@link Money#plus(Money)} refuses them.
 *
 * <pre>{@code
 * PriceBasis.current();                 // current prices
 * PriceBasis.constant(Year.of(2015));   // constant 2015 prices
 * PriceBasis.parse("constant 2015 prices").equals(PriceBasis.constant(2015));  // true
 * }</pre>
 */
public sealed interface PriceBasis permits PriceBasis.Current, PriceBasis.Constant {

    /** Current prices and exchange rates of each figure's own year. */
    static PriceBasis current() {
        return Current.INSTANCE;
    }

    /** Constant prices and exchange rates of {@code baseYear}. */
    static PriceBasis constant(Year baseYear) {
        return new Constant(baseYear);
    }

    /** Constant prices and exchange rates of {@code baseYear}. */
    static PriceBasis constant(int baseYear) {
        return new Constant(Year.of(baseYear));
    }

    /**
     * Reads what {@code toString()} writes: {@code "current prices"} or {@code "constant 2015 prices"}.
     *
     * @throws IllegalArgumentException naming the text when it is neither
     */
    static PriceBasis parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString().trim();
        if (s.equals("current prices") || s.equals("current")) {
            return current();
        }
        Matcher m = Pattern.compile("constant (\\d{4})(?: prices)?").matcher(s);
        if (m.matches()) {
            return constant(Integer.parseInt(m.group(1)));
        }
        throw new IllegalArgumentException("not a price basis: '" + s
                + "' (expected 'current prices' or 'constant YYYY prices')");
    }

    /** Whether this is current prices. */
    boolean isCurrent();

    /** Current prices; its only instance is {@link PriceBasis#current()}. */
    record Current() implements PriceBasis {
        static final Current INSTANCE = new Current();

        @Override
        public boolean isCurrent() {
            return true;
        }

        @Override
        public String toString() {
            return "current prices";
        }

        /**
         * Equal to any {@code Current}, as for any record without components. Written out: the generated one
         * bootstraps {@code ObjectMethods} on first use (about 15 method-handle classes spun at run time), and
         * every sum of money compares bases.
         */
        @Override
        public boolean equals(Object o) {
            return o instanceof Current;
        }

        /** 0, as the generated one of a record without components. */
        @Override
        public int hashCode() {
            return 0;
        }
    }

    /** Constant prices of {@code baseYear}. */
    record Constant(Year baseYear) implements PriceBasis {
        public Constant {
            Objects.requireNonNull(baseYear, "baseYear");
        }

        @Override
        public boolean isCurrent() {
            return false;
        }

        @Override
        public String toString() {
            return "constant " + baseYear + " prices";
        }

        // written out: cheaper on first use than the record's generated equals and hashCode
        @Override
        public boolean equals(Object o) {
            return this == o || o instanceof Constant c && baseYear.equals(c.baseYear);
        }

        @Override
        public int hashCode() {
            return baseYear.hashCode();
        }
    }
}
