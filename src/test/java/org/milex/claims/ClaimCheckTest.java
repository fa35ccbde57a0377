package org.milex.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimCheckTest {
    private static final Claim NINE = Claims.get("nine-in-2021");

    @Test
    void aSupportedVerdictNeedsDecisiveFiguresThatAgree() {
        Comparison six = new Comparison("allies at or above 2% in 2021, NATO-2024-06", NINE.figure("2021"),
                BigDecimal.valueOf(6), true, "NATO-2024-06 TABLE3");
        assertThatThrownBy(() -> new ClaimCheck(NINE, Verdict.SUPPORTED, List.of(six), "forced"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("nine-in-2021: SUPPORTED needs decisive figures that all agree");
        assertThatThrownBy(() -> new ClaimCheck(NINE, Verdict.SUPPORTED, List.of(), "forced"))
                .hasMessageStartingWith("nine-in-2021: SUPPORTED needs decisive figures");
        assertThatThrownBy(() -> new ClaimCheck(NINE, Verdict.NOT_SUPPORTED, List.of(six), " "))
                .hasMessage("nine-in-2021: a check explains its verdict");
        assertThat(new ClaimCheck(NINE, Verdict.NOT_SUPPORTED, List.of(six), "6, not 9").isSupported()).isFalse();
    }

    @Test
    void printsTheClaimTheComparisonsAndTheExplanation() {
        String s = Claims.check().find("combined-spending-430bn").orElseThrow().toString();
        assertThat(s).startsWith("combined-spending-430bn: SUPPORTED_WITH_CAVEAT\n"
                + "\"more than $430 billion\" (Spectrum News (White House context), 2024-07-11)\n"
                + "what                                                claimed             milex  difference  relative  agrees  decisive  source\n"
                + "NATO Europe and Canada 2024e, constant 2015 prices  over USD 430 bn    430.11       +0.11    +0.03%  yes     yes       NATO-2024-06 TABLE2, Σ over the year's members\n"
                + "NATO Europe and Canada 2024e, current prices        over USD 430 bn    506.69      +76.69   +17.84%  no      no        NATO-2024-06 TABLE2, Σ over the year's members\n");
        assertThat(s).contains("\nreading: The scope and price basis are not stated")
                .endsWith("(contracts-aid.md §3 and conflict 6)");
        assertThat(s.lines()).noneMatch(l -> l.endsWith(" "));
    }
}
