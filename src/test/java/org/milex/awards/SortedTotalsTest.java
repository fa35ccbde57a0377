package org.milex.awards;

import static org.assertj.core.api.Assertions.assertThat;

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
    void equalsATreeMapFilledEntryByEntry(@ForAll @Size(max = 40) @UniqueElements List<@StringLength(max = 6) String> keys,
                                          @ForAll boolean sortFirst) {
        List<String> ks = new ArrayList<>(keys);
        if (sortFirst) {
            ks.sort(null);              // the linear path; otherwise mostly the entry-by-entry one
        }
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
}
