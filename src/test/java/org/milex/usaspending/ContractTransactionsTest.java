package org.milex.usaspending;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Year;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.milex.awards.AwardTable;
import org.milex.model.Currencies;
import org.milex.model.Money;
import org.milex.model.PriceBasis;
import org.milex.model.Share;

/**
 * A generated feed of a million transactions in the published USAspending layout (297 columns, three split
 * files), read whole and asked every question; each answer is compared with totals the generator kept from the
 * numbers it wrote, not from the file.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContractTransactionsTest {
    static final int N = 1_000_000;

    UsaSpendingFeed.Expected expected;
    ContractTransactions feed;

    @BeforeAll
    void generateAndRead(@TempDir Path dir) throws Exception {
        expected = UsaSpendingFeed.generate(dir, N, 3, 20261130L);
        feed = ContractTransactions.read(dir);
    }

    static Money usd(BigDecimal v) {
        return Money.of(v, Currencies.USD, PriceBasis.current());
    }

    @Test
    void readsEveryTransactionAndRollsUpAwards() {
        assertThat(feed.size()).isEqualTo(N);
        assertThat(feed.awardCount()).isEqualTo(expected.awards);
        assertThat(feed.total()).isEqualTo(usd(expected.total));
        assertThat(expected.deobligations).isGreaterThan(10_000); // de-obligations are in the feed ...
        AwardTable awards = feed.awards();
        assertThat(awards.size()).isEqualTo(expected.awards);
        assertThat(awards.total()).contains(usd(expected.total)); // ... and sum with their sign
    }

    @Test
    void obligationsByComponentAndFiscalYear() {
        List<ComponentYearTotal> rows = feed.obligationsByComponentAndFiscalYear();
        assertThat(rows).hasSize(expected.byComponentYear.size());
        for (ComponentYearTotal r : rows) {
            String key = r.component() + "|" + r.fiscalYear();
            assertThat(r.obligated()).as(key).isEqualTo(usd(expected.byComponentYear.get(key)));
            assertThat(r.transactions()).as(key).isEqualTo(expected.countByComponentYear.get(key));
        }
        assertThat(rows).extracting(ComponentYearTotal::component).contains("Army", "Navy", "Air Force", "DLA", "MDA",
                "U.S. Coast Guard");
    }

    @Test
    void topRecipientsByParentForMissiles() {
        List<Map.Entry<String, BigDecimal>> want = expected.missilesByParent2022to2024.entrySet().stream()
                .sorted(Map.Entry.<String, BigDecimal>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(5).toList();
        List<RecipientTotal> got = feed.topRecipients(PscCategory.MISSILES, Year.of(2022), Year.of(2024), 5);
        assertThat(got).extracting(RecipientTotal::recipient).containsExactlyElementsOf(
                want.stream().map(Map.Entry::getKey).toList());
        assertThat(got).extracting(RecipientTotal::obligated).containsExactlyElementsOf(
                want.stream().map(e -> usd(e.getValue())).toList());
    }

    @Test
    void historyOfAnAward() {
        assertThat(expected.historyOf).isNotEmpty();
        expected.historyOf.forEach((key, values) -> {
            List<Transaction> h = feed.history(key);
            assertThat(h).extracting(Transaction::obligation).containsExactlyElementsOf(
                    values.stream().map(ContractTransactionsTest::usd).toList());
            assertThat(h.get(0).modificationNumber()).isEqualTo("0");
            assertThat(feed.award(key).orElseThrow().obligated())
                    .isEqualTo(usd(values.stream().reduce(BigDecimal.ZERO, BigDecimal::add)));
            assertThat(feed.awardsWithPiid(h.get(0).piid())).extracting(AwardSummary::awardKey).containsExactly(key);
        });
        assertThat(feed.history("CONT_AWD_NOSUCH_9700_-NONE-_-NONE-")).isEmpty();
    }

    @Test
    void transactionsAboveAThreshold() {
        List<Transaction> big = feed.atLeast(usd(new BigDecimal("10000000.00")));
        assertThat(big).hasSize(expected.atLeastTenMillion);
        assertThat(Money.total(big.stream().map(Transaction::obligation).toList()))
                .isEqualTo(usd(expected.atLeastTenMillionSum));
        assertThat(big).isSortedAccordingTo(Comparator.comparing(Transaction::obligation).reversed());
    }

    @Test
    void shareOfACategoryInAYear() {
        Share share = feed.share(PscCategory.AMMUNITION, Year.of(2024));
        assertThat(share).isEqualTo(Share.of(usd(expected.ammunitionByFy.get(2024)), usd(expected.allByFy.get(2024))));
        assertThat(share.toDouble()).isBetween(2.0, 20.0); // one PSC group in six picked for ammunition
    }
}
