package org.milex.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QualifierTest {

    @ParameterizedTest(name = "{0} + {1} = {2}")
    @CsvSource({
        "EXACT, EXACT, EXACT",
        "EXACT, OVER,  OVER",
        "OVER,  EXACT, OVER",
        "OVER,  OVER,  OVER",
        "UP_TO, EXACT, UP_TO",
        "UP_TO, UP_TO, UP_TO",
        "OVER,  UP_TO, ABOUT",
        "UP_TO, OVER,  ABOUT",
        "ABOUT, EXACT, ABOUT",
        "EXACT, ABOUT, ABOUT",
        "ABOUT, OVER,  ABOUT",
    })
    void qualifierOfASum(Qualifier a, Qualifier b, Qualifier sum) {
        assertThat(a.plus(b)).isEqualTo(sum);
    }

    @ParameterizedTest
    @CsvSource({"exact, EXACT", "about, ABOUT", "over, OVER", "up to, UP_TO"})
    void parsesItsWords(String text, Qualifier q) {
        assertThat(Qualifier.parse(text)).isEqualTo(q);
    }

    @Test
    void wordsAreWhatIsPrintedBeforeAFigure() {
        assertThat(Qualifier.EXACT.word()).isEmpty();
        assertThat(Qualifier.UP_TO.word()).isEqualTo("up to");
        assertThat(Qualifier.EXACT.isExact()).isTrue();
        assertThat(Qualifier.OVER.isExact()).isFalse();
    }

    @Test
    void rejectsOtherWords() {
        assertThatThrownBy(() -> Qualifier.parse("almost")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a qualifier: 'almost' (expected exact, about, over or up to)");
    }
}
