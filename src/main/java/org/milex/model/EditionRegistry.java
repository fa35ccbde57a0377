package org.milex.model;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.milex.internal.CsvFile;

/** The editions of {@code data/editions.csv}, read once. */
final class EditionRegistry {
    static final String RESOURCE = "org/milex/data/embedded/editions.csv";

    private static volatile EditionRegistry instance;

    private final Map<String, Edition> byId;

    private EditionRegistry(List<Edition> editions) {
        List<Edition> sorted = new ArrayList<>(editions);
        sorted.sort(Edition.BY_PUBLICATION);
        Map<String, Edition> m = new LinkedHashMap<>();
        for (Edition e : sorted) {
            m.put(e.id(), e);
        }
        this.byId = m;
    }

    static EditionRegistry get() {
        EditionRegistry r = instance;
        if (r == null) {
            synchronized (EditionRegistry.class) {
                r = instance;
                if (r == null) {
                    Optional<List<Edition>> packed = fromPack();
                    r = new EditionRegistry(packed.isPresent() ? packed.get() : fromCsv());
                    instance = r;
                }
            }
        }
        return r;
    }

    /** The editions of {@code editions.csv}, read as CSV. */
    static List<Edition> fromCsv() {
        return Editions.read(CsvFile.readResource(RESOURCE, "editions.csv"));
    }

    /** The editions from the build's packed form, or empty without one (see {@link ModelPack}). */
    static Optional<List<Edition>> fromPack() {
        Optional<DataInputStream> pack = ModelPack.open("editions.pack");
        if (pack.isEmpty()) {
            return Optional.empty();
        }
        try (DataInputStream in = pack.get()) {
            return Optional.of(ModelPack.readEditions(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read milex's packed editions: " + e.getMessage(), e);
        }
    }

    Optional<Edition> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    List<String> ids() {
        return List.copyOf(byId.keySet());
    }

    List<Edition> all() {
        return List.copyOf(byId.values());
    }
}
