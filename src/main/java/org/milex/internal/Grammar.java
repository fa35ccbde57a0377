package org.milex.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.util.Objects;

/**
 * The one input grammar every milex reader follows, in one place so that readers agree. Each method takes
 * the text of one cell and either returns its value or throws {@link Rejected} with the rule it breaks; the
 * caller turns that into a {@link org.milex.DataFileException} naming the file and the place.
 *
 * <ul>
 * <li>Numbers: ASCII digits only, {@code -?[0-9]+(\.[0-9]+)?}; a {@code -} only where the column allows
 * negatives; never {@code +}, an exponent, a thousands separator or a space. Read exactly.</li>
 * <li>Years: four ASCII digits within {@value #FIRST_YEAR}–{@value #LAST_YEAR}. Dates: ISO
 * {@code yyyy-MM-dd} within the same years.</li>
 * <li>Text (identifiers, names, every cell): no leading or trailing whitespace, no control characters
 * (U+0000–U+001F, U+007F–U+009F).</li>
 * </ul>
 *
 * Not API.
 */
public final class Grammar {
    /** The first year a year or date may name. */
    public static final int FIRST_YEAR = 1900;
    /** The last year a year or date may name. */
    public static final int LAST_YEAR = 2100;
    /** How many characters of an offending value a message quotes. */
    public static final int QUOTED_LENGTH = 60;

    private Grammar() {
    }

    /** A cell that breaks the grammar; {@link #getMessage()} says which rule, without the value. */
    public static final class Rejected extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        Rejected(String problem) {
            super(problem);
        }
    }

    /** Whether a number may be negative. */
    public enum Sign {
        /** Zero or more. */
        NON_NEGATIVE,
        /** Any sign. */
        ANY
    }

    /**
     * A decimal written {@code -?[0-9]+(\.[0-9]+)?}, read exactly.
     *
     * @throws Rejected naming the rule when the text is not such a number
     */
    public static BigDecimal decimal(String text, Sign sign) {
        Objects.requireNonNull(text, "text");
        int n = text.length();
        int i = 0;
        if (n > 0 && text.charAt(0) == '-') {
            if (sign == Sign.NON_NEGATIVE) {
                throw new Rejected("a negative number where only zero or more is allowed");
            }
            i = 1;
        }
        int digits = 0;
        boolean point = false;
        int afterPoint = 0;
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
                if (point) {
                    afterPoint++;
                }
            } else if (c == '.' && !point && digits > 0) {
                point = true;
            } else {
                throw new Rejected(notANumber(text, c));
            }
        }
        if (digits == 0 || (point && afterPoint == 0)) {
            throw new Rejected("not a number (digits 0-9, a '.' between digits, no exponent)");
        }
        return new BigDecimal(text);
    }

    private static String notANumber(String text, char c) {
        if (c == '+') {
            return "not a number: no '+' sign (write 5, not +5)";
        }
        if (c == 'e' || c == 'E') {
            return "not a number: no exponent (write the digits out)";
        }
        if (c == ',' || c == ' ' || c == '\u00a0' || c == '\'' || c == '_') {
            return "not a number: no thousands separators or spaces";
        }
        if (Character.isDigit(c)) {
            return "not a number: only the ASCII digits 0-9 (found U+" + String.format("%04X", (int) c) + ")";
        }
        return "not a number (digits 0-9, a '.' between digits, no exponent)";
    }

    /**
     * A decimal read as a {@code double}, refused unless the {@code double}, written with as many significant
     * digits as the text has, gives back the text: no digit is dropped and nothing underflows to zero.
     *
     * @throws Rejected when the text is not a number or cannot be held without rounding
     */
    public static double number(String text, Sign sign) {
        BigDecimal exact = decimal(text, sign);
        double d = exact.doubleValue();
        if (!Double.isFinite(d)) {
            throw new Rejected("a number too large to hold");
        }
        if (exact.signum() != 0 && new BigDecimal(d).round(new MathContext(exact.precision(), RoundingMode.HALF_EVEN))
                .compareTo(exact) != 0) {
            throw new Rejected(d == 0 ? "a number too small to hold (it would become 0)"
                    : "more significant digits than the column holds (about 16); it would be rounded");
        }
        return d;
    }

    /**
     * A number as a workbook stores it (XML's {@code xsd:double} text, e.g. {@code 0.0412} or {@code 1.5E-3}):
     * ASCII only, finite, and never a non-zero text that underflows to zero.
     *
     * @throws Rejected when the text is not such a number
     */
    public static double storedNumber(String text) {
        Objects.requireNonNull(text, "text");
        if (!text.matches("-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?")) {
            throw new Rejected("not a stored number");
        }
        double d = Double.parseDouble(text);
        if (!Double.isFinite(d)) {
            throw new Rejected("a number too large to hold");
        }
        if (d == 0 && new BigDecimal(text).signum() != 0) {
            throw new Rejected("a number too small to hold (it would become 0)");
        }
        return d;
    }

    /**
     * A whole number {@code -?[0-9]+} that fits an {@code int}.
     *
     * @throws Rejected when the text is not such a number
     */
    public static int integer(String text, Sign sign) {
        BigDecimal d = decimal(text, sign);
        if (text.indexOf('.') >= 0) {
            throw new Rejected("not a whole number");
        }
        try {
            return d.intValueExact();
        } catch (ArithmeticException e) {
            throw new Rejected("a whole number too large to hold");
        }
    }

    /**
     * A year: four ASCII digits within {@value #FIRST_YEAR}–{@value #LAST_YEAR}.
     *
     * @throws Rejected when the text is not such a year
     */
    public static Year year(String text) {
        Objects.requireNonNull(text, "text");
        if (text.length() != 4 || !fourDigits(text, 0)) {
            throw new Rejected("not a year (four digits, " + FIRST_YEAR + "-" + LAST_YEAR + ")");
        }
        return inRange(Integer.parseInt(text));
    }

    /**
     * A year given as a number (a workbook's numeric cell), within {@value #FIRST_YEAR}–{@value #LAST_YEAR}.
     *
     * @throws Rejected when it is not a whole year in range
     */
    public static Year year(int value) {
        return inRange(value);
    }

    private static Year inRange(int y) {
        if (y < FIRST_YEAR || y > LAST_YEAR) {
            throw new Rejected("a year outside " + FIRST_YEAR + "-" + LAST_YEAR);
        }
        return Year.of(y);
    }

    /**
     * An ISO date {@code yyyy-MM-dd} within {@value #FIRST_YEAR}-01-01 – {@value #LAST_YEAR}-12-31.
     *
     * @throws Rejected when the text is not such a date
     */
    public static LocalDate date(String text) {
        Objects.requireNonNull(text, "text");
        if (text.length() != 10 || !fourDigits(text, 0) || text.charAt(4) != '-' || !twoDigits(text, 5)
                || text.charAt(7) != '-' || !twoDigits(text, 8)) {
            throw new Rejected("not a date (yyyy-mm-dd)");
        }
        int y = Integer.parseInt(text.substring(0, 4));
        inRange(y);
        try {
            return LocalDate.of(y, Integer.parseInt(text.substring(5, 7)), Integer.parseInt(text.substring(8, 10)));
        } catch (DateTimeException e) {
            throw new Rejected("not a day of the calendar (yyyy-mm-dd)");
        }
    }

    private static boolean fourDigits(String s, int from) {
        return twoDigits(s, from) && twoDigits(s, from + 2);
    }

    private static boolean twoDigits(String s, int from) {
        return s.length() >= from + 2 && ascii(s.charAt(from)) && ascii(s.charAt(from + 1));
    }

    private static boolean ascii(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * Text as every cell must be: no leading or trailing whitespace and no control characters. Returns it
     * unchanged.
     *
     * @throws Rejected naming the first rule the text breaks
     */
    public static String text(String text) {
        Objects.requireNonNull(text, "text");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isControl(c)) {
                throw new Rejected("a control character (U+" + String.format("%04X", (int) c) + ") at character "
                        + (i + 1));
            }
        }
        if (!text.isEmpty() && (isSpace(text.charAt(0)) || isSpace(text.charAt(text.length() - 1)))) {
            throw new Rejected("leading or trailing whitespace");
        }
        return text;
    }

    /**
     * A required identifier or name: not empty, and {@linkplain #text(String) text} as every cell.
     *
     * @throws Rejected when it is empty or breaks the text rule
     */
    public static String identifier(String text) {
        if (text(text).isEmpty()) {
            throw new Rejected("empty value where one is required");
        }
        return text;
    }

    private static boolean isControl(char c) {
        return c <= 0x1f || (c >= 0x7f && c <= 0x9f);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\ufeff';
    }

    /**
     * An offending value as messages quote it: control characters as {@code \}{@code uXXXX}, cut to
     * {@value #QUOTED_LENGTH} characters with its length said, e.g. {@code 'abc…' (10,485,760 characters)}.
     */
    public static String quote(String value) {
        Objects.requireNonNull(value, "value");
        StringBuilder sb = new StringBuilder("'");
        int shown = Math.min(value.length(), QUOTED_LENGTH);
        for (int i = 0; i < shown; i++) {
            char c = value.charAt(i);
            if (isControl(c)) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        if (shown < value.length()) {
            sb.append("…' (").append(String.format(java.util.Locale.ROOT, "%,d", value.length())).append(" characters)");
        } else {
            sb.append('\'');
        }
        return sb.toString();
    }
}
