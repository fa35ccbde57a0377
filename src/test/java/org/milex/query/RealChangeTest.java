package org.milex.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.milex.data.Dataset;
import org.milex.model.AllyGroup;

class RealChangeTest {
    private static final Dataset DATA = Dataset.embedded();

    @Test
    void europeAndCanada2024PublishedAndLikeForLike() {
        // NATO-2024-06 TABLE3 row "NATO Europe and Canada", annual real change 2024e: 17.946747118910466 (+17.95%),
        // which compares the 31 members of 2024 with the 30 of 2023: Sweden's accession (2024-03-07) counts as growth.
        // Python Decimal over data/nato/NATO-2024-06.csv, expenditure_usd_constant_mn of the European allies and
        // Canada: Sweden in both years 14.88711933672571167163057640; Sweden in neither 14.48803480223665715987966400.
        RealChange r = Query.of(DATA).year(2024).group(AllyGroup.EUROPE_CANADA).realChange().get(0);
        assertThat(r.published().orElseThrow()).isEqualByComparingTo("17.946747118910466");
        assertThat(r.sameAsYear()).isCloseTo(new BigDecimal("14.88711933672571167163057640"), within(new BigDecimal("1e-12")));
        assertThat(r.sameAsPrevious()).isCloseTo(new BigDecimal("14.48803480223665715987966400"), within(new BigDecimal("1e-12")));
        assertThat(r.joined()).isEqualTo("SWE");
        Rows<RealChange> rows = Query.of(DATA).year(2024).group(AllyGroup.EUROPE_CANADA).realChange();
        assertThat(rows.notes()).contains("2024: SWE Sweden (joined 2024-03-07); the published figure counts its "
                + "expenditure as growth, the like-for-like figures count it in both years or in neither");
    }

    @Test
    void withoutAnAccessionTheThreeAgree() {
        // NATO-2024-06: no ally joined in 2022, so the published row equals both like-for-like figures (to 1e-9)
        RealChange r = Query.of(DATA).year(2022).group(AllyGroup.NATO).realChange().get(0);
        assertThat(r.joined()).isEmpty();
        assertThat(r.sameAsYear()).isEqualByComparingTo(r.sameAsPrevious());
        assertThat(r.sameAsYear()).isCloseTo(r.published().orElseThrow(), within(new BigDecimal("1e-9")));
    }

    @Test
    void aPartialEditionSaysWhatIsMissing() {
        // data/nato/NATO-2025-08.csv holds no expenditure in US dollars
        assertThatThrownBy(() -> Query.of(DATA).edition("NATO-2025-08").year(2024).realChange())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("NATO-2025-08 (PARTIAL) lacks");
    }
}
