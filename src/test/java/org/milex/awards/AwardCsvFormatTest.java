package org.milex.awards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Currency;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.milex.model.Currencies;

class AwardCsvFormatTest {

    @Test
    void standardColumns() {
        assertThat(AwardCsvFormat.standard().columns())
                .containsExactly("award_id", "award_date", "buyer", "supplier", "value", "currency");
        assertThat(AwardCsvFormat.standard().withCategory("cpv").columns()).endsWith("currency", "cpv");
        AwardCsvFormat euros = AwardCsvFormat.standard().withCurrency(Currencies.EUR);
        assertThat(euros.currencyColumn()).isEmpty();
        assertThat(euros.currency()).contains(Currencies.EUR);
        assertThat(euros.withCurrencyColumn("ccy").currencyColumn()).contains("ccy");
    }

    @Test
    void refusesConfusingFormats() {
        assertThatThrownBy(() -> AwardCsvFormat.of("id", "date", "id", "s", "v", "c"))
                .hasMessage("column 'id' is named for two fields");
        assertThatThrownBy(() -> AwardCsvFormat.standard().withDatePattern("dd/MM/yyyy"))
                .hasMessage("date pattern 'dd/MM/yyyy': write the year as 'uuuu', not 'yyyy' "
                        + "(dates are read strictly, and 'yyyy' is a year of an era)");
        assertThatThrownBy(() -> new AwardCsvFormat("i", "d", "b", "s", "v", Optional.of("c"),
                Optional.of(Currencies.EUR), Optional.empty(), AwardCsvFormat.ISO_DATE, ','))
                .hasMessage("a format names either a currency column or the one currency of every value, not both");
        assertThatThrownBy(() -> AwardCsvFormat.standard().withCurrency(Currency.getInstance("XAU")))
                .hasMessage("XAU has no minor unit: award values are in currencies such as EUR or USD");
        assertThatThrownBy(() -> AwardCsvFormat.standard().withSeparator('"'))
                .hasMessage("the separator cannot be a quote or a line break");
    }
}
