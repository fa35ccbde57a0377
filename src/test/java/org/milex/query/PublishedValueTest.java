package org.milex.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import org.milex.data.Dataset;
import org.milex.model.AllyGroup;
import org.milex.model.Edition;
import org.junit.jupiter.api.Test;

class PublishedValueTest {
    private static final Dataset DATA = Dataset.embedded();

    @Test
    void everyValuePublishedForPoland2024() {
        // NATO-2024-06 TABLE3 4.120190989357147; NATO-2025-04 (SG annual report via knews.media) 4.07;
        // NATO-2025-08 TABLE3 transcription 3.788951289 (data/nato/provenance.csv)
        Rows<PublishedValue> r = Query.of(DATA).allies("POL").year(2024).acrossEditions();
        assertThat(r.list()).extracting(PublishedValue::edition, PublishedValue::value, PublishedValue::coverage)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Edition.parse("NATO-2024-06"), new BigDecimal("4.120190989357147"), Edition.Coverage.COMPLETE),
                        org.assertj.core.groups.Tuple.tuple(Edition.parse("NATO-2025-04"), new BigDecimal("4.07"), Edition.Coverage.INTERIM),
                        org.assertj.core.groups.Tuple.tuple(Edition.parse("NATO-2025-08"), new BigDecimal("3.788951289"), Edition.Coverage.PARTIAL));
        assertThat(r.get(1).source()).isEqualTo("NATO-2025-04, knews.media 2025-04-25 (NATO SG Annual Report 2024)");
        assertThat(r.get(0).published()).isEqualTo(LocalDate.of(2024, 6, 17));
    }

    @Test
    void aChosenGroupShowsItsOwnRow() {
        // NATO Europe and Canada 2024: NATO-2024-06 2.0154548520439497 (2024e); NATO-2025-08 1.989713087 (2024e);
        // NATO-2026-07 1.96 (data/nato/NATO-2026-07.csv, core defence expenditure definition)
        Rows<PublishedValue> r = Query.of(DATA).group(AllyGroup.EUROPE_CANADA).year(2024).acrossEditions();
        assertThat(r.list()).extracting(PublishedValue::edition, PublishedValue::value, PublishedValue::definition)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Edition.parse("NATO-2024-06"), new BigDecimal("2.0154548520439497"), Edition.Definition.DEFENCE_EXPENDITURE),
                        org.assertj.core.groups.Tuple.tuple(Edition.parse("NATO-2025-08"), new BigDecimal("1.989713087"), Edition.Definition.DEFENCE_EXPENDITURE),
                        org.assertj.core.groups.Tuple.tuple(Edition.parse("NATO-2026-07"), new BigDecimal("1.96"), Edition.Definition.CORE_DEFENCE_EXPENDITURE));
    }

    @Test
    void validatesItsParts() {
        assertThatThrownBy(() -> new PublishedValue(Edition.parse("NATO-2024-06"), LocalDate.of(2024, 6, 17), "POL", Year.of(2024),
                null, true, Edition.Coverage.COMPLETE,
                Edition.Definition.DEFENCE_EXPENDITURE, "x")).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("value");
    }
}
