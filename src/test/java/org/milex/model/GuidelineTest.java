package org.milex.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;

class GuidelineTest {

    @Test
    void twoPercentOfGdp() {
        // contracts-aid.md §4: defence ministers 2006, reaffirmed at Wales 2014
        Guideline g = Guideline.twoPercentOfGdp();
        assertThat(g.threshold()).isEqualTo(Share.ofPercent("2"));
        assertThat(g.measure()).contains(Measure.SHARE_OF_GDP);
        assertThat(g.agreed().getYear()).isEqualTo(2006);
        assertThat(g.deadline()).isEmpty();
        assertThat(g).hasToString("2% of GDP on defence (≥ 2.00%)");
    }

    @Test
    void twentyPercentOnMajorEquipment() {
        // contracts-aid.md §4: Wales Defence Investment Pledge, 2014-09-05
        Guideline g = Guideline.equipmentTwentyPercent();
        assertThat(g.threshold()).isEqualTo(Share.ofPercent("20"));
        assertThat(g.measure()).contains(Measure.EQUIPMENT_SHARE);
        assertThat(g.agreed()).isEqualTo(LocalDate.of(2014, 9, 5));
    }

    @Test
    void theHagueFivePercentIsThreeAndAHalfCorePlusOneAndAHalfRelated() {
        // contracts-aid.md §4: The Hague, declaration 2025-06-25, 3.5% core + up to 1.5% related by 2035
        Guideline core = Guideline.hagueCore();
        Guideline related = Guideline.hagueRelated();
        Guideline total = Guideline.hagueTotal();
        assertThat(core.threshold()).isEqualTo(Share.ofPercent("3.5"));
        assertThat(related.threshold()).isEqualTo(Share.ofPercent("1.5"));
        assertThat(core.threshold().percent().add(related.threshold().percent()))
                .isEqualByComparingTo(total.threshold().percent());
        assertThat(core.deadline()).contains(Year.of(2035));
        assertThat(core.agreed()).isEqualTo(LocalDate.of(2025, 6, 25));
        assertThat(related.measure()).isEmpty();
    }

    @Test
    void everyGuidelineNamesItsSource() {
        assertThat(Guideline.all()).hasSize(5).allSatisfy(g -> assertThat(g.source()).contains("http"));
        assertThatThrownBy(() -> Guideline.of("3PCT")).hasMessageStartingWith("unknown guideline '3PCT'; milex knows GDP_2PCT");
    }

    @Test
    void theCoreGuidelineComparesWithCoreFiguresOnly() {
        // editions.csv: NATO-2024-06 measures defence expenditure, NATO-2026-07 core defence expenditure
        // (its title: Defence Investment of NATO Countries); The Hague's 3.5% is on core requirements
        Edition june2024 = Edition.parse("NATO-2024-06");
        Edition july2026 = Edition.parse("NATO-2026-07");
        Guideline core = Guideline.hagueCore();
        assertThat(core.definition()).contains(Edition.Definition.CORE_DEFENCE_EXPENDITURE);
        assertThat(core.isDefinedOn(july2026)).isTrue();
        assertThat(core.definitionNote(july2026)).isEmpty();
        assertThat(core.isDefinedOn(june2024)).isFalse();
        assertThat(core.definitionNote(june2024)).contains("NATO-2024-06 measures defence expenditure (NATO "
                + "definition), not core defence expenditure (The Hague, 2025): HAGUE_CORE_3_5PCT compared with a "
                + "different figure");
        // and the other way round: 2% is on NATO's definition
        assertThat(Guideline.twoPercentOfGdp().definitionNote(july2026)).contains("NATO-2026-07 measures core "
                + "defence expenditure (The Hague, 2025), not defence expenditure (NATO definition): GDP_2PCT "
                + "compared with a different figure");
        assertThat(Guideline.hagueTotal().definition()).isEmpty();
    }
}
