package org.milex.sipri;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.milex.data.Dataset;
import org.milex.model.Ally;
import org.milex.model.Edition;
import org.milex.model.Share;

class ShareOfGdpComparisonTest {
    private static final Edition NATO_2024_06 = Edition.parse("NATO-2024-06");

    @Test
    void givesTheDifferenceInPercentagePoints() {
        ShareOfGdpComparison c = new ShareOfGdpComparison(Ally.of("SVK"), Year.of(2024), NATO_2024_06,
                Optional.of(Share.ofPercent("2.00")), "SIPRI-2025-04", SipriStatus.PUBLISHED, Optional.of(Share.ofPercent("2.05")));
        assertThat(c.difference()).hasValueSatisfying(d -> assertThat(d).isEqualByComparingTo("0.05"));
        assertThat(c).hasToString("SVK 2024: NATO-2024-06 2.00%, SIPRI-2025-04 2.05% (published), SIPRI - NATO +0.05 pp");
    }

    @Test
    void hasNoDifferenceWhenEitherIsAbsent() {
        ShareOfGdpComparison c = new ShareOfGdpComparison(Ally.of("ISL"), Year.of(2024), NATO_2024_06,
                Optional.empty(), "SIPRI-2025-04", SipriStatus.UNAVAILABLE, Optional.empty());
        assertThat(c.difference()).isEmpty();
        assertThat(c).hasToString("ISL 2024: NATO-2024-06 none, SIPRI-2025-04 none (unavailable), SIPRI - NATO n/a");
        assertThatThrownBy(() -> new ShareOfGdpComparison(Ally.of("ISL"), Year.of(2024), NATO_2024_06,
                Optional.empty(), "SIPRI-2025-04", SipriStatus.PUBLISHED, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("ISL 2024: a published SIPRI cell must have a share");
    }

    @Test
    void comparesPoland2024WithNatosJune2024Edition() {
        SipriDatabase db = RealWorkbook.database();
        ShareOfGdpComparison pl = db.compareShareOfGdp(Dataset.embedded(), NATO_2024_06, Ally.of("POL"), Year.of(2024));
        // NATO 2024-06 edition, TABLE3: Poland 2024e = 4.12
        assertThat(pl.nato()).hasValueSatisfying(s -> assertThat(s.rounded(2)).isEqualTo(Share.ofPercent("4.12")));
        // SIPRI 2025-04, 'Share of GDP'!BZ146 = 4.1543938797535616E-2, black
        assertThat(pl.sipri()).contains(Share.ofPercent(new BigDecimal("4.1543938797535616")));
        assertThat(pl.sipriStatus()).isEqualTo(SipriStatus.PUBLISHED);
        assertThat(pl.difference()).hasValueSatisfying(d ->
                assertThat(d).isEqualByComparingTo(pl.sipri().get().percent().subtract(pl.nato().get().percent())));
        assertThat(pl.toString()).isEqualTo("POL 2024: NATO-2024-06 4.12%, SIPRI-2025-04 4.15% (published), SIPRI - NATO +0.03 pp");
    }

    @Test
    void comparesEveryAllyInAYear() {
        SipriDatabase db = RealWorkbook.database();
        List<ShareOfGdpComparison> all = db.compareShareOfGdp(Dataset.embedded(), NATO_2024_06, Year.of(2024));
        assertThat(all).hasSize(32).extracting(ShareOfGdpComparison::ally).containsExactlyElementsOf(Ally.all());
        // Iceland: no NATO figure (no armed forces) and "..." at 'Share of GDP'!BZ170
        assertThat(all).filteredOn(c -> c.difference().isEmpty()).extracting(c -> c.ally().code()).containsExactly("ISL");
        assertThatThrownBy(() -> db.compareShareOfGdp(Dataset.embedded().only(NATO_2024_06),
                Edition.parse("NATO-2025-08"), Year.of(2024))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown edition 'NATO-2025-08'");
    }
}
