package org.milex.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The rule from readings' results to a verdict, on results built by hand. */
class VerdictTest {
    private static final Part PART = new Part("x", new Computation(Computation.Measure.AID_FIGURE, "some-figure",
            Optional.empty(), Optional.empty(), Optional.empty(), List.of()), Comparison.parse("about", "1"),
            new BigDecimal("10"), Unit.USD_BN, "");

    private static Reading reading(String id, boolean primary) {
        return new Reading(id, primary ? Optional.of("because") : Optional.empty(), List.of(PART));
    }

    /** One result per case: the computed values, or null for no data. */
    private static ReadingResult result(Reading r, String... values) {
        List<String> cases = new java.util.ArrayList<>();
        List<PartResult> out = new java.util.ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            String kase = "case " + i;
            cases.add(kase);
            out.add(values[i] == null ? PartResult.noData(PART, kase, "none")
                    : PartResult.of(PART, kase, new BigDecimal(values[i]), "given"));
        }
        return new ReadingResult(r, cases, out, List.of());
    }

    private static Verdict verdict(ReadingResult... results) {
        List<Reading> readings = java.util.Arrays.stream(results).map(ReadingResult::reading).toList();
        Claim c = new Claim("c", "s", "o", Optional.empty(), List.of(), Optional.empty(), readings);
        return Verdict.of(c, List.of(results));
    }

    @Test
    void theRule() {
        Reading p = reading("p", true);
        Reading o = reading("o", false);
        assertThat(verdict(result(p, "10", "10.5"), result(o, "20"))).isEqualTo(Verdict.SUPPORTED);
        assertThat(verdict(result(p, "10", "12"), result(o, "10"))).isEqualTo(Verdict.DEPENDS_ON_ASSUMPTION);
        assertThat(verdict(result(p, "12"), result(o, "20", "10"))).isEqualTo(Verdict.SUPPORTED_UNDER_OTHER_READING);
        assertThat(verdict(result(p, (String) null), result(o, "20"))).isEqualTo(Verdict.NO_DATA);
        assertThat(verdict(result(p, "12"), result(o, (String) null))).isEqualTo(Verdict.NOT_SUPPORTED);
        assertThat(verdict(result(p, "12", null))).isEqualTo(Verdict.NO_DATA);
    }

    @Test
    void untraceableIsDeclared() {
        Claim c = new Claim("c", "s", "o", Optional.empty(), List.of(), Optional.of("not found"), List.of());
        assertThat(Verdict.of(c, List.of())).isEqualTo(Verdict.UNTRACEABLE);
    }

    @Test
    void aCheckCannotCarryAnotherVerdictThanTheRuleGives() {
        Reading p = reading("p", true);
        Claim c = new Claim("c", "s", "o", Optional.empty(), List.of(), Optional.empty(), List.of(p));
        assertThatThrownBy(() -> new ClaimCheck(c, Verdict.SUPPORTED, List.of(result(p, "12")), "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("c: the verdict SUPPORTED does not follow from its readings");
        assertThatThrownBy(() -> new PartResult(PART, "case", Optional.of(new BigDecimal("12")), Outcome.HOLDS, "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
