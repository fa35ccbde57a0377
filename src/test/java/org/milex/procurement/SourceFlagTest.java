package org.milex.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SourceFlagTest {

    @ParameterizedTest
    @EnumSource(SourceFlag.class)
    void tokensReadBack(SourceFlag f) {
        assertThat(SourceFlag.parse(f.token())).isEqualTo(f);
    }

    @Test
    void tokensAreLowerCaseWithHyphens() {
        // contracts-aid.md markers: [1x], [derived], [2nd-hand], [repo]
        assertThat(SourceFlag.SINGLE_SOURCE.token()).isEqualTo("single-source");
        assertThat(SourceFlag.SECOND_HAND.token()).isEqualTo("second-hand");
    }

    @Test
    void rejectsOtherTokens() {
        assertThatThrownBy(() -> SourceFlag.parse("1x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a source flag: '1x' (expected one of single-source, derived, second-hand, repository)");
    }
}
