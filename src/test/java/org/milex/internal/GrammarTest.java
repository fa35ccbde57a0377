package org.milex.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.milex.internal.Grammar.Sign;

/** The one input grammar: what each reader accepts, exactly, and the rule named for what it refuses. */
class GrammarTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "４.１２            | only the ASCII digits 0-9 (found U+FF14)",
        "٤.١٢              | only the ASCII digits 0-9 (found U+0664)",
        "+4.12             | no '+' sign",
        "1e-400            | no exponent",
        "4.1E2             | no exponent",
        "1,000             | no thousands separators",
        "'1 000'           | no thousands separators",
        "-                 | not a number",
        ".5                | not a number",
        "5.                | not a number",
        "1.2.3             | not a number",
        "NaN               | not a number",
        "Infinity          | not a number",
        "--1               | not a number",
    })
    void refusesNumbersOutsideTheGrammar(String text, String rule) {
        assertThatThrownBy(() -> Grammar.decimal(text, Sign.ANY)).isInstanceOf(Grammar.Rejected.class)
                .hasMessageContaining(rule);
    }

    @Test
    void readsNumbersExactly() {
        assertThat(Grammar.decimal("4.120", Sign.ANY)).isEqualByComparingTo(new BigDecimal("4.12"));
        assertThat(Grammar.decimal("-0.085", Sign.ANY)).isEqualByComparingTo(new BigDecimal("-0.085"));
        assertThat(Grammar.number("4.1201909893571473", Sign.ANY)).isEqualTo(4.1201909893571473);
        assertThat(Grammar.number("0", Sign.NON_NEGATIVE)).isZero();
        assertThatThrownBy(() -> Grammar.decimal("-1", Sign.NON_NEGATIVE)).hasMessageContaining("negative");
    }

    @Test
    void refusesANumberADoubleWouldChange() {
        // one digit more than a double holds: 4.1201909893571472 would be read as ...473
        assertThatThrownBy(() -> Grammar.number("4.1201909893571472", Sign.ANY)).hasMessageContaining("rounded");
        assertThatThrownBy(() -> Grammar.number("0.1000000000000000000001", Sign.ANY)).hasMessageContaining("rounded");
        assertThatThrownBy(() -> Grammar.number("0." + "0".repeat(400) + "1", Sign.ANY))
                .hasMessageContaining("would become 0");
        assertThatThrownBy(() -> Grammar.number("1" + "0".repeat(400), Sign.ANY)).hasMessageContaining("too large");
        assertThatThrownBy(() -> Grammar.storedNumber("1e-400")).hasMessageContaining("would become 0");
        assertThat(Grammar.storedNumber("4.12E-2")).isEqualTo(0.0412);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "1000000000 | not a year",
        "0000       | outside 1900-2100",
        "2101       | outside 1900-2100",
        "1899       | outside 1900-2100",
        "２０２４     | not a year",
        "+2024      | not a year",
        "-2024      | not a year",
        "24         | not a year",
    })
    void refusesYearsOutsideTheGrammar(String text, String rule) {
        assertThatThrownBy(() -> Grammar.year(text)).isInstanceOf(Grammar.Rejected.class).hasMessageContaining(rule);
    }

    @Test
    void readsYearsAndDatesInRange() {
        assertThat(Grammar.year("1900")).isEqualTo(Year.of(1900));
        assertThat(Grammar.year("2100")).isEqualTo(Year.of(2100));
        assertThat(Grammar.date("2024-06-17")).isEqualTo(LocalDate.of(2024, 6, 17));
        assertThatThrownBy(() -> Grammar.date("0000-01-01")).hasMessageContaining("outside 1900-2100");
        assertThatThrownBy(() -> Grammar.date("9999-12-31")).hasMessageContaining("outside 1900-2100");
        assertThatThrownBy(() -> Grammar.date("2024-02-30")).hasMessageContaining("not a day of the calendar");
        assertThatThrownBy(() -> Grammar.date("2024-6-17")).hasMessageContaining("yyyy-mm-dd");
        assertThatThrownBy(() -> Grammar.date("+1000000000-01-01")).hasMessageContaining("yyyy-mm-dd");
    }

    @Test
    void refusesPaddedTextAndControlCharacters() {
        assertThatThrownBy(() -> Grammar.text("DEU ")).hasMessageContaining("leading or trailing whitespace");
        assertThatThrownBy(() -> Grammar.text(" DEU")).hasMessageContaining("leading or trailing whitespace");
        assertThatThrownBy(() -> Grammar.text("\u00a0DEU")).hasMessageContaining("leading or trailing whitespace");
        assertThatThrownBy(() -> Grammar.text("DE\u0000U")).hasMessageContaining("control character (U+0000) at character 3");
        assertThatThrownBy(() -> Grammar.text("DE\u0085U")).hasMessageContaining("control character (U+0085)");
        assertThatThrownBy(() -> Grammar.identifier("")).hasMessageContaining("empty value");
        assertThat(Grammar.text("Türkiye, Republic of")).isEqualTo("Türkiye, Republic of");
    }

    @Test
    void quotesAtMostSixtyCharactersAndSaysTheLength() {
        assertThat(Grammar.quote("n/a")).isEqualTo("'n/a'");
        assertThat(Grammar.quote("a\u0000b")).isEqualTo("'a\\u0000b'");
        assertThat(Grammar.quote("x".repeat(10_485_760))).isEqualTo("'" + "x".repeat(60) + "…' (10,485,760 characters)");
    }
}
