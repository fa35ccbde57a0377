package org.milex.sipri;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.util.Objects;
import java.util.Optional;
import org.milex.model.Ally;
import org.milex.model.Edition;
import org.milex.model.Share;

/**
 * An ally's military expenditure as a share of GDP in one year, as NATO published it in an edition and as
 * SIPRI publishes it in a release, and the difference in percentage points.
 *
 * <p>The two are different measures, so a difference is not an error in either: NATO reports defence
 * expenditure as its members' ministries of defence report it under NATO's definition, as a share of GDP at
 * constant prices ("share of real GDP", TABLE3), with the latest years estimates; SIPRI estimates military
 * expenditure from open sources under its own definition (for example including paramilitary forces it
 * judges trained and equipped for military operations, and pensions), as a share of GDP at current prices,
 * and revises its whole series with every release.
 *
 * <pre>{@code
 * db.compareShareOfGdp(Dataset.embedded(), Edition.parse("NATO-2024-06"), Ally.of("POL"), Year.of(2024));
 * // POL 2024: NATO-2024-06 4.12%, SIPRI-2025-04 4.15% (published), SIPRI - NATO +0.03 pp
 * }</pre>
 *
 * @param ally the ally
 * @param year the year
 * @param natoEdition the NATO edition
 * @param nato NATO's share of GDP in that edition; empty where it published none (Iceland)
 * @param sipriRelease the SIPRI release's identifier, e.g. {@code SIPRI-2025-04}
 * @param sipriStatus the status of SIPRI's cell ({@link SipriStatus#NOT_COVERED} if SIPRI does not list the ally)
 * @param sipri SIPRI's share of GDP, present exactly when {@code sipriStatus.hasValue()}
 */
public record ShareOfGdpComparison(Ally ally, Year year, Edition natoEdition, Optional<Share> nato,
                                   String sipriRelease, SipriStatus sipriStatus, Optional<Share> sipri) {

    /** Checks that SIPRI's share is present exactly when its status has a value. */
    public ShareOfGdpComparison {
        Objects.requireNonNull(ally, "ally");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(natoEdition, "natoEdition");
        Objects.requireNonNull(nato, "nato");
        Objects.requireNonNull(sipriRelease, "sipriRelease");
        Objects.requireNonNull(sipriStatus, "sipriStatus");
        Objects.requireNonNull(sipri, "sipri");
        if (sipri.isPresent() != sipriStatus.hasValue()) {
            throw new IllegalArgumentException(ally.code() + " " + year + ": a " + sipriStatus + " SIPRI cell "
                    + (sipriStatus.hasValue() ? "must have a share" : "has no share"));
        }
    }

    /**
     * SIPRI's share minus NATO's, in percentage points, exact ({@code sipri − nato}); positive when SIPRI's is
     * larger. Empty when either is absent.
     */
    public Optional<BigDecimal> difference() {
        return sipri.isPresent() && nato.isPresent()
                ? Optional.of(sipri.get().pointsAbove(nato.get())) : Optional.empty();
    }

    /** {@code "POL 2024: NATO-2024-06 4.12%, SIPRI-2025-04 4.15% (published), SIPRI - NATO +0.03 pp"}. */
    @Override
    public String toString() {
        String d = difference().map(x -> {
            BigDecimal r = x.setScale(2, RoundingMode.HALF_UP);
            return (r.signum() >= 0 ? "+" : "") + r.toPlainString() + " pp";
        }).orElse("n/a");
        return ally.code() + " " + year + ": " + natoEdition.id() + " " + nato.map(Share::toString).orElse("none")
                + ", " + sipriRelease + " " + sipri.map(Share::toString).orElse("none") + " (" + sipriStatus
                + "), SIPRI - NATO " + d;
    }
}
