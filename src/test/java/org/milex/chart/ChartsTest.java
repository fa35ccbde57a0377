package org.milex.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.milex.data.Dataset;
import org.milex.model.Ally;
import org.milex.model.AllyGroup;
import org.milex.model.Currencies;
import org.milex.model.Edition;
import org.milex.model.Guideline;
import org.milex.model.Money;
import org.milex.model.MoneyMismatchException;
import org.milex.model.Observation;
import org.milex.model.PriceBasis;
import org.milex.model.Share;
import org.milex.model.Subject;

class ChartsTest {
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final Guideline TWO = Guideline.twoPercentOfGdp();

    @TempDir
    Path dir;

    /** Shares of GDP 2014-2024 in the default edition (NATO-2024-06), as the data holds them. */
    static Series shares(Subject subject) {
        Dataset data = Dataset.embedded();
        Edition e = data.defaultEdition();
        return Series.of(subject.name(), data.observations(e).stream()
                .filter(o -> o.subject().equals(subject) && o.shareOfGdp().isPresent())
                .collect(Collectors.toMap(Observation::year, o -> o.shareOfGdp().orElseThrow())));
    }

    static Chart sharesOfPolandGermanyEuropeCanada() {
        return Charts.shareOverTime(List.of(shares(Ally.of("POL")), shares(Ally.of("DEU")),
                shares(AllyGroup.EUROPE_CANADA)), TWO);
    }

    @Test
    void shareOverTimeWritesPngAndSvgNamingEverySeriesAndTheGuideline() throws IOException {
        Chart chart = sharesOfPolandGermanyEuropeCanada();

        Path png = chart.toPng(dir.resolve("out/shares.png"));
        Path svg = chart.toSvg(dir.resolve("out/shares.svg"));

        assertPng(png);
        assertThat(Files.readString(svg, StandardCharsets.UTF_8)).startsWith("<?xml")
                .contains("<svg", "Poland", "Germany", "NATO Europe and Canada", "2% of GDP on defence");
        // Also kept for looking at: target/chart-check.png
        chart.toPng(Path.of("target/chart-check.png"));
    }

    @Test
    void toImageHasTheChartsSize() {
        BufferedImage image = sharesOfPolandGermanyEuropeCanada().withSize(640, 400).toImage();

        assertThat(image.getWidth()).isEqualTo(640);
        assertThat(image.getHeight()).isEqualTo(400);
    }

    @Test
    void withTitleAndWithSizeReturnNewCharts() {
        Chart chart = sharesOfPolandGermanyEuropeCanada();

        Chart other = chart.withTitle("Shares of GDP").withSize(1200, 700);

        assertThat(chart.title()).isEqualTo("2% of GDP on defence");
        assertThat(chart.width()).isEqualTo(900);
        assertThat(other.title()).isEqualTo("Shares of GDP");
        assertThat(other).hasToString("Chart[Shares of GDP, 1200x700]");
    }

    @Test
    void compliancePerYearIsABarChartOfCounts() throws IOException {
        Map<Year, Integer> meeting = Map.of(Year.of(2014), 3, Year.of(2024), 23);

        Chart chart = Charts.compliancePerYear(meeting, TWO);

        assertThat(chart.title()).isEqualTo("Allies meeting 2% of GDP on defence (≥ 2.00%)");
        assertPng(chart.toPng(dir.resolve("compliance.png")));
        assertThat(Files.readString(chart.toSvg(dir.resolve("compliance.svg")))).contains("2014", "2024");
    }

    /** Shares of GDP in 2024 by ally name, NATO-2024-06 (Iceland, without armed forces, has none). */
    static Map<String, Share> shares2024() {
        Dataset data = Dataset.embedded();
        Map<String, Share> shares2024 = new LinkedHashMap<>();
        data.observations(data.defaultEdition()).stream()
                .filter(o -> o.subject() instanceof Ally && o.year().equals(Year.of(2024)) && o.shareOfGdp().isPresent())
                .forEach(o -> shares2024.put(o.subject().name(), o.shareOfGdp().orElseThrow()));
        return shares2024;
    }

    @Test
    void rankingDrawsEveryAllyTheMarkAndWhatIsLeftOut() throws IOException {
        Chart chart = Charts.ranking(shares2024(), TWO, List.of("Iceland"));

        assertPng(chart.toPng(Path.of("target/chart-check-ranking.png")));
        assertThat(Files.readString(chart.toSvg(dir.resolve("ranking.svg")))).contains("Poland", "Luxembourg", "2% of GDP");
        assertThat(chart.description()).endsWith("; not shown (no figure): Iceland");
    }

    @Test
    void noRankingLabelLiesUnderTheGuidelineLine() {
        List<Map.Entry<String, Share>> rows = sorted(shares2024());

        RankingLayout layout = Charts.rankingLayout(rows, List.of("Iceland"), TWO.threshold(), 900);

        assertThat(layout.bars()).hasSize(31);
        for (RankingLayout.Bar b : layout.bars()) {
            assertThat(layout.crossesGuideline(b.label(), 900 - Charts.RANKING_MARGIN)).as(b.label().text()).isFalse();
            assertThat(b.label().end()).as(b.label().text()).isLessThanOrEqualTo(layout.xMax());
        }
        // NATO 2024-06, TABLE3: Croatia 2024e = 1.81, whose label at its bar's end would cross 2.00: it moves
        // to the right of the line; Spain (1.28) ends well before the line and keeps its label at its bar.
        RankingLayout.Bar croatia = bar(layout, "Croatia");
        assertThat(croatia.label().start()).isGreaterThan(2.0);
        RankingLayout.Bar spain = bar(layout, "Spain");
        assertThat(spain.label().start()).isGreaterThan(spain.share().toDouble()).isLessThan(1.5);
    }

    @Test
    void theGuidelinesLabelSitsAboveTheTopBarAndTheLineEndsBelowIt() {
        RankingLayout layout = Charts.rankingLayout(sorted(shares2024()), List.of(), TWO.threshold(), 900);

        assertThat(layout.guideline().text()).isEqualTo("2.00%");
        assertThat(layout.guideline().centre()).isCloseTo(2.0, org.assertj.core.data.Offset.offset(1e-9));
        double topBar = layout.bars().get(0).y();
        assertThat(layout.lineTop()).isGreaterThan(topBar).isLessThan(layout.guideline().y());
        assertThat(layout.guideline().y()).isLessThan(layout.yMax());
        assertThat(layout.note()).isEmpty();
    }

    @Test
    void whatIsLeftOutIsSaidOnTheChart() {
        RankingLayout layout = Charts.rankingLayout(sorted(shares2024()), List.of("Iceland"), TWO.threshold(), 900);

        assertThat(layout.note()).hasValue("Not shown (no figure): Iceland");
    }

    @Test
    void aNameBothRankedAndLeftOutIsRefused() {
        assertThatThrownBy(() -> Charts.ranking(Map.of("Iceland", Share.ofPercent("1")), TWO, List.of("Iceland")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'Iceland' is both ranked and listed as without a figure");
    }

    private static List<Map.Entry<String, Share>> sorted(Map<String, Share> shares) {
        List<Map.Entry<String, Share>> rows = new java.util.ArrayList<>(shares.entrySet());
        rows.sort(Map.Entry.<String, Share>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        return rows;
    }

    private static RankingLayout.Bar bar(RankingLayout layout, String name) {
        return layout.bars().stream().filter(b -> b.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void gapToTargetIsInMillionsOfOneCurrency() throws IOException {
        Map<String, Money> gaps = Map.of(
                "Spain", Money.ofMillions("16000", Currencies.USD, PriceBasis.current()),
                "Belgium", Money.ofMillions("5000", Currencies.USD, PriceBasis.current()));

        Chart chart = Charts.gapToTarget(gaps, TWO);

        assertPng(chart.toPng(dir.resolve("gap.png")));
        assertThat(Files.readString(chart.toSvg(dir.resolve("gap.svg"))))
                .contains("Spain", "Belgium", "million USD, current prices");
    }

    @Test
    void gapToTargetRefusesMixedCurrencies() {
        Map<String, Money> gaps = Map.of(
                "Spain", Money.ofMillions("16000", Currencies.EUR, PriceBasis.current()),
                "Belgium", Money.ofMillions("5000", Currencies.USD, PriceBasis.current()));

        assertThatThrownBy(() -> Charts.gapToTarget(gaps, TWO)).isInstanceOf(MoneyMismatchException.class);
    }

    @Test
    void emptyInputsAreRejected() {
        assertThatThrownBy(() -> Charts.shareOverTime(List.of(), TWO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one series");
        assertThatThrownBy(() -> Charts.compliancePerYear(Map.of(), TWO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one year");
        assertThatThrownBy(() -> Charts.ranking(Map.of(), TWO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one share");
        assertThatThrownBy(() -> Charts.gapToTarget(Map.of(), TWO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one amount");
    }

    @Test
    void twoSeriesWithOneNameAreRejected() {
        Series a = new Series("Poland", List.of(Point.of(2024, Share.ofPercent("4.12"))));

        assertThatThrownBy(() -> Charts.shareOverTime(List.of(a, a), TWO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("same name");
    }

    @Test
    void negativeCountsAreRejected() {
        assertThatThrownBy(() -> Charts.compliancePerYear(Map.of(Year.of(2024), -1), TWO))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("a count of allies cannot be negative: 2024 has -1");
    }

    @Test
    void anUnwritablePathIsNamed() throws IOException {
        Path file = Files.createFile(dir.resolve("a-file")).resolve("chart.png");

        assertThatThrownBy(() -> sharesOfPolandGermanyEuropeCanada().toPng(file))
                .hasMessageStartingWith("cannot write " + file);
    }

    private static void assertPng(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes.length).isGreaterThan(1000);
        assertThat(java.util.Arrays.copyOf(bytes, 8)).isEqualTo(PNG_SIGNATURE);
    }
}
