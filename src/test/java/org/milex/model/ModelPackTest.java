package org.milex.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.milex.internal.CsvFile;

/** The registries read the same allies, editions and guidelines from the build's packed form as from the CSVs. */
class ModelPackTest {

    @Test
    void alliesAreTheSame() {
        List<Ally> csv = AllyRegistry.load(CsvFile.readResource(AllyRegistry.RESOURCE, "allies.csv")).all();
        assertThat(AllyRegistry.fromPack()).as("allies.pack, written in Maven's process-classes phase").isPresent();
        assertThat(AllyRegistry.fromPack().orElseThrow().all()).hasSize(32).containsExactlyElementsOf(csv);
    }

    @Test
    void editionsAreTheSame() {
        assertThat(EditionRegistry.fromPack()).isPresent();
        assertThat(EditionRegistry.fromPack().orElseThrow()).isNotEmpty().containsExactlyElementsOf(EditionRegistry.fromCsv());
    }

    @Test
    void guidelinesAreTheSame() {
        assertThat(Guideline.fromPack()).isPresent();
        assertThat(Guideline.fromPack().orElseThrow()).isNotEmpty().containsExactlyEntriesOf(Guideline.fromCsv());
    }
}
