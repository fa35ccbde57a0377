package org.milex.awards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.constraints.UniqueElements;
import org.junit.jupiter.api.Test;

/** Totals handed out as sorted maps equal those built entry by entry, whatever order the groups come in. */
class SortedTotalsTest {

    @Property(tries = 300)
    void ordersNamesAsTheirNaturalOrder(@ForAll @Size(max = 40) @UniqueElements List<@StringLength(max = 6) String> names) {
        String[] a = names.toArray(String[]::new);
        int[] order = SortedTotals.order(a);
        List<String> sorted = new ArrayList<>();
        for (int i : order) {
            sorted.add(a[i]);
        }
        assertThat(sorted).isSortedAccordingTo(String::compareTo).containsExactlyInAnyOrderElementsOf(names);
    }

    @Property(tries = 300)
    void equalsATreeMapFilledEntryByEntry(@ForAll @Size(max = 40) @UniqueElements List<@StringLength(max = 6) String> keys) {
        List<String> ks = new ArrayList<>(keys);
        ks.sort(null);                  // callers visit their groups in key order
        List<Map.Entry<String, Integer>> entries = new ArrayList<>();
        TreeMap<String, Integer> expected = new TreeMap<>();
        for (int i = 0; i < ks.size(); i++) {
            entries.add(Map.entry(ks.get(i), i));
            expected.put(ks.get(i), i);
        }
        SortedMap<String, Integer> m = SortedTotals.of(entries);
        assertThat(m).isEqualTo(expected);
        assertThat(List.copyOf(m.keySet())).isEqualTo(List.copyOf(expected.keySet()));
        if (!m.isEmpty()) {
            assertThat(m.firstKey()).isEqualTo(expected.firstKey());
            assertThat(m.headMap(expected.lastKey())).isEqualTo(expected.headMap(expected.lastKey()));
        }
    }

    @Test
    void refusesKeysOutOfOrder() {
        // a caller that visited its groups out of order would otherwise hand out a corrupt tree
        assertThatThrownBy(() -> SortedTotals.of(List.of(Map.entry("FRA", 1), Map.entry("DEU", 2))))
                .isInstanceOf(IllegalStateException.class).hasMessage("totals out of key order: FRA before DEU");
        assertThatThrownBy(() -> SortedTotals.of(List.of(Map.entry("DEU", 1), Map.entry("DEU", 2))))
                .isInstanceOf(IllegalStateException.class);
    }
}
