package org.milex.data;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.ToLongFunction;
import org.milex.DataFileException;
import org.milex.model.Ally;
import org.milex.model.AllyGroup;
import org.milex.model.Measure;
import org.milex.model.Observation;

/**
 * Checks a data file's group rows against its members' rows. Where a file holds, for one edition and year, a
 * group's published share of GDP and every member's constant-price expenditure and real GDP, the group's
 * share must equal Σ expenditure / Σ GDP × 100 over the members of that year (counted from their accession
 * year; an ally without armed forces, Iceland, adds its GDP and no expenditure), as NATO's own rows do to
 * about 1e-12. A published share rounded to {@code k} decimals may differ by half a unit of its last decimal.
 */
final class Consistency {
    /** Allowed difference in percentage points for a share published at full precision. */
    static final double FULL_PRECISION = 1e-9;

    private Consistency() {
    }

    /**
     * @throws DataFileException naming the file, the group and year, the published and recomputed shares
     */
    static void check(String file, List<Observation> observations, ToLongFunction<Observation> line) {
        Map<String, Observation> byKey = new HashMap<>();
        for (Observation o : observations) {
            byKey.put(key(o.edition().id(), o.subject().code(), o.year().getValue()), o);
        }
        for (Observation o : observations) {
            if (!(o.subject() instanceof AllyGroup group)) {
                continue;
            }
            OptionalDouble published = o.value(Measure.SHARE_OF_GDP);
            if (published.isEmpty()) {
                continue;
            }
            double spending = 0;
            double gdp = 0;
            boolean complete = true;
            int members = 0;
            for (Ally a : group.members(o.year())) {
                Observation m = byKey.get(key(o.edition().id(), a.code(), o.year().getValue()));
                OptionalDouble g = m == null ? OptionalDouble.empty() : m.value(Measure.REAL_GDP_USD_CONSTANT);
                OptionalDouble s = m == null ? OptionalDouble.empty() : m.value(Measure.EXPENDITURE_USD_CONSTANT);
                if (g.isEmpty() || (a.hasArmedForces() && s.isEmpty())) {
                    complete = false;
                    break;
                }
                gdp += g.getAsDouble();
                spending += s.orElse(0);
                members++;
            }
            if (!complete || members == 0 || gdp <= 0) {
                continue;
            }
            double recomputed = spending / gdp * 100;
            double p = published.getAsDouble();
            int decimals = Math.max(0, BigDecimal.valueOf(p).stripTrailingZeros().scale());
            double tolerance = Math.max(FULL_PRECISION, decimals >= 12 ? 0 : 0.5 * Math.pow(10, -decimals) + 1e-12);
            if (Math.abs(recomputed - p) > tolerance) {
                throw new DataFileException(file, line.applyAsLong(o), 0, Measure.SHARE_OF_GDP.column(), ObservationCsv.format(p),
                        group.code() + " " + o.year() + " (edition " + o.edition() + ") publishes a share of GDP of "
                                + ObservationCsv.format(p) + "%, but its " + members + " members' figures in the file give "
                                + String.format(java.util.Locale.ROOT, "%.6f", recomputed)
                                + "% (Σ expenditure_usd_constant_mn / Σ real_gdp_usd_constant_mn)");
            }
        }
    }

    private static String key(String edition, String code, int year) {
        return edition + "/" + code + "/" + year;
    }
}
