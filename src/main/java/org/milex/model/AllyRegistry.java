package org.milex.model;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.milex.internal.CsvFile;

/** The allies of {@code data/allies.csv}, read once. */
final class AllyRegistry {
    static final String RESOURCE = "org/milex/data/embedded/allies.csv";

    private static volatile AllyRegistry instance;

    private final List<Ally> all;
    private final Map<String, Ally> byCode;
    private final Map<String, Ally> byName;

    private AllyRegistry(List<Ally> all) {
        this.all = List.copyOf(all);
        Map<String, Ally> codes = new LinkedHashMap<>();
        Map<String, Ally> names = new LinkedHashMap<>();
        for (Ally a : all) {
            codes.put(a.code(), a);
            names.put(normaliseName(a.name()), a);
            for (String alias : a.aliases()) {
                names.put(normaliseName(alias), a);
            }
        }
        this.byCode = Collections.unmodifiableMap(codes);
        this.byName = Collections.unmodifiableMap(names);
    }

    static AllyRegistry get() {
        AllyRegistry r = instance;
        if (r == null) {
            synchronized (AllyRegistry.class) {
                r = instance;
                if (r == null) {
                    Optional<AllyRegistry> packed = fromPack();
                    r = packed.isPresent() ? packed.get() : load(CsvFile.readResource(RESOURCE, "allies.csv"));
                    instance = r;
                }
            }
        }
        return r;
    }

    /** The allies from the build's packed form, or empty without one (see {@link ModelPack}). */
    static Optional<AllyRegistry> fromPack() {
        Optional<DataInputStream> pack = ModelPack.open("allies.pack");
        if (pack.isEmpty()) {
            return Optional.empty();
        }
        try (DataInputStream in = pack.get()) {
            return Optional.of(new AllyRegistry(ModelPack.readAllies(in)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read milex's packed allies: " + e.getMessage(), e);
        }
    }

    static AllyRegistry load(CsvFile csv) {
        csv.require("code", "name", "aliases", "accession", "armed_forces", "european", "currency");
        List<Ally> allies = new ArrayList<>();
        for (CsvFile.Row row : csv.rows()) {
            String code = row.required("code");
            Currency currency;
            try {
                currency = Currency.getInstance(row.required("currency"));
            } catch (IllegalArgumentException e) {
                throw row.error("currency", row.text("currency"), "not an ISO 4217 currency code");
            }
            List<String> aliases = row.text("aliases").isEmpty()
                    ? List.of() : Arrays.asList(row.text("aliases").split("\\|"));
            try {
                allies.add(new Ally(code, row.required("name"), aliases, row.date("accession"),
                        row.bool("armed_forces"), row.bool("european"), currency));
            } catch (IllegalArgumentException e) {
                throw row.error("code", code, e.getMessage());
            }
        }
        return new AllyRegistry(allies);
    }

    /**
     * The name without asterisks and surrounding spaces, each run of white space ({@code \\s}: space, tab, line
     * feed, vertical tab, form feed, carriage return) made one space, in lower case. Written as a loop: the
     * registry normalises every name and alias when it is first used, and a regular expression there loaded
     * and compiled the regex engine on the report's first run.
     */
    static String normaliseName(String name) {
        String s = name.replace("*", "").trim();
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                if (!space) {
                    sb.append(' ');
                }
                space = true;
            } else {
                sb.append(c);
                space = false;
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    List<Ally> all() {
        return all;
    }

    Map<String, Ally> byCode() {
        return byCode;
    }

    Map<String, Ally> byName() {
        return byName;
    }
}
