package org.milex.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;
import org.milex.model.Ally;
import org.milex.model.Edition;
import org.milex.model.Measure;

/** Figures as known on a date, and the history of one figure, against NATO's published editions. */
class HistoryTest {
    private final Dataset data = Dataset.embedded();

    @Test
    void asOfIsTheNewestEditionPublishedOnOrBeforeTheDate() {
        // editions.csv: NATO-2024-06 published 2024-06-17, NATO-2025-04 2025-04-24, NATO-2025-08 2025-08-28,
        // NATO-2026-07 2026-07-10; NATO-2023-07 2023-07-07 the first
        assertThat(data.asOf(LocalDate.of(2023, 7, 6))).isEmpty();
        assertThat(data.asOf(LocalDate.of(2024, 6, 16))).contains(Edition.parse("NATO-2024-02"));
        assertThat(data.asOf(LocalDate.of(2024, 6, 17))).contains(Edition.parse("NATO-2024-06"));
        assertThat(data.asOf(LocalDate.of(2025, 8, 27))).contains(Edition.parse("NATO-2025-04"));
        assertThat(data.asOf(LocalDate.of(2025, 9, 1))).contains(Edition.parse("NATO-2025-08"));
        assertThat(data.asOf(LocalDate.of(2026, 11, 30))).contains(Edition.parse("NATO-2026-07"));
    }

    @Test
    void polandsShareIn2024AsEachEditionPublishedIt() {
        History h = data.history(Ally.of("POL"), Year.of(2024), Measure.SHARE_OF_GDP);
        // NATO 2024-06, TABLE3: Poland 2024e = 4.120190989357147; SG Annual Report 2024 (NATO-2025-04): 4.07;
        // NATO 2025-08, Table 3: 3.788951289 (SOURCES.md §2)
        assertThat(h.vintages()).extracting(v -> v.edition().id(), History.Vintage::value, History.Vintage::estimate)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("NATO-2024-06", 4.120190989357147, true),
                        org.assertj.core.groups.Tuple.tuple("NATO-2025-04", 4.07, true),
                        org.assertj.core.groups.Tuple.tuple("NATO-2025-08", 3.788951289, true));
        assertThat(h.isComparable()).isTrue();
        assertThat(h.asOf(LocalDate.of(2024, 6, 16))).isEmpty();
        assertThat(h.asOf(LocalDate.of(2025, 1, 1)).orElseThrow().value()).isEqualTo(4.120190989357147);
        assertThat(h.asOf(LocalDate.of(2025, 8, 28)).orElseThrow().value()).isEqualTo(3.788951289);
        assertThat(h.vintages().get(1).source()).contains("SG Annual Report 2024");
    }

    @Test
    void aHistoryAcrossDefinitionsSaysSoOnEveryRow() {
        // Poland 2025e: 4.48 in NATO-2025-08 (defence expenditure), 4.25 in NATO-2026-07 (core, OCR of the PDF)
        History h = data.history(Ally.of("POL"), Year.of(2025), Measure.SHARE_OF_GDP);
        assertThat(h.vintages()).extracting(History.Vintage::value).containsExactly(4.48, 4.25);
        assertThat(h.isComparable()).isFalse();
        assertThat(h.vintages()).allSatisfy(v -> assertThat(v.note()).isPresent());
        assertThat(h.vintages().get(1).note()).contains("measures core defence expenditure (The Hague, 2025); other "
                + "rows measure defence expenditure (NATO definition)");
    }

    @Test
    void aFigureNoEditionPublishedHasNoVintages() {
        // Iceland has no armed forces: no edition publishes a share for it
        assertThat(data.history(Ally.of("ISL"), Year.of(2024), Measure.SHARE_OF_GDP).vintages()).isEmpty();
    }
}
