package org.milex.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.milex.model.AllyGroup;
import org.milex.model.Edition;
import org.milex.model.Guideline;
import org.milex.procurement.AidFigure;
import org.milex.procurement.AidFigures;
import org.milex.procurement.Contract;
import org.milex.procurement.Contracts;

/**
 * The evaluator knows measures, never particular claims: no claim, reading, contract or aid id, no contract
 * system, no edition, group or guideline appears in its source; and only one class calls the query API.
 */
class EvaluatorSourceTest {
    private static final Path DIR = Path.of("src/main/java/org/milex/claims");

    private static List<String> names() {
        List<String> out = new ArrayList<>();
        for (Claim c : Claims.all()) {
            out.add(c.id());
            c.readings().forEach(r -> out.add(r.id()));
        }
        Contracts.embedded().stream().map(Contract::id).forEach(out::add);
        Contracts.embedded().stream().map(Contract::system).forEach(out::add);
        Contracts.embedded().stream().map(Contract::agency).forEach(out::add);
        AidFigures.embedded().stream().map(AidFigure::id).forEach(out::add);
        Edition.all().stream().map(Edition::id).forEach(out::add);
        AllyGroup.all().stream().map(AllyGroup::code).forEach(out::add);
        Guideline.all().stream().map(Guideline::id).forEach(out::add);
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"Evaluator.java", "Quantities.java", "Procured.java"})
    void namesNoClaimContractAidFigureOrEdition(String file) throws IOException {
        String source = Files.readString(DIR.resolve(file));
        assertThat(names()).hasSizeGreaterThan(50).allSatisfy(n -> assertThat(source).doesNotContain(n));
    }

    @Test
    void onlyQuantitiesCallsTheQueryApi() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            assertThat(files.filter(f -> {
                try {
                    return Files.readString(f).contains("org.milex.query");
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).map(f -> f.getFileName().toString())).containsExactly("Quantities.java");
        }
    }
}
