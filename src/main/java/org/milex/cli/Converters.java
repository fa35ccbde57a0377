package org.milex.cli;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.milex.model.AllyGroup;
import org.milex.model.Edition;
import org.milex.model.Guideline;
import org.milex.model.Measure;
import org.milex.model.PriceBasis;
import org.milex.model.Share;
import org.milex.query.Rounding;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads the words users type for guidelines, groups, roundings, years, price bases and targets. */
final class Converters {
    private Converters() {
    }

    /** {@code GDP_2PCT}, {@code EQUIPMENT_20PCT}, {@code HAGUE_CORE_3_5PCT}, … ignoring case. */
    static final class GuidelineConverter implements ITypeConverter<Guideline> {
        @Override
        public Guideline convert(String value) {
            try {
                return Guideline.of(value.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** {@code NATO}, {@code EUROPE_CANADA}, {@code EUROPEAN_ALLIES}, ignoring case. */
    static final class GroupConverter implements ITypeConverter<AllyGroup> {
        @Override
        public AllyGroup convert(String value) {
            try {
                return AllyGroup.of(value.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /**
     * A year as typed: ASCII digits only, as the project's input grammar has it (Java's {@code Integer.valueOf}
     * also takes {@code +2024} and other scripts' digits, such as {@code ٢٠٢٤}). Whether the edition covers the
     * year is checked later, with a message naming the edition's years.
     */
    static final class YearConverter implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            boolean digits = !value.isEmpty() && value.length() <= 4;
            for (int i = 0; digits && i < value.length(); i++) {
                char c = value.charAt(i);
                digits = c >= '0' && c <= '9';
            }
            if (!digits) {
                throw new TypeConversionException("not a year (four digits such as 2024): '" + value + "'");
            }
            return Integer.parseInt(value);
        }
    }

    /** {@code exact} or {@code as-printed}. */
    static final class RoundingConverter implements ITypeConverter<Rounding> {
        @Override
        public Rounding convert(String value) {
            for (Rounding r : Rounding.values()) {
                if (word(r).equalsIgnoreCase(value.trim().replace('_', '-'))) {
                    return r;
                }
            }
            throw new TypeConversionException("expected exact or as-printed, not '" + value + "'");
        }
    }

    /** The word for a rounding: {@code exact}, {@code as-printed}. */
    static String word(Rounding r) {
        return r.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** {@code current} or {@code constant} prices; constant prices are the edition's base year. */
    enum Basis {
        /** Current prices. */
        CURRENT,
        /** The edition's constant prices. */
        CONSTANT;

        PriceBasis of(Edition edition) {
            return this == CURRENT ? PriceBasis.current() : edition.constantPrices();
        }

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** Reads {@code --basis} for picocli. */
        static final class Converter implements ITypeConverter<Basis> {
            @Override
            public Basis convert(String value) {
                return Format.parse(Basis.class, value);
            }
        }
    }

    /**
     * A target share of GDP that a guideline sets: {@code 2} (2% of GDP), {@code 3.5} (The Hague's core
     * 3.5%) or {@code 5} (The Hague's 5% in all), with or without a percent sign.
     */
    static final class TargetConverter implements ITypeConverter<Guideline> {
        @Override
        public Guideline convert(String value) {
            String v = value.trim().replace("%", "");
            Optional<Share> share;
            try {
                share = Optional.of(Share.ofPercent(v));
            } catch (RuntimeException e) {
                share = Optional.empty();
            }
            List<Guideline> targets = targets();
            for (Guideline g : targets) {
                if (share.isPresent() && share.get().compareTo(g.threshold()) == 0) {
                    return g;
                }
            }
            throw new TypeConversionException("expected " + String.join(", ", targets.stream()
                    .map(g -> g.threshold().percent().stripTrailingZeros().toPlainString()).toList())
                    + " (percent of GDP, as the guidelines set), not '" + value + "'");
        }

        /** The guidelines on a share of GDP that set a floor: 2%, 3.5% core and 5% in all. */
        static List<Guideline> targets() {
            return Guideline.all().stream()
                    .filter(g -> g.measure().map(m -> m == Measure.SHARE_OF_GDP).orElse(true))
                    .filter(g -> !g.id().equals("HAGUE_RELATED_1_5PCT"))
                    .toList();
        }
    }
}
