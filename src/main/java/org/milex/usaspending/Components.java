package org.milex.usaspending;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** Short names of the Department of Defense's components, from {@code dod-components.csv}. */
final class Components {
    static final String DOD = "Department of Defense";
    private static final Map<String, String> SHORT = load();

    private Components() {
    }

    /** The buyer milex shows: a DoD component's short name, else the sub-agency as published. */
    static String of(String agency, String subAgency) {
        if (DOD.equals(agency)) {
            return SHORT.getOrDefault(subAgency, subAgency);
        }
        return subAgency;
    }

    private static Map<String, String> load() {
        Map<String, String> m = new HashMap<>();
        try (InputStream in = Components.class.getResourceAsStream("dod-components.csv")) {
            if (in == null) {
                throw new IllegalStateException("dod-components.csv is missing from the class path");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            boolean header = true;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                int comma = line.lastIndexOf(',');
                m.put(line.substring(0, comma), line.substring(comma + 1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(m);
    }
}
