package org.milex.claims;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;
import org.milex.procurement.Qualifier;

/**
 * One figure a claim states: a number, how it is qualified ("about", "more than", "up to") and its unit,
 * under a label saying which part of the claim it is ({@code "2024"}, {@code "members"}, {@code "total"}).
 *
 * <pre>{@code
 * ClaimedFigure f = ClaimedFigure.parse("2024=over 430", ClaimedFigure.Unit.USD_BN);
 * f.toString();                              // "2024: over USD 430 bn"
 * f.isMetBy(new BigDecimal("430.112"));      // true: over 430 and below 431
 * f.isMetBy(new BigDecimal("506.692"));      // false: a source would have said "more than 506"
 * }</pre>
 *
 * <h2>When a figure meets the claim</h2>
 * The claim's precision {@code u} is one unit of its last decimal ({@code 0.01} for 1.43, {@code 1} for 430).
 * A figure {@code x} meets it when
 * <ul>
 * <li>stated plainly or with "about": {@code x}, rounded half-up to the claim's decimals, equals it (1.4278
 *     meets 1.43, 6.2 meets "about 6");
 * <li>"more than" ({@link Qualifier#OVER}): {@code value < x < value + u};
 * <li>"up to" ({@link Qualifier#UP_TO}): {@code value − u < x ≤ value}.
 * </ul>
 * A figure is <em>near</em> the claim when {@code |x − value| ≤} {@value #NEAR_PERCENT}% of the value; a
 * count of allies is never near, only equal or not.
 *
 * @param label which part of the claim: a year ({@code "2024"}) or a word ({@code "members"}, {@code "total"})
 * @param qualifier how the claim qualifies the number
 * @param value the number as stated, with the decimals stated (1.43, not 1.430)
 * @param unit what the number counts
 */
public record ClaimedFigure(String label, Qualifier qualifier, BigDecimal value, Unit unit) {

    /** How far from the claimed value, in percent of it, a figure still counts as near. */
    public static final int NEAR_PERCENT = 10;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** What a claimed figure counts. */
    public enum Unit {
        /** A number of allies. */
        ALLIES("allies"),
        /** Percent of GDP. */
        PERCENT("percent"),
        /** Billions of US dollars; the claim may not say at which prices. */
        USD_BN("USD bn");

        private final String token;

        Unit(String token) {
            this.token = token;
        }

        /**
         * Reads {@code "allies"}, {@code "percent"} or {@code "USD bn"}, as {@link #token()} writes them.
         *
         * @throws IllegalArgumentException naming the text when it is none of these
         */
        public static Unit parse(CharSequence text) {
            Objects.requireNonNull(text, "text");
            for (Unit u : values()) {
                if (u.token.contentEquals(text)) {
                    return u;
                }
            }
            throw new IllegalArgumentException("not a unit: '" + text + "' (expected allies, percent or USD bn)");
        }

        /** The unit as data files write it. */
        public String token() {
            return token;
        }
    }

    /** Validates the label and that the value is not negative (and whole for a count of allies). */
    public ClaimedFigure {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        if (!label.matches("[a-z0-9_]+")) {
            throw new IllegalArgumentException("a figure's label is a year or a lower-case word, not '" + label + "'");
        }
        if (value.signum() < 0) {
            throw new IllegalArgumentException(label + ": a claimed figure is not negative, not " + value.toPlainString());
        }
        if (unit == Unit.ALLIES && value.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException(label + ": a number of allies is whole, not " + value.toPlainString());
        }
    }

    /**
     * Reads {@code label=[about |over |up to ]number}, e.g. {@code "2024=over 430"} or {@code "2014=1.43"}.
     *
     * @throws IllegalArgumentException naming the text when it has another form
     */
    public static ClaimedFigure parse(CharSequence text, Unit unit) {
        Objects.requireNonNull(text, "text");
        String s = text.toString();
        int eq = s.indexOf('=');
        if (eq < 1) {
            throw new IllegalArgumentException("not a claimed figure: '" + s + "' (expected e.g. 2024=over 430)");
        }
        String label = s.substring(0, eq).trim();
        String rest = s.substring(eq + 1).trim();
        Qualifier q = Qualifier.EXACT;
        for (Qualifier candidate : Qualifier.values()) {
            if (!candidate.isExact() && rest.startsWith(candidate.word() + " ")) {
                q = candidate;
                rest = rest.substring(candidate.word().length() + 1).trim();
                break;
            }
        }
        try {
            return new ClaimedFigure(label, q, new BigDecimal(rest), unit);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a claimed figure: '" + s + "': '" + rest + "' is not a number", e);
        }
    }

    /** One unit of the claim's last stated decimal: 0.01 for 1.43, 1 for 430. */
    public BigDecimal precision() {
        return BigDecimal.ONE.movePointLeft(Math.max(0, value.scale()));
    }

    /** Whether {@code x} meets the claim; see the class description. */
    public boolean isMetBy(BigDecimal x) {
        Objects.requireNonNull(x, "x");
        return switch (qualifier) {
            case EXACT, ABOUT -> x.setScale(Math.max(0, value.scale()), RoundingMode.HALF_UP).compareTo(value) == 0;
            case OVER -> x.compareTo(value) > 0 && x.compareTo(value.add(precision())) < 0;
            case UP_TO -> x.compareTo(value) <= 0 && x.compareTo(value.subtract(precision())) > 0;
        };
    }

    /** Whether {@code x} is within {@value #NEAR_PERCENT}% of the value; never for a count of allies. */
    public boolean isNear(BigDecimal x) {
        Objects.requireNonNull(x, "x");
        if (unit == Unit.ALLIES) {
            return false;
        }
        BigDecimal allowed = value.multiply(BigDecimal.valueOf(NEAR_PERCENT)).divide(HUNDRED, MathContext.DECIMAL128);
        return x.subtract(value).abs().compareTo(allowed) <= 0;
    }

    /** The number as stated with its qualifier and unit: {@code "over USD 430 bn"}, {@code "1.43%"}, {@code "23 allies"}. */
    public String amount() {
        String q = qualifier.isExact() ? "" : qualifier.word() + " ";
        String v = value.toPlainString();
        return switch (unit) {
            case ALLIES -> q + v + " allies";
            case PERCENT -> q + v + "%";
            case USD_BN -> q + "USD " + v + " bn";
        };
    }

    /** {@code "2024: over USD 430 bn"}. */
    @Override
    public String toString() {
        return label + ": " + amount();
    }
}
