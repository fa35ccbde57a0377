package org.milex.sipri;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SipriMeasureTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "LOCAL_CURRENCY_FINANCIAL_YEARS | Local currency financial years",
        "LOCAL_CURRENCY_CALENDAR_YEARS  | Local currency calendar years",
        "CONSTANT_USD                   | Constant (2023) US$",
        "CONSTANT_USD                   | Constant (2030) US$",
        "CURRENT_USD                    | Current US$",
        "SHARE_OF_GDP                   | Share of GDP",
        "PER_CAPITA                     | Per capita",
        "SHARE_OF_GOVERNMENT_SPENDING   | Share of Govt. spending",
    })
    void findsItsSheetByName(SipriMeasure m, String sheet) {
        // sheet names of SIPRI's workbook (xl/workbook.xml of the April 2025 release)
        assertThat(m.sheetPattern().matcher(sheet).matches()).isTrue();
    }

    @Test
    void saysWhatKindOfFigureItIs() {
        assertThat(SipriMeasure.SHARE_OF_GDP.isShare()).isTrue();
        assertThat(SipriMeasure.SHARE_OF_GDP.unit()).isEqualTo("% of GDP");
        assertThat(SipriMeasure.PER_CAPITA.isUsd()).isTrue();
        assertThat(SipriMeasure.CONSTANT_USD.isShare()).isFalse();
        assertThat(SipriMeasure.LOCAL_CURRENCY_CALENDAR_YEARS.isLocalCurrency()).isTrue();
        assertThat(SipriMeasure.CURRENT_USD.isLocalCurrency()).isFalse();
    }
}
