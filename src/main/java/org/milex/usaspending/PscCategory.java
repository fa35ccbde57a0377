package org.milex.usaspending;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What a contract action buys, in readable categories, from its product or service code (PSC).
 *
 * <pre>{@code
 * PscCategory.of("1410");   // MISSILES (Federal Supply Group 14, Guided Missiles)
 * PscCategory.of("1305");   // AMMUNITION
 * PscCategory.of("AC11");   // RESEARCH_AND_DEVELOPMENT
 * PscCategory.of("7030");   // OTHER_PRODUCTS
 * }</pre>
 *
 * The codes and their group names are those of the Product and Service Codes Manual (GSA, published on
 * Acquisition.gov, https://www.acquisition.gov/psc-manual); which group goes into which category is milex's
 * choice, written down with the groups in {@code org/milex/usaspending/psc-categories.csv}: a product code (four
 * digits) is sorted by its Federal Supply Group (its first two digits), a service or R&amp;D code by its first
 * letter. Groups not listed there fall into {@link #OTHER_PRODUCTS} or {@link #OTHER_SERVICES}.
 */
public enum PscCategory {
    /** Guided missiles (group 14). */
    MISSILES,
    /** Ammunition and explosives (group 13). */
    AMMUNITION,
    /** Weapons, nuclear ordnance, fire control equipment (groups 10, 11, 12). */
    WEAPONS,
    /** Aircraft, their components, launching and landing equipment (groups 15, 16, 17). */
    AIRCRAFT,
    /** Space vehicles (group 18). */
    SPACE,
    /** Ships, small craft and marine equipment (groups 19, 20). */
    SHIPS,
    /** Motor vehicles, tractors, vehicle components, tyres (groups 23 to 26). */
    VEHICLES,
    /** Engines, turbines and their accessories (groups 28, 29). */
    ENGINES,
    /** Communication, detection and electronic equipment (groups 58, 59). */
    ELECTRONICS,
    /** Fuels, lubricants, oils and waxes (group 91). */
    FUEL,
    /** Any other product group. */
    OTHER_PRODUCTS,
    /** Research and development (codes A…). */
    RESEARCH_AND_DEVELOPMENT,
    /** Maintenance, repair, modification and installation of equipment (J…, K…, N…). */
    MAINTENANCE_AND_REPAIR,
    /** Studies, engineering, IT, management and technical support (B…, C…, D…, L…, R…). */
    PROFESSIONAL_SERVICES,
    /** Construction and real property (Y…, Z…). */
    CONSTRUCTION,
    /** Any other service. */
    OTHER_SERVICES;

    private static final String TABLE = "psc-categories.csv";
    private static final Map<String, PscCategory> BY_PREFIX = load();

    /**
     * The category of a product or service code: four characters, ASCII letters and digits, starting with a
     * digit (a product) or a letter (a service or R&amp;D).
     *
     * @throws IllegalArgumentException if {@code psc} is not such a code
     */
    public static PscCategory of(String psc) {
        Objects.requireNonNull(psc, "psc");
        String problem = problem(psc);
        if (problem != null) {
            throw new IllegalArgumentException(problem + ": '" + psc + "'");
        }
        PscCategory c = BY_PREFIX.get(psc.substring(0, 2));
        if (c == null) {
            c = BY_PREFIX.get(psc.substring(0, 1));
        }
        if (c == null) {
            c = Character.isDigit(psc.charAt(0)) ? OTHER_PRODUCTS : OTHER_SERVICES;
        }
        return c;
    }

    /** Reads a category by name, any case, {@code -} for {@code _}: {@code missiles}, {@code research-and-development}. */
    public static PscCategory parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String t = text.toString().trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (PscCategory c : values()) {
            if (c.name().equals(t)) {
                return c;
            }
        }
        throw new IllegalArgumentException("not a category: '" + text + "' (one of " + List.of(values()) + ")");
    }

    /** Whether this category is of products (not services or R&amp;D). */
    public boolean isProduct() {
        return ordinal() <= OTHER_PRODUCTS.ordinal();
    }

    /** What is wrong with a PSC, or {@code null}. */
    static String problem(String psc) {
        if (psc.length() != 4) {
            return "not a product or service code (four letters or digits)";
        }
        for (int i = 0; i < 4; i++) {
            char c = psc.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z'))) {
                return "not a product or service code (four letters or digits)";
            }
        }
        boolean product = Character.isDigit(psc.charAt(0));
        if (product && !(Character.isDigit(psc.charAt(1)) && Character.isDigit(psc.charAt(2))
                && Character.isDigit(psc.charAt(3)))) {
            return "not a product code (four digits)";
        }
        return null;
    }

    private static Map<String, PscCategory> load() {
        Map<String, PscCategory> m = new LinkedHashMap<>();
        try (InputStream in = PscCategory.class.getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new IllegalStateException(TABLE + " is missing from the class path");
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
                List<String> cells = split(line);
                m.put(cells.get(0), valueOf(cells.get(1)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(m);
    }

    private static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                out.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        out.add(cell.toString());
        return out;
    }
}
