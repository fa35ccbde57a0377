package org.milex.query;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.milex.model.Ally;
import org.milex.model.Currencies;
import org.milex.model.Edition;
import org.milex.model.Measure;
import org.milex.model.Money;
import org.milex.model.Observation;
import org.milex.model.PriceBasis;
import org.milex.model.Share;

/** The sums, ratios, means and medians of this package, in exact decimals; one place for each formula. */
final class Aggregates {
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private Aggregates() {
    }

    /** Σ EXPENDITURE_USD_CONSTANT / Σ REAL_GDP_USD_CONSTANT × 100; empty for no observations. */
    static Optional<Share> combinedShareOfGdp(List<Observation> obs) {
        if (obs.isEmpty()) {
            return Optional.empty();
        }
        PriceBasis constant = oneEdition(obs).constantPrices();
        Money gdp = totalGdp(obs, constant);
        if (gdp.isZero()) {
            throw new IllegalArgumentException("the members' real GDP sums to zero: no share of GDP");
        }
        return Optional.of(Share.of(totalExpenditure(obs, constant), gdp));
    }

    /** Σ defence expenditure in {@code basis}; allies without armed forces add nothing; zero for none. */
    static Money totalExpenditure(List<Observation> obs, PriceBasis basis) {
        check(obs);
        BigDecimal sum = BigDecimal.ZERO;     // every term is USD in this basis: summed exactly, made Money once
        for (Observation o : obs) {
            Optional<Money> e = o.expenditure(basis);
            if (e.isPresent()) {
                sum = sum.add(e.get().amount());
            } else if (((Ally) o.subject()).hasArmedForces()) {
                throw missing(o, basis.isCurrent() ? Measure.EXPENDITURE_USD_CURRENT : Measure.EXPENDITURE_USD_CONSTANT);
            }
        }
        return Money.of(sum, Currencies.USD, basis);
    }

    /** Σ GDP (current) or real GDP (constant) in {@code basis}; zero for none. */
    static Money totalGdp(List<Observation> obs, PriceBasis basis) {
        check(obs);
        BigDecimal sum = BigDecimal.ZERO;     // every term is USD in this basis: summed exactly, made Money once
        for (Observation o : obs) {
            Optional<Money> gdp = o.gdp(basis);
            if (gdp.isEmpty()) {
                throw missing(o, basis.isCurrent() ? Measure.GDP_USD_CURRENT : Measure.REAL_GDP_USD_CONSTANT);
            }
            sum = sum.add(gdp.get().amount());
        }
        return Money.of(sum, Currencies.USD, basis);
    }

    /** Arithmetic mean of the published shares of GDP; empty for none. */
    static Optional<Share> meanShareOfGdp(List<Observation> obs) {
        List<BigDecimal> s = shares(obs);
        if (s.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal x : s) {
            sum = sum.add(x);
        }
        return Optional.of(Share.ofPercent(sum.divide(BigDecimal.valueOf(s.size()), MathContext.DECIMAL128)));
    }

    /** Median of the published shares of GDP (mean of the middle two for an even count); empty for none. */
    static Optional<Share> medianShareOfGdp(List<Observation> obs) {
        List<BigDecimal> s = new ArrayList<>(shares(obs));
        if (s.isEmpty()) {
            return Optional.empty();
        }
        s.sort(null);
        int n = s.size();
        BigDecimal m = n % 2 == 1 ? s.get(n / 2)
                : s.get(n / 2 - 1).add(s.get(n / 2)).divide(TWO, MathContext.DECIMAL128);
        return Optional.of(Share.ofPercent(m));
    }

    private static List<BigDecimal> shares(List<Observation> obs) {
        check(obs);
        List<BigDecimal> out = new ArrayList<>();
        for (Observation o : obs) {
            Optional<Share> s = o.shareOfGdp();
            if (s.isPresent()) {
                out.add(s.get().percent());
            } else if (((Ally) o.subject()).hasArmedForces()) {
                throw missing(o, Measure.SHARE_OF_GDP);
            }
        }
        return out;
    }

    /** Allies only (a group's row would count its members twice), each ally and year once, one edition. */
    private static void check(List<Observation> obs) {
        if (obs.isEmpty()) {
            return;
        }
        oneEdition(obs);
        Set<Long> seen = new HashSet<>();
        for (Observation o : obs) {
            if (!(o.subject() instanceof Ally a)) {
                throw new IllegalArgumentException("the group row " + o.subject().code() + " " + o.year() + " of "
                        + o.edition() + " cannot be summed with allies' figures: collect the members' observations");
            }
            // an ally's code is three capital letters, whose String hash differs from every other such code's
            if (!seen.add((long) a.code().hashCode() << 32 | o.year().getValue())) {
                throw new IllegalArgumentException(o.subject().code() + " " + o.year()
                        + " appears twice: it would be counted twice");
            }
        }
    }

    private static Edition oneEdition(List<Observation> obs) {
        Edition e = obs.get(0).edition();
        for (Observation o : obs) {
            if (!o.edition().equals(e)) {
                throw new IllegalArgumentException("observations from two editions, " + e + " and " + o.edition()
                        + " (" + o.subject().code() + " " + o.year() + "): editions revise figures and may differ "
                        + "in price base, so milex does not sum across them");
            }
        }
        return e;
    }

    static IllegalArgumentException missing(Observation o, Measure m) {
        return new IllegalArgumentException(o.edition() + " publishes no " + m.column() + " for "
                + o.subject().code() + " " + o.year());
    }
}
