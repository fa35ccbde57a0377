package org.milex.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The records whose {@code equals} and {@code hashCode} are written out (the generated ones bootstrap method
 * handles on first use, which the command line's start-up pays for) keep a record's meaning: equal exactly when
 * every component is equal ({@link Objects#equals}), and equal values hash alike. Components are drawn from
 * small pools, so that equal and unequal pairs both occur often.
 */
class WrittenOutRecordMethodsTest {

    @Property(tries = 500)
    void priceBasesAreEqualAsRecords(@ForAll("bases") PriceBasis a, @ForAll("bases") PriceBasis b) {
        assertAgreesWithComponents((Record) a, (Record) b);
    }

    @Property(tries = 500)
    void moneyIsEqualAsRecords(@ForAll("money") Money a, @ForAll("money") Money b) {
        assertAgreesWithComponents(a, b);
    }

    @Property(tries = 500)
    void alliesAreEqualAsRecords(@ForAll("allies") Ally a, @ForAll("allies") Ally b) {
        assertAgreesWithComponents(a, b);
    }

    @Property(tries = 500)
    void editionsAreEqualAsRecords(@ForAll("editions") Edition a, @ForAll("editions") Edition b) {
        assertAgreesWithComponents(a, b);
    }

    @Test
    void currentPricesHashAsARecordWithoutComponents() {
        // a record without components: every instance is equal, and the generated hashCode is 0
        assertThat(new PriceBasis.Current()).isEqualTo(PriceBasis.current()).hasSameHashCodeAs(PriceBasis.current());
        assertThat(PriceBasis.current().hashCode()).isZero();
        assertThat(PriceBasis.current()).isNotEqualTo(PriceBasis.constant(2015)).isNotEqualTo(null);
    }

    @Provide
    Arbitrary<PriceBasis> bases() {
        return Arbitraries.oneOf(Arbitraries.of(PriceBasis.current(), new PriceBasis.Current()),
                Arbitraries.of(2015, 2021).map(PriceBasis::constant));
    }

    @Provide
    Arbitrary<Money> money() {
        return Combinators.combine(Arbitraries.of(new BigDecimal("1.5"), new BigDecimal("1.50"), new BigDecimal("2"),
                        BigDecimal.ZERO), Arbitraries.of(Currencies.USD, Currencies.EUR), bases())
                .as(Money::new);
    }

    @Provide
    Arbitrary<Ally> allies() {
        return Combinators.combine(Arbitraries.of("POL", "EST"), Arbitraries.of("Poland", "Estonia"),
                        Arbitraries.of(List.<String>of(), List.of("Polska")),
                        Arbitraries.of(LocalDate.of(1999, 3, 12), LocalDate.of(2004, 3, 29)),
                        Arbitraries.of(true, false), Arbitraries.of(true, false),
                        Arbitraries.of(Currency.getInstance("PLN"), Currencies.EUR))
                .as(Ally::new);
    }

    @Provide
    Arbitrary<Edition> editions() {
        Arbitrary<Optional<LocalDate>> cutoffs = Arbitraries.of(Optional.empty(), Optional.of(LocalDate.of(2024, 6, 12)));
        Arbitrary<Set<Year>> estimates = Arbitraries.of(Set.of(), Set.of(Year.of(2024)));
        return Combinators.combine(Arbitraries.of("NATO-2024-06", "NATO-2024-07"), Arbitraries.of("t1", "t2"),
                        Arbitraries.of(LocalDate.of(2024, 6, 17), LocalDate.of(2024, 6, 18)), cutoffs,
                        Arbitraries.of(2015, 2021).map(PriceBasis::constant), estimates,
                        Arbitraries.of(Edition.Coverage.COMPLETE, Edition.Coverage.PARTIAL),
                        Arbitraries.of(Edition.Definition.values()))
                .as((id, title, published, cutoff, prices, est, coverage, definition) -> new Edition(id, "NATO",
                        title, published, cutoff, prices, Year.of(2014), Year.of(2024), est, coverage, definition,
                        "src"));
    }

    /** {@code a.equals(b)} exactly when all components are equal; equal values have equal hash codes. */
    private static void assertAgreesWithComponents(Record a, Record b) {
        boolean componentsEqual = a.getClass() == b.getClass();
        if (componentsEqual) {
            for (RecordComponent c : a.getClass().getRecordComponents()) {
                componentsEqual &= Objects.equals(value(c, a), value(c, b));
            }
        }
        assertThat(a.equals(b)).as("%s equals %s", a, b).isEqualTo(componentsEqual);
        assertThat(b.equals(a)).as("%s equals %s", b, a).isEqualTo(componentsEqual);
        assertThat(a.equals(a)).isTrue();
        assertThat(a.equals(null)).isFalse();
        if (componentsEqual) {
            assertThat(a.hashCode()).as("hash of equal %s and %s", a, b).isEqualTo(b.hashCode());
        }
    }

    private static Object value(RecordComponent c, Record r) {
        try {
            c.getAccessor().setAccessible(true);
            return c.getAccessor().invoke(r);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
