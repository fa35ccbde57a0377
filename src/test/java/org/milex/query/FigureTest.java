package org.milex.query;

import java.math.BigDecimal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Year;
import org.milex.data.Dataset;
import org.milex.model.Measure;
import org.junit.jupiter.api.Test;

class FigureTest {
    @Test
    void secondarySourcesAreCarried() {
        // data/nato/provenance.csv: NATO-2025-08 POL 2024 share from a transcription of TABLE3
        Figure f = Query.of(Dataset.embedded()).edition("NATO-2025-08").year(2024).allies("POL").figures().get(0);
        assertThat(f.value()).isEqualByComparingTo("3.788951289");
        assertThat(f.source()).startsWith("NATO-2025-08, namanjain92/NATO-Analytics:data/defence_per.csv");
    }

    @Test
    void personnelInThousands() {
        // NATO-2024-06 TABLE7, 2024e military personnel: Poland 216.081 thousand
        Rows<Figure> f = Query.of(Dataset.embedded()).year(2024).allies("POL").measure(Measure.PERSONNEL).figures();
        assertThat(f.get(0).value()).isEqualByComparingTo("216.081");
        assertThat(f.title()).isEqualTo("personnel_thousands (thousands), NATO-2024-06");
    }

    @Test
    void validatesItsParts() {
        assertThatThrownBy(() -> new Figure("POL", "Poland", Year.of(2024), null, true, "s"))
                .isInstanceOf(NullPointerException.class).hasMessage("value");
        assertThatThrownBy(() -> new Figure("POL", "Poland", null, BigDecimal.ONE, true, "s"))
                .isInstanceOf(NullPointerException.class).hasMessage("year");
    }
}
