package org.milex.query;

import java.math.BigDecimal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Year;
import java.util.List;
import org.milex.data.Dataset;
import org.milex.model.Ally;
import org.milex.model.Edition;
import org.milex.model.Measure;
import org.milex.model.Observation;
import org.junit.jupiter.api.Test;

class RankTest {
    @Test
    void equalValuesShareARank() {
        // NATO-2025-08 TABLE3 2025e (data/nato/NATO-2025-08.csv): BEL, CZE, LUX, MKD, PRT, ESP all 2.0
        Rows<Rank> r = Query.of(Dataset.embedded()).edition("NATO-2025-08").year(2025)
                .allies("BEL", "CZE", "POL").ranking();
        assertThat(r.list()).extracting(Rank::code, Rank::rank).containsExactly(
                org.assertj.core.groups.Tuple.tuple("POL", 1),
                org.assertj.core.groups.Tuple.tuple("BEL", 2),
                org.assertj.core.groups.Tuple.tuple("CZE", 2));
    }

    @Test
    void theRankAfterATieSkips() {
        Edition e = Edition.parse("NATO-2024-06");
        Year y = Year.of(2024);
        List<Observation> obs = List.of(
                Observation.builder(Ally.of("EST"), y, e).set(Measure.SHARE_OF_GDP, 3).build(),
                Observation.builder(Ally.of("LVA"), y, e).set(Measure.SHARE_OF_GDP, 3).build(),
                Observation.builder(Ally.of("LTU"), y, e).set(Measure.SHARE_OF_GDP, 2).build());
        Rows<Rank> r = Query.of(Dataset.of(obs)).allies("EST", "LVA", "LTU").ranking();
        assertThat(r.list()).extracting(Rank::rank).containsExactly(1, 1, 3);
    }

    @Test
    void validatesItsParts() {
        assertThatThrownBy(() -> new Rank(0, "POL", "Poland", Year.of(2024), BigDecimal.ONE, true))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("a rank starts at 1, not 0");
    }
}
