package org.milex.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Year;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.milex.model.Share;

class SeriesTest {
    @Test
    void pointsAreSortedByYear() {
        Series s = Series.of("Poland", Map.of(Year.of(2024), Share.ofPercent("4.12"), Year.of(2014), Share.ofPercent("1.86")));

        assertThat(s.points()).extracting(Point::year).containsExactly(Year.of(2014), Year.of(2024));
        assertThat(s.firstYear()).isEqualTo(Year.of(2014));
        assertThat(s.lastYear()).isEqualTo(Year.of(2024));
        assertThat(s).hasToString("Poland [2014: 1.86%, 2024: 4.12%]");
    }

    @Test
    void aRepeatedYearIsRejected() {
        List<Point> points = List.of(Point.of(2024, Share.ofPercent("4")), Point.of(2024, Share.ofPercent("4.1")));

        assertThatThrownBy(() -> new Series("Poland", points))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("series 'Poland' has two points for 2024");
    }

    @Test
    void anEmptyOrNamelessSeriesIsRejected() {
        assertThatThrownBy(() -> new Series("Poland", List.of())).hasMessage("series 'Poland' has no points");
        assertThatThrownBy(() -> new Series(" ", List.of(Point.of(2024, Share.ofPercent("4")))))
                .hasMessage("a series needs a name");
    }

    @Test
    void pointsAreCopied() {
        Series s = new Series("Poland", List.of(Point.of(2024, Share.ofPercent("4"))));

        assertThatThrownBy(() -> s.points().add(Point.of(2023, Share.ofPercent("3"))))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
