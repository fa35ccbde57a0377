package org.milex.query;

import java.util.Objects;

/** Null and range checks shared by the records of this package. */
final class Checks {
    private Checks() {
    }

    static void notNull(Object... namesAndValues) {
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Objects.requireNonNull(namesAndValues[i + 1], (String) namesAndValues[i]);
        }
    }

    static void finite(String name, double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(name + " must be a finite number, not " + v);
        }
    }
}
