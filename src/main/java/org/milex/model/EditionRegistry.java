package org.milex.model;

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
        Map<String, Edition> m = new LinkedHashMap<>();
        editions.stream().sorted(Edition.BY_PUBLICATION).forEach(e -> m.put(e.id(), e));
        this.byId = m;
    }

    static EditionRegistry get() {
        EditionRegistry r = instance;
        if (r == null) {
            synchronized (EditionRegistry.class) {
                r = instance;
                if (r == null) {
                    r = new EditionRegistry(Editions.read(CsvFile.readResource(RESOURCE, "editions.csv")));
                    instance = r;
                }
            }
        }
        return r;
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
