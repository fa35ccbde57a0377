package org.milex.awards;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Currency;
import org.milex.model.Money;
import org.milex.model.PriceBasis;

/** Exact conversions between amounts and whole minor units of a currency (cents for EUR, yen for JPY). */
final class MinorUnits {

    private MinorUnits() {
    }

    /**
     * The number of decimals of the currency's minor unit (2 for EUR, 0 for JPY, 3 for KWD).
     *
     * @throws IllegalArgumentException for a currency without one, such as gold (XAU)
     */
    static int digits(Currency currency) {
        int d = currency.getDefaultFractionDigits();
        if (d < 0) {
            throw new IllegalArgumentException(currency.getCurrencyCode()
                    + " has no minor unit: award values are in currencies such as EUR or USD");
        }
        return d;
    }

    /**
     * The amount of {@code value} in minor units of its currency.
     *
     * @throws IllegalArgumentException if the value is not at current prices, is not a whole number of minor
     *     units, or does not fit in a {@code long}
     */
    static long of(Money value) {
        if (!value.basis().isCurrent()) {
            throw new IllegalArgumentException("award values are nominal, in current prices, not " + value);
        }
        int digits = digits(value.currency());
        BigDecimal minor = value.amount().movePointRight(digits);
        if (minor.signum() != 0 && minor.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException(tooManyDecimals(value.amount().toPlainString(), value.currency()));
        }
        try {
            return minor.longValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("an award's value is at most " + Long.MAX_VALUE
                    + " minor units, not " + value, e);
        }
    }

    static String tooManyDecimals(String text, Currency currency) {
        int digits = currency.getDefaultFractionDigits();
        return "more decimals than " + currency.getCurrencyCode() + "'s " + digits
                + (digits == 1 ? " decimal" : " decimals") + " (milex does not round)";
    }

    /** {@code minor} minor units of {@code currency}, in current prices. */
    static Money money(long minor, Currency currency) {
        return Money.of(BigDecimal.valueOf(minor, digits(currency)), currency, PriceBasis.current());
    }

    /** {@code minor} minor units of {@code currency}, in current prices. */
    static Money money(BigInteger minor, Currency currency) {
        return Money.of(new BigDecimal(minor, digits(currency)), currency, PriceBasis.current());
    }

    /**
     * Reads a plain decimal ({@code -?[0-9]+(\.[0-9]+)?}) as minor units of a currency with {@code digits}
     * decimals. Decimals beyond {@code digits} are accepted only if they are zeros.
     *
     * @throws IllegalArgumentException whose message is the problem, to be placed by the caller
     */
    static long parse(String s, Currency currency, int digits) {
        int n = s.length();
        int i = 0;
        boolean negative = false;
        if (n > 0 && s.charAt(0) == '-') {
            negative = true;
            i = 1;
        }
        int intStart = i;
        long v = 0;
        try {
            while (i < n && isDigit(s.charAt(i))) {
                v = Math.addExact(Math.multiplyExact(v, 10), s.charAt(i) - '0');
                i++;
            }
            if (i == intStart) {
                throw new IllegalArgumentException(NOT_A_NUMBER);
            }
            int decimals = 0;
            if (i < n && s.charAt(i) == '.') {
                i++;
                int fracStart = i;
                while (i < n && isDigit(s.charAt(i))) {
                    int d = s.charAt(i) - '0';
                    if (decimals < digits) {
                        v = Math.addExact(Math.multiplyExact(v, 10), d);
                        decimals++;
                    } else if (d != 0) {
                        throw new IllegalArgumentException(tooManyDecimals(s, currency));
                    }
                    i++;
                }
                if (i == fracStart) {
                    throw new IllegalArgumentException(NOT_A_NUMBER);
                }
            }
            if (i != n) {
                throw new IllegalArgumentException(NOT_A_NUMBER);
            }
            for (; decimals < digits; decimals++) {
                v = Math.multiplyExact(v, 10);
            }
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("too large: more than " + Long.MAX_VALUE + " minor units");
        }
        return negative ? -v : v;
    }

    /** {@link #parse(String, Currency, int)} on the ASCII bytes {@code b[s..e)}, with the same rules and messages. */
    static long parse(byte[] b, int s, int e, Currency currency, int digits) {
        int i = s;
        boolean negative = false;
        if (e > s && b[s] == '-') {
            negative = true;
            i++;
        }
        int intStart = i;
        long v = 0;
        try {
            while (i < e && b[i] >= '0' && b[i] <= '9') {
                v = Math.addExact(Math.multiplyExact(v, 10), b[i] - '0');
                i++;
            }
            if (i == intStart) {
                throw new IllegalArgumentException(NOT_A_NUMBER);
            }
            int decimals = 0;
            if (i < e && b[i] == '.') {
                i++;
                int fracStart = i;
                while (i < e && b[i] >= '0' && b[i] <= '9') {
                    int d = b[i] - '0';
                    if (decimals < digits) {
                        v = Math.addExact(Math.multiplyExact(v, 10), d);
                        decimals++;
                    } else if (d != 0) {
                        throw new IllegalArgumentException(tooManyDecimals(
                                new String(b, s, e - s, java.nio.charset.StandardCharsets.ISO_8859_1), currency));
                    }
                    i++;
                }
                if (i == fracStart) {
                    throw new IllegalArgumentException(NOT_A_NUMBER);
                }
            }
            if (i != e) {
                throw new IllegalArgumentException(NOT_A_NUMBER);
            }
            for (; decimals < digits; decimals++) {
                v = Math.multiplyExact(v, 10);
            }
        } catch (ArithmeticException x) {
            throw new IllegalArgumentException("too large: more than " + Long.MAX_VALUE + " minor units");
        }
        return negative ? -v : v;
    }

    static final String NOT_A_NUMBER = "not a plain decimal number (digits, an optional '-' and '.')";

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
