package org.milex.internal;

/**
 * The input grammar's numbers, dates and names, read from a CSV field's bytes without making a {@code String}.
 * Each method throws {@link IllegalArgumentException} whose message is the problem, for the caller to turn into
 * a {@link org.milex.DataFileException} naming the place. Not API.
 */
public final class ByteFields {
    /** The first day the grammar accepts, 1900-01-01, as an epoch day. */
    public static final int FIRST_DAY = -25567;
    /** The last day the grammar accepts, 2100-12-31, as an epoch day. */
    public static final int LAST_DAY = 47846;

    private static final int[] DAYS_BEFORE_MONTH = {0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};

    private ByteFields() {
    }

    /**
     * A decimal {@code -?[0-9]+(\.[0-9]+)?} of ASCII digits as a whole number of {@code 10^-scale} units: with
     * scale 2, {@code "-12.5"} is -1250. No sign but a leading {@code -} (and only if {@code signed}), no
     * exponent, no separators, no spaces, no more than {@code scale} decimals, no overflow.
     */
    public static long scaled(byte[] b, int s, int e, int scale, boolean signed) {
        if (s == e) {
            throw new IllegalArgumentException("empty value where a number is required");
        }
        int i = s;
        boolean negative = b[i] == '-';
        if (negative) {
            if (!signed) {
                throw new IllegalArgumentException("a negative number where none is allowed");
            }
            i++;
        }
        int intStart = i;
        long v = 0;
        while (i < e && b[i] >= '0' && b[i] <= '9') {
            if (v > (Long.MAX_VALUE - 9) / 10) {
                throw new IllegalArgumentException("a number too large to hold");
            }
            v = v * 10 + (b[i] - '0');
            i++;
        }
        if (i == intStart) {
            throw new IllegalArgumentException(NOT_A_NUMBER);
        }
        int decimals = 0;
        if (i < e) {
            if (b[i] != '.' || i + 1 == e) {
                throw new IllegalArgumentException(NOT_A_NUMBER);
            }
            i++;
            while (i < e) {
                byte c = b[i];
                if (c < '0' || c > '9') {
                    throw new IllegalArgumentException(NOT_A_NUMBER);
                }
                if (++decimals > scale) {
                    throw new IllegalArgumentException("more than " + scale + " decimals: not rounded, refused");
                }
                if (v > (Long.MAX_VALUE - 9) / 10) {
                    throw new IllegalArgumentException("a number too large to hold");
                }
                v = v * 10 + (c - '0');
                i++;
            }
        }
        for (; decimals < scale; decimals++) {
            if (v > Long.MAX_VALUE / 10) {
                throw new IllegalArgumentException("a number too large to hold");
            }
            v *= 10;
        }
        return negative ? -v : v;
    }

    /** The message for text that is not a plain decimal. */
    public static final String NOT_A_NUMBER = "not a plain decimal number (ASCII digits, an optional '-' and '.')";

    /** An ISO date {@code yyyy-MM-dd} within 1900-01-01 to 2100-12-31, as an epoch day. */
    public static int epochDay(byte[] b, int s, int e) {
        if (e - s != 10 || b[s + 4] != '-' || b[s + 7] != '-') {
            throw new IllegalArgumentException("not a date (yyyy-mm-dd)");
        }
        int y = digits(b, s, 4);
        int m = digits(b, s + 5, 2);
        int d = digits(b, s + 8, 2);
        if (y < 1900 || y > 2100) {
            throw new IllegalArgumentException("a date outside 1900-01-01 to 2100-12-31");
        }
        boolean leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
        if (m < 1 || m > 12 || d < 1 || d > monthLength(m, leap)) {
            throw new IllegalArgumentException("not a date (yyyy-mm-dd)");
        }
        // days from 1970-01-01: whole years, then months, then days
        long yy = y - 1;
        long days = 365L * (y - 1970) + (yy / 4 - yy / 100 + yy / 400) - (1969 / 4 - 1969 / 100 + 1969 / 400);
        days += DAYS_BEFORE_MONTH[m] + (leap && m > 2 ? 1 : 0) + d - 1;
        return (int) days;
    }

    /** A year of four ASCII digits within 1900 to 2100. */
    public static int year(byte[] b, int s, int e) {
        if (e - s != 4) {
            throw new IllegalArgumentException("not a year (four digits, 1900 to 2100)");
        }
        int y = digits(b, s, 4);
        if (y < 1900 || y > 2100) {
            throw new IllegalArgumentException("not a year (four digits, 1900 to 2100)");
        }
        return y;
    }

    private static int monthLength(int m, boolean leap) {
        return m == 2 ? (leap ? 29 : 28) : (m == 4 || m == 6 || m == 9 || m == 11 ? 30 : 31);
    }

    private static int digits(byte[] b, int s, int n) {
        int v = 0;
        for (int i = s; i < s + n; i++) {
            int c = b[i] - '0';
            if (c < 0 || c > 9) {
                throw new IllegalArgumentException("not a date (yyyy-mm-dd)");
            }
            v = v * 10 + c;
        }
        return v;
    }

    /**
     * Whether {@code b[s..e)} is a name by the grammar made of printable ASCII only: not empty, every byte within
     * {@code 0x20..0x7E}, the first and last not a space. Such a name has no {@linkplain #nameProblem problem}; a
     * name for which this is false may still be valid (it may hold other characters), and the caller then checks
     * it as a {@code String}.
     */
    public static boolean isPlainAsciiName(byte[] b, int s, int e) {
        if (s == e || b[s] == ' ' || b[e - 1] == ' ') {
            return false;
        }
        for (int i = s; i < e; i++) {
            byte c = b[i];
            if (c < 0x20 || c == 0x7F) {
                return false;
            }
        }
        return true;
    }

    /**
     * The problem with a name or identifier, or {@code null} if it has none: it must not be empty (or blank),
     * start or end with whitespace, or hold a control character (U+0000–U+001F, U+007F–U+009F).
     */
    public static String nameProblem(String s) {
        if (s.isEmpty()) {
            return "empty value where one is required";
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
                return String.format(java.util.Locale.ROOT, "a control character (U+%04X) in a name", (int) c);
            }
        }
        if (Character.isWhitespace(s.charAt(0)) || Character.isSpaceChar(s.charAt(0))
                || Character.isWhitespace(s.charAt(s.length() - 1)) || Character.isSpaceChar(s.charAt(s.length() - 1))) {
            return "leading or trailing whitespace";
        }
        return null;
    }
}
