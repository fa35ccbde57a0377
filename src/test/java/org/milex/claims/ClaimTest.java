package org.milex.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.milex.claims.ClaimedFigure.Unit;
import org.milex.model.Edition;

class ClaimTest {
    private static final List<ClaimedFigure> FIGURES = List.of(ClaimedFigure.parse("2024=23", Unit.ALLIES));

    private static Claim claim(String id, List<ClaimedFigure> figures, List<String> sources) {
        return new Claim(id, "23 of 32 allies meet 2% in 2024", "Fox Business", Optional.empty(),
                Optional.of(Edition.parse("NATO-2024-06")), figures, Optional.empty(), "TABLE3", sources, "SOURCES.md §1");
    }

    @Test
    void theEmbeddedClaimsCarryTheirSourcesOrSayWhyNot() {
        assertThat(Claims.all()).hasSize(11).allSatisfy(c -> assertThat(c.reference()).isNotBlank());
        // no address is known for these (contracts-aid.md conflicts 5 and 10)
        assertThat(Claims.all()).filteredOn(c -> c.sources().isEmpty()).extracting(Claim::id)
                .containsExactly("six-before-the-invasion", "nine-in-2021", "nspa-6bn");
        Claim c = Claims.get("allies-at-2pct-2024");
        assertThat(c.toString()).isEqualTo("allies-at-2pct-2024: \"23 of 32 allies meet 2% in 2024\" "
                + "(NATO (Stoltenberg, 17 June 2024), as reported by Fox Business, 2024-06-19)");
        assertThat(c.edition()).contains(Edition.parse("NATO-2024-06"));
        assertThat(c.figures()).extracting(ClaimedFigure::toString).containsExactly("2024: 23 allies", "members: 32 allies");
    }

    @Test
    void aFigureIsFoundByLabel() {
        Claim c = claim("x", FIGURES, List.of());
        assertThat(c.figure("2024").value()).isEqualByComparingTo("23");
        assertThatThrownBy(() -> c.figure("total")).hasMessage("claim x states no figure 'total'; it states 2024");
    }

    @Test
    void validatesItsParts() {
        assertThatThrownBy(() -> claim("Bad Id", FIGURES, List.of()))
                .hasMessage("a claim's id is lower-case words joined by '-', not 'Bad Id'");
        assertThatThrownBy(() -> claim("x", List.of(), List.of())).hasMessage("x: a claim states at least one figure");
        assertThatThrownBy(() -> claim("x", List.of(FIGURES.get(0), FIGURES.get(0)), List.of()))
                .hasMessage("x: the label '2024' appears twice");
        assertThatThrownBy(() -> claim("x", FIGURES, List.of("Fox Business, 19 June 2024")))
                .hasMessage("x: a source is a URL, not 'Fox Business, 19 June 2024'");
    }
}
