package org.milex.sipri;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SipriFormatExceptionTest {

    @Test
    void namesFileSheetCellAndValue() {
        SipriFormatException e = new SipriFormatException("s.xlsx", "Share of GDP", "BZ146", "n/a", "expected a number");
        assertThat(e).hasMessage("s.xlsx 'Share of GDP'!BZ146: expected a number: 'n/a'");
        assertThat(e.file()).isEqualTo("s.xlsx");
        assertThat(e.sheet()).isEqualTo("Share of GDP");
        assertThat(e.cell()).isEqualTo("BZ146");
        assertThat(e.value()).isEqualTo("n/a");
    }

    @Test
    void leavesOutWhatDoesNotApply() {
        assertThat(new SipriFormatException("s.xlsx", "", "", "", "no sheet 'Per capita'"))
                .hasMessage("s.xlsx: no sheet 'Per capita'");
        assertThat(new SipriFormatException("s.xlsx", "Per capita", "", "", "no header row"))
                .hasMessage("s.xlsx 'Per capita': no header row");
    }
}
