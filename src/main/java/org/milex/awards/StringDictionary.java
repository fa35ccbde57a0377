package org.milex.awards;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Distinct strings numbered 0, 1, 2… in order of first appearance, for building a table's columns. */
final class StringDictionary {
    private final Map<String, Integer> codes = new HashMap<>();
    private final List<String> values = new ArrayList<>();

    /** The code of {@code s}, numbering it if it is new. */
    int code(String s) {
        Integer c = codes.get(s);
        if (c != null) {
            return c;
        }
        int n = values.size();
        codes.put(s, n);
        values.add(s);
        return n;
    }

    /** The strings by code. */
    String[] values() {
        return values.toArray(String[]::new);
    }
}
