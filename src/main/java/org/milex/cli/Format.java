package org.milex.cli;

import java.util.Arrays;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** How a command prints its rows: an aligned text table for people, CSV or JSON for programs. */
enum Format {
    /** Aligned columns, shares as {@code 2.02%}: for reading. */
    TABLE,
    /** Comma-separated values with a header row, numbers at full precision. */
    CSV,
    /** An array of objects keyed by column name, numbers at full precision, {@code null} where absent. */
    JSON;

    /** The name users type: {@code table}, {@code csv}, {@code json}. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The constant of {@code type} a user's word names, ignoring case.
     *
     * @throws TypeConversionException listing the words {@code type} knows
     */
    static <E extends Enum<E>> E parse(Class<E> type, String word) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(word.trim())) {
                return e;
            }
        }
        throw new TypeConversionException("expected one of " + String.join(", ",
                Arrays.stream(type.getEnumConstants()).map(Object::toString).toList()) + ", not '" + word + "'");
    }

    /** Reads {@code --format} for picocli. */
    static final class Converter implements ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            return parse(Format.class, value);
        }
    }
}
