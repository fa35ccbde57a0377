package org.milex.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.milex.model.Ally;
import org.milex.model.Currencies;
import org.milex.model.Money;
import org.milex.model.MoneyMismatchException;
import org.milex.model.PriceBasis;
import org.milex.model.Share;

class ContractTest {

    private static Money usd(String millions) {
        return Money.ofMillions(millions, Currencies.USD, PriceBasis.current());
    }

    private static Money eur(String millions) {
        return Money.ofMillions(millions, Currencies.EUR, PriceBasis.current());
    }

    private static final String SOURCE = "https://example.org";

    private static Contract contract(List<Ally> buyers, String buyersNote, Amount value, Optional<Money> firm) {
        List<ContractValue> values = new java.util.ArrayList<>();
        values.add(new ContractValue(firm.isPresent() ? ValueKind.CEILING : ValueKind.FIRM, value, SOURCE));
        firm.ifPresent(f -> values.add(new ContractValue(ValueKind.FIRM, Amount.exact(f), SOURCE)));
        return contract(Contract.Kind.CONTRACT, buyers, buyersNote, values);
    }

    private static Contract contract(Contract.Kind kind, List<Ally> buyers, String buyersNote,
                                     List<ContractValue> values) {
        return new Contract("x", kind, "T", "NSPA", buyers, buyersNote, List.of(), "Stinger",
                Optional.empty(), values, Optional.empty(), List.of(), Set.of(), List.of(SOURCE), "");
    }

    private final Contract stinger = Contracts.embedded().get("stinger-2024").orElseThrow();

    @Test
    void shareOfTheBuyersEquipmentSpending() {
        // contracts-aid.md §1: Stinger ≈ USD 700 m; the spending is illustrative, chosen by the test:
        // 700 / 35000 × 100 = 2 %
        assertThat(stinger.shareOf(usd("35000"))).isEqualTo(Share.ofPercent("2"));
    }

    @Test
    void shareWantsTheSameCurrency() {
        assertThatThrownBy(() -> stinger.shareOf(eur("35000"))).isInstanceOf(MoneyMismatchException.class)
                .hasMessage("Currencies differ: USD/EUR");
        ExchangeRate eurUsd = ExchangeRate.of(Currencies.EUR, Currencies.USD, new BigDecimal("1.25"),
                LocalDate.parse("2024-07-09"), "test rate");
        // illustrative: EUR 28000 × 1.25 = USD 35000; 700 / 35000 = 2 %
        assertThat(stinger.shareOf(eurUsd.convert(eur("28000")))).isEqualTo(Share.ofPercent("2"));
    }

    @Test
    void shareAboveAHundredPercentIsAnError() {
        assertThatThrownBy(() -> stinger.shareOf(usd("350"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a share must lie between 0% and 100%, not 200%");
        assertThatThrownBy(() -> stinger.shareOf(usd("0"))).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void derivedFacts() {
        // contracts-aid.md §1: signed 2024-07-09 for DE/IT/NL
        assertThat(stinger.year()).contains(Year.of(2024));
        assertThat(stinger.isAward()).isTrue();
        assertThat(stinger.isSingleSource()).isFalse();
        assertThat(stinger.isBoughtBy(Ally.of("ITA"))).isTrue();
        assertThat(stinger.isBoughtBy(Ally.of("POL"))).isFalse();
        assertThat(stinger).hasToString("stinger-2024: NSPA Stinger, about USD 700 mn (current prices), 2024-07-09");
    }

    @Test
    void printsACeiling() {
        // contracts-aid.md §2: LBDM ≈ EUR 2.4 bn estimated ceilings
        assertThat(Contracts.embedded().get("lbdm-2023").orElseThrow())
                .hasToString("lbdm-2023: NSPA Land battle decisive munitions, ceiling about EUR 2400 mn (current prices), 2023-09-28");
    }

    @Test
    void listsAreImmutable() {
        assertThatThrownBy(() -> stinger.buyers().add(Ally.of("POL"))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> stinger.flags().add(SourceFlag.DERIVED)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void unnamedBuyersNeedANote() {
        assertThatThrownBy(() -> contract(List.of(), " ", Amount.exact(usd("1")), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no buyers named and no buyers note saying who they are");
        assertThat(contract(List.of(), "3 Allies, not named", Amount.exact(usd("1")), Optional.empty()).buyers())
                .isEmpty();
    }

    @Test
    void aBuyerIsNamedOnce() {
        assertThatThrownBy(() -> contract(List.of(Ally.of("DEU"), Ally.of("DEU")), "", Amount.exact(usd("1")),
                Optional.empty())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a buyer is named twice: [DEU Germany, DEU Germany]");
    }

    @Test
    void valueRules() {
        List<Ally> deu = List.of(Ally.of("DEU"));
        assertThatThrownBy(() -> contract(deu, "", Amount.exact(usd("-1")), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a contract's value is not negative: firm USD -1 mn (current prices) (https://example.org)");
        assertThatThrownBy(() -> contract(deu, "", Amount.exact(
                Money.ofMillions("1", Currencies.USD, PriceBasis.constant(2015))), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a contract's value is in current prices, not constant 2015 prices");
        assertThatThrownBy(() -> contract(deu, "", Amount.exact(eur("1000")), Optional.of(eur("2400"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the firm value EUR 2400 mn (current prices) is above the ceiling EUR 1000 mn (current prices)");
        assertThatThrownBy(() -> contract(deu, "", Amount.exact(eur("1000")), Optional.of(usd("1"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a contract's values are in one currency, not EUR and USD");
    }

    @Test
    void kindsOfValue() {
        List<Ally> deu = List.of(Ally.of("DEU"));
        ContractValue firm = new ContractValue(ValueKind.FIRM, Amount.exact(usd("1")), SOURCE);
        assertThatThrownBy(() -> contract(Contract.Kind.CONTRACT, deu, "", List.of(firm, firm)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("two firm values");
        assertThatThrownBy(() -> contract(Contract.Kind.CONTRACT, deu, "", List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("a contract has at least one value");
        assertThatThrownBy(() -> contract(Contract.Kind.FMS_NOTIFICATION, deu, "", List.of(firm)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("an FMS notification's values are approvals, not firm");
        Contract option = contract(Contract.Kind.CONTRACT, deu, "", List.of(
                new ContractValue(ValueKind.OPTION, Amount.exact(usd("5")), SOURCE), firm));
        assertThat(option.valueKind()).isEqualTo(ValueKind.OPTION);
        assertThat(option.value(ValueKind.FIRM)).contains(firm);
        assertThat(option.value(ValueKind.CEILING)).isEmpty();
        assertThat(option).hasToString("x: NSPA Stinger, option USD 5 mn (current prices), undated");
    }

    @ParameterizedTest
    @EnumSource(ValueKind.class)
    void valueKindTokensReadBack(ValueKind k) {
        assertThat(ValueKind.parse(k.token())).isEqualTo(k);
    }

    @ParameterizedTest
    @EnumSource(Contract.Kind.class)
    void kindTokensReadBack(Contract.Kind k) {
        assertThat(Contract.Kind.parse(k.token())).isEqualTo(k);
        assertThat(k.isAward()).isEqualTo(k != Contract.Kind.FMS_NOTIFICATION);
    }

    @Test
    void kindRejectsOtherTokens() {
        assertThatThrownBy(() -> Contract.Kind.parse("CONTRACT")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a contract kind: 'CONTRACT' (expected one of contract, framework, call-off, fms-notification)");
    }
}
