package org.milex.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.milex.data.Dataset;
import org.milex.model.Ally;
import org.milex.model.AllyGroup;
import org.milex.model.Currencies;
import org.milex.model.Edition;
import org.milex.model.Measure;
import org.milex.model.Money;
import org.milex.model.Observation;
import org.milex.model.PriceBasis;
import org.milex.model.Share;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MilexCollectorsTest {
    private static final Dataset DATA = Dataset.embedded();
    private static final Edition E2024 = DATA.edition("NATO-2024-06");
    private static final Year Y = Year.of(2024);

    private static List<Observation> members(AllyGroup g, Year y) {
        return g.members(y).stream().map(a -> DATA.find(a, y).orElseThrow()).toList();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            // NATO-2024-06 TABLE3 published rows (data/nato/NATO-2024-06.csv)
            "EUROPE_CANADA, 2014, 1.4278082919106425",
            "EUROPE_CANADA, 2024, 2.0154548520439497",
            "NATO,          2024, 2.712749728347316",
    })
    void combinedShareOfGdpOverMembersIncludingIcelandsGdp(String group, int year, double published) {
        Share s = members(AllyGroup.of(group), Year.of(year)).stream()
                .collect(MilexCollectors.combinedShareOfGdp()).orElseThrow();
        assertThat(s.toDouble()).isCloseTo(published, within(1e-12));
    }

    @Test
    void leavingIcelandsGdpOutWouldNotReproduceNato() {
        // the rule matters: without Iceland's GDP (23420.422350196794, constant 2015 USD million) the share is higher
        Share s = members(AllyGroup.EUROPE_CANADA, Y).stream().filter(o -> !o.subject().code().equals("ISL"))
                .collect(MilexCollectors.combinedShareOfGdp()).orElseThrow();
        assertThat(s.toDouble()).isCloseTo(430112.31173262367 / (21340706.853166685 - 23420.422350196794) * 100, within(1e-9));
        assertThat(s.toDouble()).isNotCloseTo(2.0154548520439497, within(1e-4));
    }

    @Test
    void totalsInEitherBasis() {
        // NATO-2024-06 TABLE2 NATO Total 2024e: current 1474399.4765734388, constant 2015 1184796.4471574835 (USD mn)
        Money cur = members(AllyGroup.NATO, Y).stream().collect(MilexCollectors.totalExpenditure(PriceBasis.current()));
        Money con = members(AllyGroup.NATO, Y).stream().collect(MilexCollectors.totalExpenditure(E2024.constantPrices()));
        assertThat(cur.millions().doubleValue()).isCloseTo(1474399.4765734388, within(1e-6));
        assertThat(con.millions().doubleValue()).isCloseTo(1184796.4471574835, within(1e-6));
        // TABLE5 NATO Total 2024e real GDP 43675110.710610785
        assertThat(members(AllyGroup.NATO, Y).stream().collect(MilexCollectors.totalGdp(E2024.constantPrices()))
                .millions().doubleValue()).isCloseTo(43675110.710610785, within(1e-4));
    }

    @Test
    void meanAndMedianByHand() {
        // NATO-2024-06 TABLE3 2024e: POL 4.120190989357147, EST 3.4300795..., ESP 1.282549642204323
        List<Observation> three = Stream.of("POL", "EST", "ESP").map(c -> DATA.find(Ally.of(c), Y).orElseThrow()).toList();
        double est = DATA.find(Ally.of("EST"), Y).orElseThrow().value(Measure.SHARE_OF_GDP).getAsDouble();
        assertThat(three.stream().collect(MilexCollectors.meanShareOfGdp()).orElseThrow().toDouble())
                .isCloseTo((4.120190989357147 + est + 1.282549642204323) / 3, within(1e-12));
        assertThat(three.stream().collect(MilexCollectors.medianShareOfGdp()).orElseThrow().toDouble()).isEqualTo(est);
        // even count: mean of the middle two
        assertThat(three.subList(0, 2).stream().collect(MilexCollectors.medianShareOfGdp()).orElseThrow().toDouble())
                .isCloseTo((4.120190989357147 + est) / 2, within(1e-12));
        // Iceland (no armed forces) is skipped, not counted as zero
        List<Observation> withIceland = new ArrayList<>(three);
        withIceland.add(DATA.find(Ally.of("ISL"), Y).orElseThrow());
        assertThat(withIceland.stream().collect(MilexCollectors.meanShareOfGdp()))
                .isEqualTo(three.stream().collect(MilexCollectors.meanShareOfGdp()));
    }

    @Test
    void emptyInput() {
        assertThat(Stream.<Observation>empty().collect(MilexCollectors.combinedShareOfGdp())).isEmpty();
        assertThat(Stream.<Observation>empty().collect(MilexCollectors.meanShareOfGdp())).isEmpty();
        assertThat(Stream.<Observation>empty().collect(MilexCollectors.medianShareOfGdp())).isEmpty();
        assertThat(Stream.<Observation>empty().collect(MilexCollectors.totalExpenditure(PriceBasis.current())))
                .isEqualTo(Money.zero(Currencies.USD, PriceBasis.current()));
    }

    @Test
    void refusesGroupRowsDuplicatesAndMixedEditions() {
        Observation nato = DATA.find(AllyGroup.NATO, Y).orElseThrow();
        Observation pl = DATA.find(Ally.of("POL"), Y).orElseThrow();
        Observation pl25 = DATA.find(Ally.of("POL"), Y, DATA.edition("NATO-2025-08")).orElseThrow();
        assertThatThrownBy(() -> Stream.of(pl, nato).collect(MilexCollectors.totalExpenditure(PriceBasis.current())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the group row NATO 2024 of NATO-2024-06 cannot be summed with allies' figures");
        assertThatThrownBy(() -> Stream.of(pl, pl).collect(MilexCollectors.totalExpenditure(PriceBasis.current())))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("POL 2024 appears twice: it would be counted twice");
        assertThatThrownBy(() -> Stream.of(pl, pl25).collect(MilexCollectors.meanShareOfGdp()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("observations from two editions, NATO-2024-06 and NATO-2025-08");
    }

    @Test
    void aMissingFigureIsAnErrorNamingIt() {
        // NATO-2025-08 has shares but no money figures for Poland 2024
        Observation pl25 = DATA.find(Ally.of("POL"), Y, DATA.edition("NATO-2025-08")).orElseThrow();
        assertThatThrownBy(() -> Stream.of(pl25).collect(MilexCollectors.combinedShareOfGdp()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("NATO-2025-08 publishes no real_gdp_usd_constant_mn for POL 2024");
        // a constructed observation with GDP but no expenditure, for an ally with armed forces
        Observation gdpOnly = Observation.builder(Ally.of("EST"), Y, E2024)
                .set(Measure.REAL_GDP_USD_CONSTANT, 100).build();
        assertThatThrownBy(() -> Stream.of(gdpOnly).collect(MilexCollectors.combinedShareOfGdp()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("NATO-2024-06 publishes no expenditure_usd_constant_mn for EST 2024");
        assertThatThrownBy(() -> Stream.of(gdpOnly).collect(MilexCollectors.totalExpenditure(PriceBasis.constant(2021))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("milex does not rebase");
    }
}
