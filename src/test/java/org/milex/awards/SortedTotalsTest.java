package org.milex.awards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
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
    void behavesAsATreeMapFilledEntryByEntry(
            @ForAll @Size(max = 40) @UniqueElements List<@StringLength(max = 4) String> keys,
            @ForAll @Size(max = 6) List<@StringLength(max = 4) String> probes) {
        List<String> ks = new ArrayList<>(keys);
        ks.sort(null);                  // callers visit their groups in key order
        TreeMap<String, Integer> expected = new TreeMap<>();
        String[] k = new String[ks.size() + 3];     // longer than the map, as callers' arrays are
        Integer[] v = new Integer[ks.size() + 3];
        for (int i = 0; i < ks.size(); i++) {
            expected.put(ks.get(i), i);
            k[i] = ks.get(i);
            v[i] = i;
        }
        SortedMap<String, Integer> m = SortedTotals.of(k, v, ks.size());
        assertSame(m, expected);
        for (String p : probes) {
            assertThat(m.get(p)).isEqualTo(expected.get(p));
            assertThat(m.containsKey(p)).isEqualTo(expected.containsKey(p));
            assertSame(m.headMap(p), expected.headMap(p));
            assertSame(m.tailMap(p), expected.tailMap(p));
            for (String q : probes) {
                if (p.compareTo(q) <= 0) {
                    assertSame(m.subMap(p, q), expected.subMap(p, q));
                }
            }
        }
    }

    private static void assertSame(SortedMap<String, Integer> m, SortedMap<String, Integer> expected) {
        assertThat(m).isEqualTo(expected);
        assertThat(expected).isEqualTo(m);
        assertThat(m.hashCode()).isEqualTo(expected.hashCode());
        assertThat(m.toString()).isEqualTo(expected.toString());
        assertThat(m.size()).isEqualTo(expected.size());
        assertThat(List.copyOf(m.entrySet())).isEqualTo(List.copyOf(expected.entrySet()));
        if (expected.isEmpty()) {
            assertThatThrownBy(m::firstKey).isInstanceOf(NoSuchElementException.class);
            assertThatThrownBy(m::lastKey).isInstanceOf(NoSuchElementException.class);
        } else {
            assertThat(m.firstKey()).isEqualTo(expected.firstKey());
            assertThat(m.lastKey()).isEqualTo(expected.lastKey());
        }
    }

    @Test
    void isUnmodifiableAndRefusesWhatTreeMapRefuses() {
        SortedMap<String, Integer> m = SortedTotals.of(new String[] {"DEU", "FRA"}, new Integer[] {1, 2}, 2);
        assertThatThrownBy(() -> m.put("POL", 3)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> m.remove("DEU")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> m.entrySet().iterator().next().setValue(5))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> m.keySet().iterator().remove()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> m.get(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> m.subMap("FRA", "DEU")).isInstanceOf(IllegalArgumentException.class);
        assertThat(m.comparator()).isNull();
    }

    @Test
    void refusesKeysOutOfOrder() {
        // a caller that visited its groups out of order would otherwise hand out a map that cannot find its keys
        assertThatThrownBy(() -> SortedTotals.of(new String[] {"FRA", "DEU"}, new Integer[] {1, 2}, 2))
                .isInstanceOf(IllegalStateException.class).hasMessage("totals out of key order: FRA before DEU");
        assertThatThrownBy(() -> SortedTotals.of(new String[] {"DEU", "DEU"}, new Integer[] {1, 2}, 2))
                .isInstanceOf(IllegalStateException.class);
    }
}
