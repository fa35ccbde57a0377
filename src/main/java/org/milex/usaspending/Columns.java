package org.milex.usaspending;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.Map;
import java.util.Optional;
import org.milex.internal.BytesDictionary;
import org.milex.internal.Codes;
import org.milex.model.Currencies;
import org.milex.model.Money;
import org.milex.model.PriceBasis;

/** The kept columns of a feed, one entry per transaction, with the dictionaries their codes point into. */
final class Columns {
    final int size;
    final int[] award;
    /** The day of each transaction, less {@code minDay}: 2 bytes a row while the days span 65,535 or fewer. */
    final Codes dayOffset;
    final long[] cents;
    final Codes mod;
    final Codes recipient;
    final Codes component;
    final Codes psc;
    final Codes naics;

    final BytesDictionary awardKeys;
    /** The PIID of an award whose key does not hold it (see {@link #piid(int)}). */
    final Map<Integer, String> otherPiids;
    final BytesDictionary mods;
    final TupleIndex recipients;
    final BytesDictionary names;
    final BytesDictionary ueis;
    final BytesDictionary parents;
    final BytesDictionary countries;
    final TupleIndex agencyPairs;
    final BytesDictionary agencies;
    final BytesDictionary subAgencies;
    final String[] componentNames;
    final BytesDictionary pscs;
    final PscCategory[] categoryOfPsc;
    final BytesDictionary naicsCodes;

    /** The first day held; {@code fyOfDay[d - minDay]} is the fiscal year of day d, less {@code minFy}. */
    final int minDay;
    final short[] fyOfDay;
    final int minFy;
    final int fiscalYears;

    Columns(int size, int[] award, int[] day, long[] cents, Codes mod, Codes recipient, Codes component, Codes psc,
            Codes naics, BytesDictionary awardKeys, Map<Integer, String> otherPiids, BytesDictionary mods,
            TupleIndex recipients, BytesDictionary names, BytesDictionary ueis, BytesDictionary parents,
            BytesDictionary countries, TupleIndex agencyPairs, BytesDictionary agencies, BytesDictionary subAgencies,
            String[] componentNames, BytesDictionary pscs, PscCategory[] categoryOfPsc, BytesDictionary naicsCodes) {
        this.size = size;
        this.award = award;
        this.cents = cents;
        this.mod = mod;
        this.recipient = recipient;
        this.component = component;
        this.psc = psc;
        this.naics = naics;
        this.awardKeys = awardKeys;
        this.otherPiids = Map.copyOf(otherPiids);
        this.mods = mods;
        this.recipients = recipients;
        this.names = names;
        this.ueis = ueis;
        this.parents = parents;
        this.countries = countries;
        this.agencyPairs = agencyPairs;
        this.agencies = agencies;
        this.subAgencies = subAgencies;
        this.componentNames = componentNames;
        this.pscs = pscs;
        this.categoryOfPsc = categoryOfPsc;
        this.naicsCodes = naicsCodes;
        int lo = Integer.MAX_VALUE;
        int hi = Integer.MIN_VALUE;
        for (int i = 0; i < size; i++) {
            lo = Math.min(lo, day[i]);
            hi = Math.max(hi, day[i]);
        }
        if (size == 0) {
            lo = 0;
            hi = -1;
        }
        minDay = lo;
        fyOfDay = new short[hi - lo + 1];
        minFy = size == 0 ? 0 : Transaction.fiscalYearOf(LocalDate.ofEpochDay(lo)).getValue();
        fiscalYears = size == 0 ? 0 : Transaction.fiscalYearOf(LocalDate.ofEpochDay(hi)).getValue() - minFy + 1;
        LocalDate d = LocalDate.ofEpochDay(lo);
        for (int k = 0; k < fyOfDay.length; k++, d = d.plusDays(1)) {
            fyOfDay[k] = (short) (Transaction.fiscalYearOf(d).getValue() - minFy);
        }
        dayOffset = new Codes(Math.max(1, size));
        for (int i = 0; i < size; i++) {
            dayOffset.add(day[i] - lo);
        }
    }

    /** Bytes held by the columns and dictionaries (not counting the JVM's object headers). */
    long bytesHeld() {
        return 4L * award.length + dayOffset.bytesHeld() + 8L * cents.length + mod.bytesHeld() + recipient.bytesHeld()
                + component.bytesHeld() + psc.bytesHeld() + naics.bytesHeld() + awardKeys.bytesHeld()
                + fyOfDay.length * 2L;
    }

    static Money usd(long cents) {
        return Money.of(BigDecimal.valueOf(cents, 2), Currencies.USD, PriceBasis.current());
    }

    static Money usd(BigDecimal dollars) {
        return Money.of(dollars, Currencies.USD, PriceBasis.current());
    }

    String piid(int awardCode) {
        String p = otherPiids.get(awardCode);
        return p != null ? p : new PiidOf(awardKeys).of(awardCode);
    }

    /** The PIID an award key spells: {@code CONT_AWD_<piid>_…}. */
    record PiidOf(BytesDictionary awardKeys) {
        String of(int awardCode) {
            String key = awardKeys.get(awardCode);
            int from = TransactionReader.KEY_PREFIX_LENGTH;
            return key.substring(from, key.indexOf('_', from));
        }
    }

    int fiscalYearIndex(int row) {
        return fyOfDay[dayOffset.get(row)];
    }

    /** The epoch day of a transaction. */
    int day(int row) {
        return minDay + dayOffset.get(row);
    }

    PscCategory category(int row) {
        return categoryOfPsc[psc.get(row)];
    }

    /** The name that top recipients are grouped by: the parent's where given, else the recipient's own. */
    String parentOrName(int recipientCode) {
        int p = recipients.part(recipientCode, 2);
        return parents.byteLength(p) > 0 ? parents.get(p) : names.get(recipients.part(recipientCode, 0));
    }

    Transaction transaction(int r) {
        int rc = recipient.get(r);
        int pair = component.get(r);
        LocalDate date = LocalDate.ofEpochDay(day(r));
        return new Transaction(awardKeys.get(award[r]), piid(award[r]), mods.get(mod.get(r)), date,
                Year.of(minFy + fiscalYearIndex(r)), usd(cents[r]), agencies.get(agencyPairs.part(pair, 0)),
                subAgencies.get(agencyPairs.part(pair, 1)), componentNames[pair], names.get(recipients.part(rc, 0)),
                optional(ueis, recipients.part(rc, 1)), optional(parents, recipients.part(rc, 2)),
                pscs.get(psc.get(r)), category(r), optional(naicsCodes, naics.get(r)),
                optional(countries, recipients.part(rc, 3)));
    }

    private static Optional<String> optional(BytesDictionary d, int code) {
        return d.byteLength(code) == 0 ? Optional.empty() : Optional.of(d.get(code));
    }
}
