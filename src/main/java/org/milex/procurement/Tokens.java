package org.milex.procurement;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/** Enum constants as data files write them: lower case, hyphens for underscores. */
final class Tokens {
    private Tokens() {
    }

    static String token(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static <E extends Enum<E>> E parse(Class<E> type, CharSequence text, String what) {
        Objects.requireNonNull(text, "text");
        String s = text.toString();
        for (E e : type.getEnumConstants()) {
            if (token(e).equals(s)) {
                return e;
            }
        }
        throw new IllegalArgumentException("not " + what + ": '" + s + "' (expected one of "
                + Arrays.stream(type.getEnumConstants()).map(Tokens::token).collect(Collectors.joining(", ")) + ")");
    }
}
