package org.milex.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Year;
import org.junit.jupiter.api.Test;
import org.milex.model.Ally;
import org.milex.model.Edition;
import org.milex.model.Observation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The packed form the build writes from {@code data/} gives exactly the observations the CSV files give, so
 * a user of {@link Dataset#embedded()} never sees a difference between the two.
 */
class EmbeddedDataTest {
    private static final Dataset CSV = EmbeddedData.loadCsv();

    static java.util.List<Edition> editions() {
        return Edition.all();
    }

    @Test
    void theBuildWritesThePackedFormAndEmbeddedUsesIt() {
        assertThat(EmbeddedData.class.getClassLoader().getResource(EmbeddedData.PACKED + "index.pack"))
                .as("target/classes/%sindex.pack, written in Maven's process-classes phase", EmbeddedData.PACKED)
                .isNotNull();
    }

    @ParameterizedTest
    @MethodSource("editions")
    void everyEditionReadsTheSameFromThePackedFormAsFromItsCsvFile(Edition edition) {
        Dataset packed = EmbeddedData.load();
        assertThat(packed.observations(edition)).isNotEmpty().containsExactlyElementsOf(CSV.observations(edition));
        for (var o : CSV.observations(edition)) {
            assertThat(packed.find(o.subject(), o.year(), edition)).contains(o);
            assertThat(packed.find(o.subject(), o.year(), edition).orElseThrow().figureSources())
                    .isEqualTo(o.figureSources());
        }
    }

    @Test
    void theWholeDatasetIsTheSameInTheSameOrder() {
        Dataset packed = EmbeddedData.load();
        assertThat(packed.size()).isEqualTo(CSV.size());       // from the index, before any edition is read
        assertThat(packed.editions()).isEqualTo(CSV.editions());
        assertThat(packed.defaultEdition()).isEqualTo(CSV.defaultEdition());
        assertThat(packed.toString()).isEqualTo(CSV.toString());
        assertThat(packed.observations()).containsExactlyElementsOf(CSV.observations());
    }

    @Test
    void aQuestionAboutTheDefaultEditionAnswersBeforeOtherEditionsAreRead() {
        Dataset packed = EmbeddedData.load();
        // NATO 2024-06 edition, TABLE3: Poland 2024e = 4.12 (printed; data/nato/NATO-2024-06.csv holds full precision)
        assertThat(packed.find(Ally.of("POL"), Year.of(2024)).orElseThrow().shareOfGdp().orElseThrow().rounded(2))
                .hasToString("4.12%");
        // NATO 2025-08 edition revised it to 3.79 (data/nato/NATO-2025-08.csv)
        assertThat(packed.find(Ally.of("POL"), Year.of(2024), Edition.parse("NATO-2025-08"))
                .flatMap(o -> o.shareOfGdp()).orElseThrow()).hasToString("3.79%");
    }

    @Test
    void anEditionsObservationsAreTheSameObjectsEachTimeAndCannotBeChanged() {
        Dataset packed = EmbeddedData.load();
        Edition e = packed.defaultEdition();
        Observation pl = packed.find(Ally.of("POL"), Year.of(2024)).orElseThrow();
        // made when first asked for, then kept: the list and every later question give the same object
        assertThat(packed.observations(e)).containsOnlyOnce(pl);
        assertThat(packed.observations(e).stream().filter(o -> o == pl)).hasSize(1);
        assertThat(packed.find(Ally.of("POL"), Year.of(2024))).containsSame(pl);
        assertThatThrownBy(() -> packed.observations(e).set(0, pl)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> packed.observations(e).add(pl)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> packed.observations(e).remove(0)).isInstanceOf(UnsupportedOperationException.class);
    }
}
