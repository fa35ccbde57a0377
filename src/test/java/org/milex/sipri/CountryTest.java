package org.milex.sipri;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.milex.model.Ally;

class CountryTest {

    private static Country country(String name, String notes) {
        return new Country(name, "Europe", Optional.of("Central Europe"), notes, "Euro", Optional.empty());
    }

    @Test
    void splitsNotesIntoSymbolsAndAFootnoteNumber() {
        // SIPRI's notes cells, e.g. Libya "‡§¶16", Poland "78", Malta "†‖"
        assertThat(country("Libya", "‡§¶16").noteMarks()).containsExactly("‡", "§", "¶", "16");
        assertThat(country("Poland", "78").noteMarks()).containsExactly("78");
        assertThat(country("Malta", "†‖").noteMarks()).containsExactly("†", "‖");
        assertThat(country("Hungary", "").noteMarks()).isEmpty();
    }

    @Test
    void rejectsNotesOfAnotherForm() {
        assertThatThrownBy(() -> country("Poland", "78§")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Poland: notes must be SIPRI's symbols †‡§¶‖ followed by a footnote number, not '78§'");
        assertThatThrownBy(() -> country(" Poland", "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Country("X", "Europe", Optional.of(" "), "", "Euro", Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("subregion is blank");
    }

    @Test
    void isAnAllyByNameOrAlias() {
        assertThat(country("Türkiye", "").ally()).contains(Ally.of("TUR"));
        assertThat(country("United States of America", "").ally()).contains(Ally.of("USA"));
        assertThat(country("Austria", "").ally()).isEmpty();
        assertThat(country("Austria", "")).hasToString("Austria");
    }
}
