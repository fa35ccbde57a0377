package org.milex.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Year;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The checks written as loops (a regular expression on the start-up path loaded and compiled the regex engine on
 * the command line's first run) accept and normalise exactly what the regular expressions they replace did; the
 * expressions are the reference here.
 */
class HandWrittenChecksTest {
    private static final Pattern EDITION_ID = Pattern.compile("[A-Z][A-Z0-9]*-\\d{4}-\\d{2}");
    private static final Pattern GROUP_CODE = Pattern.compile("[A-Z][A-Z_]{3,}");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    @Property(tries = 3000)
    void editionIdentifiersAsTheExpression(@ForAll("ids") String id) {
        boolean expected = EDITION_ID.matcher(id).matches();
        if (expected) {
            assertThat(edition(id).id()).isEqualTo(id);
        } else {
            assertThatThrownBy(() -> edition(id)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Property(tries = 3000)
    void groupCodesAsTheExpression(@ForAll("codes") String code) {
        if (GROUP_CODE.matcher(code).matches()) {
            assertThat(new AllyGroup(code, "n", a -> true).code()).isEqualTo(code);
        } else {
            assertThatThrownBy(() -> new AllyGroup(code, "n", a -> true))
                    .hasMessage("a group's code is an upper-case word of four letters or more, not '" + code + "'");
        }
    }

    @Property(tries = 3000)
    void namesNormaliseAsTheExpression(@ForAll("names") String name) {
        String reference = SPACES.matcher(name.replace("*", "").trim()).replaceAll(" ").toLowerCase(Locale.ROOT);
        assertThat(AllyRegistry.normaliseName(name)).isEqualTo(reference);
    }

    @Test
    void examples() {
        // data/allies.csv: NATO's tables mark Czechia with an asterisk; its name is found without it
        assertThat(AllyRegistry.normaliseName(" Czechia* ")).isEqualTo("czechia");
        assertThat(AllyRegistry.normaliseName("Slovak \t\n Republic")).isEqualTo("slovak republic");
        assertThat(edition("NATO-2024-06").id()).isEqualTo("NATO-2024-06");
        assertThatThrownBy(() -> edition("NATO-2024-6"))
                .hasMessage("an edition is identified as PUBLISHER-YYYY-MM, e.g. NATO-2024-06, not 'NATO-2024-6'");
    }

    @Provide
    Arbitrary<String> ids() {
        Arbitrary<String> shaped = Arbitraries.strings().withChars("NATO0123-").ofMinLength(1).ofMaxLength(5)
                .map(p -> "N" + p + "-2024-06");
        Arbitrary<String> near = Arbitraries.strings().withChars("NA1-0").ofMinLength(0).ofMaxLength(14);
        Arbitrary<String> digits = Arbitraries.strings().withChars("0123456789-x").ofLength(8).map(t -> "NATO" + t);
        return Arbitraries.oneOf(shaped, near, digits);
    }

    @Provide
    Arbitrary<String> codes() {
        return Arbitraries.strings().withChars("AZ_az1 É").ofMinLength(0).ofMaxLength(7);
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.strings().withChars("aZ *\t\n\u000B\f\r\u0001\u00A0\u2003").ofMinLength(0).ofMaxLength(12);
    }

    /** An edition with this identifier, published by what precedes its first dash. */
    private static Edition edition(String id) {
        int dash = id.indexOf('-');
        String publisher = dash > 0 ? id.substring(0, dash) : "N";
        return new Edition(id, publisher, "t", LocalDate.of(2024, 6, 17), Optional.empty(), PriceBasis.constant(2015),
                Year.of(2014), Year.of(2024), Set.of(), Edition.Coverage.COMPLETE,
                Edition.Definition.DEFENCE_EXPENDITURE, "s");
    }
}
