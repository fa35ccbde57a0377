package org.milex.claims;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.milex.claims.ClaimsCsv.Entry;
import org.milex.claims.ClaimsCsv.Kind;
import org.milex.data.Dataset;
import org.milex.model.Ally;
import org.milex.model.AllyGroup;
import org.milex.model.Currencies;
import org.milex.model.Edition;
import org.milex.model.Guideline;
import org.milex.model.Money;
import org.milex.model.Observation;
import org.milex.model.PriceBasis;
import org.milex.model.Share;
import org.milex.procurement.AidFigure;
import org.milex.procurement.AidFigures;
import org.milex.procurement.Contract;
import org.milex.procurement.Contracts;
import org.milex.procurement.ExchangeRate;
import org.milex.procurement.Qualifier;
import org.milex.procurement.ReportedDate;
import org.milex.query.Compliance;
import org.milex.query.EditionCount;
import org.milex.query.GroupShare;
import org.milex.query.PublishedValue;
import org.milex.query.Query;

/** Runs the check of each kind on the data given. Any question the data cannot answer gives CANNOT_CONFIRM. */
final class Checker {
    /** aid.csv: the Pentagon's total of 2 July 2024, against which AP's figure is checked. */
    static final String PENTAGON_US_AID = "us-security-assistance-pentagon-2024-07-02";
    /** aid.csv: Kiel's own figure nearest to AP's "≈ USD 50 bn from others". */
    static final String KIEL_EUROPE_MILITARY = "kiel-2024-02-29-europe-military";
    /** The claim's "since July 2023": NSPA's awards under the Defence Production Action Plan (Vilnius, July 2023). */
    private static final YearMonth SINCE_JULY_2023 = YearMonth.of(2023, 7);

    private final Dataset data;
    private final Contracts contracts;
    private final AidFigures aid;
    private final ExchangeRate eurToUsd;
    private final List<Entry> entries;

    Checker(Dataset data, Contracts contracts, AidFigures aid, ExchangeRate eurToUsd, List<Entry> entries) {
        this.data = data;
        this.contracts = contracts;
        this.aid = aid;
        this.eurToUsd = eurToUsd;
        this.entries = entries;
    }

    /** The figure labels a kind of check needs. */
    static List<String> requiredLabels(Kind kind) {
        return switch (kind) {
            case NSPA_UNTRACED, US_AID_CONSISTENCY, KIEL_CONVERSION -> List.of("total");
            case NSPA_SINCE_JULY_2023 -> List.of("total", "patriot", "ammunition");
            default -> List.of();
        };
    }

    ClaimCheck check(Entry e) {
        Claim c = e.claim();
        if (c.edition().isPresent() && !data.editions().contains(c.edition().get())) {
            return cannot(c, List.of(), "The data given hold no figures of " + c.edition().get()
                    + ", the edition the claim was made from (they hold " + data.editions() + "), so it cannot be checked.");
        }
        try {
            return switch (e.kind()) {
                case ALLIES_MEETING -> alliesMeeting(c);
                case GROUP_SHARE -> groupShare(c, (AllyGroup) e.subject().orElseThrow());
                case ALLY_SHARE -> allyShare(c, (Ally) e.subject().orElseThrow());
                case GROUP_SPENDING -> groupSpending(c);
                case NSPA_UNTRACED -> nspaUntraced(c);
                case NSPA_SINCE_JULY_2023 -> nspaSinceJuly2023(c);
                case US_AID_CONSISTENCY -> usAid(c);
                case KIEL_CONVERSION -> kiel(c);
            };
        } catch (IllegalArgumentException | IllegalStateException ex) {
            return cannot(c, List.of(), "The data given cannot answer it: " + ex.getMessage());
        }
    }

    // ------------------------------------------------------------------ NATO figures

    private ClaimCheck alliesMeeting(Claim c) {
        Edition ed = c.edition().orElseThrow();
        Guideline two = Guideline.twoPercentOfGdp();
        List<Comparison> decisive = new ArrayList<>();
        List<Comparison> context = new ArrayList<>();
        List<String> said = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (ClaimedFigure f : yearFigures(c)) {
            Year y = Year.parse(f.label());
            Compliance cp = Query.of(data).edition(ed).year(y).compliance(two);
            String when = y + (cp.isEstimate() ? "e" : "");
            List<String> missing = cp.withoutFigure().stream().filter(Ally::hasArmedForces).map(Ally::code).toList();
            int withFigures = cp.members() - cp.withoutFigure().size();
            if (!missing.isEmpty()) {
                context.add(new Comparison("allies at or above 2% in " + when + ", " + ed + ", " + withFigures + " of "
                        + cp.members() + " members with figures", f, BigDecimal.valueOf(cp.count()), false, shareSource(ed)));
                return cannot(c, context, ed + " as given lacks shares of GDP for " + missing.size() + " members in " + y
                        + " (" + String.join(", ", missing) + "), so the count of allies at 2% cannot be checked; "
                        + cp.count() + " of the " + withFigures + " with figures meet it.");
            }
            decisive.add(new Comparison("allies at or above 2% in " + when + ", " + ed, f, BigDecimal.valueOf(cp.count()),
                    true, shareSource(ed)));
            if (c.figures().stream().anyMatch(x -> x.label().equals("members"))) {
                decisive.add(new Comparison("members in " + y + " (joined by then)", c.figure("members"),
                        BigDecimal.valueOf(cp.members()), true, "data/allies.csv, accession dates"));
            }
            List<String> meeting = cp.meeting().stream().map(Ally::code).toList();
            String unarmed = cp.withoutFigure().stream().map(Ally::name).collect(Collectors.joining(", "));
            said.add(ed + " counts " + cp.count() + " of the " + cp.members() + " members of " + y
                    + " at or above 2% of GDP" + (cp.isEstimate() ? " (estimates)" : "")
                    + (meeting.size() <= 12 ? ": " + String.join(", ", meeting) : "") + "; " + cp.notMeeting().size()
                    + " are below" + (unarmed.isEmpty() ? "" : " and " + unarmed + ", without armed forces, has no figure")
                    + (f.isMetBy(BigDecimal.valueOf(cp.count())) ? "" : "; the claim says " + f.value().toPlainString()));
            for (EditionCount n : Query.of(data).year(y).complianceByEdition(two)) {
                long armed = cp.standings().stream().filter(x -> Ally.of(x.code()).hasArmedForces()).count();
                // another edition's count is shown when it lacks at most one member's figure (NATO-2025-04 lacks Croatia)
                if (n.edition().equals(ed.id()) || n.withFigures() < armed - 1) {
                    continue;
                }
                String partial = n.allFigures() ? "" : ", " + n.withFigures() + " of " + n.members() + " members with figures";
                context.add(new Comparison("allies at or above 2% in " + y + (n.estimate() ? "e" : "") + ", " + n.edition()
                        + partial, f, BigDecimal.valueOf(n.meeting()), false, shareSource(data.edition(n.edition()))));
                others.add(n.edition() + " " + n.meeting() + (n.allFigures() ? "" : " (" + n.withFigures() + " figures)"));
            }
        }
        List<Comparison> all = new ArrayList<>(decisive);
        all.addAll(context);
        String text = String.join(". ", said) + "."
                + (others.isEmpty() ? "" : " Other editions count " + String.join(", ", others) + ".");
        return judged(c, all, text);
    }

    private ClaimCheck groupShare(Claim c, AllyGroup g) {
        Edition ed = c.edition().orElseThrow();
        List<Comparison> decisive = new ArrayList<>();
        List<Comparison> context = new ArrayList<>();
        List<String> values = new ArrayList<>();
        List<String> later = new ArrayList<>();
        boolean recomputed = true;
        boolean sameAsRow = true;
        for (ClaimedFigure f : yearFigures(c)) {
            Year y = Year.parse(f.label());
            GroupShare gs = Query.of(data).edition(ed).year(y).group(g).groupSharesOrPublished().get(0);
            String when = y + (gs.estimate() ? "e" : "");
            if (gs.method() == GroupShare.Method.SUM_OVER_MEMBERS) {
                decisive.add(new Comparison(g.name() + " " + when + ", Σ expenditure / Σ real GDP over " + gs.members()
                        + " members, " + ed, f, gs.combined().percent(), true, ed + " TABLE2 and TABLE5, "
                        + ed.constantPrices()));
            } else {
                recomputed = false;
            }
            gs.published().ifPresent(p -> decisive.add(new Comparison(g.name() + " " + when + ", published row, " + ed,
                    f, p.percent(), true, ed + " TABLE3")));
            values.add(Layout.number(gs.combined().percent(), f) + "% in " + when);
            // Σ/Σ and NATO's row agree to rounding noise of the doubles in NATO's file (about 1e-15)
            if (gs.published().isPresent() && gs.published().get().percent().subtract(gs.combined().percent()).abs()
                    .compareTo(new BigDecimal("1e-9")) > 0) {
                sameAsRow = false;
            }
            for (PublishedValue pv : Query.of(data).group(g).year(y).acrossEditions()) {
                if (!pv.edition().equals(ed.id())) {
                    context.add(new Comparison(g.name() + " " + y + (pv.estimate() ? "e" : "") + ", published row, "
                            + pv.edition() + caveat(pv), f, BigDecimal.valueOf(pv.value()), false, pv.source()));
                    later.add(Share.ofPercent(pv.value()) + " in " + y + " (" + pv.edition() + caveat(pv) + ")");
                }
            }
        }
        List<Comparison> all = new ArrayList<>(decisive);
        all.addAll(context);
        String text = (recomputed ? "Recomputed from " + ed + " as Σ expenditure / Σ real GDP at " + ed.constantPrices()
                + " over the year's members, " : "In " + ed + "'s published group row, ") + g.name() + "'s share of GDP is "
                + String.join(" and ", values)
                + (recomputed ? (sameAsRow ? ", as NATO's published row has it" : "; NATO's published row differs") : "")
                + "." + (later.isEmpty() ? "" : " Other editions publish " + String.join(", ", later) + ".");
        return judged(c, all, text);
    }

    private ClaimCheck allyShare(Claim c, Ally ally) {
        Edition ed = c.edition().orElseThrow();
        List<Comparison> all = new ArrayList<>();
        List<String> values = new ArrayList<>();
        List<String> later = new ArrayList<>();
        for (ClaimedFigure f : yearFigures(c)) {
            Year y = Year.parse(f.label());
            Optional<Observation> o = data.find(ally, y, ed);
            Optional<Share> s = o.flatMap(Observation::shareOfGdp);
            if (s.isEmpty()) {
                return cannot(c, all, ed + " as given has no share of GDP for " + ally.name() + " in " + y
                        + ", so the claim cannot be checked.");
            }
            String when = y + (o.get().isEstimate() ? "e" : "");
            all.add(new Comparison(ally.name() + " " + when + ", " + ed, f, s.get().percent(), true,
                    o.get().source(org.milex.model.Measure.SHARE_OF_GDP)));
            values.add(Layout.number(s.get().percent(), f) + "% for " + when + " (" + s.get() + " as printed)");
            for (PublishedValue pv : Query.of(data).allies(ally.code()).year(y).acrossEditions()) {
                if (!pv.edition().equals(ed.id())) {
                    all.add(new Comparison(ally.name() + " " + y + (pv.estimate() ? "e" : "") + ", " + pv.edition()
                            + caveat(pv), f, BigDecimal.valueOf(pv.value()), false, pv.source()));
                    later.add(pv.edition() + caveat(pv) + " " + Share.ofPercent(pv.value()));
                }
            }
        }
        all.sort(Comparator.comparing(x -> !x.decisive()));
        String text = ed + " gives " + ally.name() + " " + String.join(", ", values) + "."
                + (later.isEmpty() ? "" : " Other editions revise it: " + String.join(", ", later)
                + "; the verdict judges the claim against the edition it was made from.");
        return judged(c, all, text);
    }

    private ClaimCheck groupSpending(Claim c) {
        Edition ed = c.edition().orElseThrow();
        List<ClaimedFigure> years = yearFigures(c);
        if (years.size() != 1) {
            throw new IllegalArgumentException("claim " + c.id() + ": a spending claim states one year's figure");
        }
        ClaimedFigure f = years.get(0);
        Year y = Year.parse(f.label());
        List<Comparison> candidates = new ArrayList<>();
        for (AllyGroup g : List.of(AllyGroup.EUROPE_CANADA, AllyGroup.EUROPEAN_ALLIES, AllyGroup.NATO)) {
            for (PriceBasis basis : List.of(PriceBasis.current(), ed.constantPrices())) {
                org.milex.query.Total t = Query.of(data).edition(ed).year(y).group(g).groupTotals(basis).get(0);
                candidates.add(new Comparison(g.name() + " " + y + (t.estimate() ? "e" : "") + ", " + basis, f,
                        billions(t.expenditure()), false, ed + " TABLE2, Σ over the year's members"));
            }
        }
        List<Comparison> fits = candidates.stream().filter(Comparison::agrees).toList();
        List<Comparison> decisive = fits.isEmpty() ? List.of(candidates.stream()
                .min(Comparator.comparing(x -> x.difference().abs())).orElseThrow()) : fits;
        List<Comparison> all = new ArrayList<>();
        decisive.forEach(x -> all.add(new Comparison(x.what(), x.claimed(), x.computed(), true, x.source())));
        candidates.stream().filter(x -> !decisive.contains(x)).forEach(all::add);
        String others = candidates.stream().filter(x -> !decisive.contains(x))
                .map(x -> x.what() + " " + usd(x.computed())).collect(Collectors.joining("; "));
        String text = (fits.isEmpty()
                ? "None of the " + candidates.size() + " readings tried fits " + f.amount() + "; the closest is "
                : "Of the " + candidates.size() + " readings tried, only ")
                + decisive.stream().map(x -> x.what() + " (" + usd(x.computed()) + ", " + ed + ")")
                        .collect(Collectors.joining(" and "))
                + (fits.isEmpty() ? "." : " fits " + f.amount() + ".") + " The others: " + others + "."
                + (fits.isEmpty() ? "" : " The source states neither scope nor price basis, so the match rests on that reading.");
        return judged(c, all, text);
    }

    // ------------------------------------------------------------------ contracts and aid

    private ClaimCheck nspaUntraced(Claim c) {
        ClaimedFigure f = c.figure("total");
        List<Comparison> all = new ArrayList<>();
        List<String> sums = new ArrayList<>();
        Contracts nspa = contracts.awards().ofAgency("NSPA");
        if (!nspa.isEmpty()) {
            org.milex.procurement.ConvertedTotal t = contracts.nspaAwardsInUsd(eurToUsd);
            all.add(new Comparison("all " + t.count() + " itemised NSPA awards, frameworks at their ceilings", f,
                    billions(t.money()), false, "contracts.csv: " + ids(nspa)));
            sums.add("the " + t.count() + " itemised NSPA awards add up to " + usd(billions(t.money()))
                    + " (frameworks at their ceilings)");
            Contracts y2024 = nspa.datedIn(Year.of(2024));
            if (!y2024.isEmpty()) {
                org.milex.procurement.ConvertedTotal t24 = y2024.nspaAwardsInUsd(eurToUsd);
                all.add(new Comparison("the " + t24.count() + " NSPA awards dated 2024", f, billions(t24.money()), false,
                        "contracts.csv: " + ids(y2024)));
                sums.add("the " + t24.count() + " dated 2024 to " + usd(billions(t24.money())));
            }
            // contracts-aid.md conflict 5 names these two sums as close to 6 but arithmetic only
            for (List<String> pair : List.of(List.of("patriot-gem-t-2024", "stinger-2024"),
                    List.of("patriot-gem-t-2024", "ammo-155mm-2024"))) {
                Contracts two = nspa.filter(x -> pair.contains(x.id()));
                if (two.size() == 2) {
                    org.milex.procurement.ConvertedTotal tp = two.total(Currencies.USD, eurToUsd);
                    String what = two.stream().map(Contract::system).collect(Collectors.joining(" + "));
                    all.add(new Comparison(what + ", arithmetic only, no source", f, billions(tp.money()), false,
                            "contracts.csv: " + ids(two)));
                    sums.add(what + " alone to " + usd(billions(tp.money())));
                }
            }
        }
        String nearest = entries.stream().filter(x -> x.kind() == Kind.NSPA_SINCE_JULY_2023).findFirst()
                .map(x -> " NATO's nearest official figure is " + x.claim().figure("total").amount()
                        + " since July 2023 (" + x.claim().claimant() + x.claim().said().map(d -> ", " + d).orElse("")
                        + "; claim " + x.claim().id() + ").").orElse("");
        String text = "No source consulted itemises the \"" + f.amount() + "\" (contracts-aid.md conflict 5), so milex cannot"
                + " confirm it. " + (sums.isEmpty() ? "The contracts given hold no NSPA awards."
                : "At " + eurToUsd + ", " + String.join("; ", sums) + "; none of these sums appears in a source.")
                + nearest;
        return cannot(c, all, text);
    }

    private ClaimCheck nspaSinceJuly2023(Claim c) {
        LocalDate said = c.said().orElseThrow(() -> new IllegalArgumentException("claim " + c.id()
                + " needs the day it was said, the end of its period"));
        Contracts chosen = contracts.awards().ofAgency("NSPA")
                .filter(x -> x.date().filter(d -> within(d, SINCE_JULY_2023, said)).isPresent());
        if (chosen.isEmpty()) {
            return cannot(c, List.of(), "The contracts given hold no NSPA award dated from " + SINCE_JULY_2023 + " to "
                    + said + ", so the claim cannot be checked.");
        }
        Contracts patriot = chosen.filter(x -> x.system().startsWith("Patriot"));
        Contracts ammunition = chosen.filter(x -> !x.system().startsWith("Patriot"));
        List<Comparison> all = new ArrayList<>();
        BigDecimal total = billions(chosen.total(Currencies.USD, eurToUsd).money());
        all.add(new Comparison("NSPA awards dated " + SINCE_JULY_2023 + " to " + said, c.figure("total"), total, true,
                "contracts.csv: " + ids(chosen)));
        BigDecimal p = billions(patriot.total(Currencies.USD, eurToUsd).money());
        all.add(new Comparison("of which Patriot", c.figure("patriot"), p, true, "contracts.csv: " + ids(patriot)));
        BigDecimal a = billions(ammunition.total(Currencies.USD, eurToUsd).money());
        all.add(new Comparison("of which ammunition", c.figure("ammunition"), a, true, "contracts.csv: " + ids(ammunition)));
        Contracts undated = contracts.awards().ofAgency("NSPA").undated();
        String text = "NSPA awards dated " + SINCE_JULY_2023 + " to " + said + " add up to " + usd(total) + " at "
                + eurToUsd + ": Patriot " + usd(p) + " and ammunition " + usd(a) + " ("
                + ammunition.stream().map(x -> x.system() + " " + x.value().money().currency() + " "
                        + x.value().money().millions().toPlainString() + " mn" + (x.valueIsCeiling() ? " (ceiling)" : ""))
                        .collect(Collectors.joining(", "))
                + "). NATO's own parts, " + c.figure("patriot").amount() + " and " + c.figure("ammunition").amount()
                + ", add up to " + c.figure("patriot").value().add(c.figure("ammunition").value()).toPlainString()
                + ", which it states as " + c.figure("total").amount() + "."
                + (undated.isEmpty() ? "" : " Awards no source dates are left out: " + ids(undated) + ".");
        return judged(c, all, text);
    }

    private ClaimCheck usAid(Claim c) {
        ClaimedFigure f = c.figure("total");
        Optional<AidFigure> pentagon = aid.get(PENTAGON_US_AID);
        if (pentagon.isEmpty()) {
            return cannot(c, List.of(), "The aid figures given lack the Pentagon's total (" + PENTAGON_US_AID
                    + "), so the claim cannot be checked against it.");
        }
        AidFigure p = pentagon.get();
        BigDecimal bn = billions(p.value().money());
        Comparison cmp = new Comparison(p.reportedBy() + p.reported().map(d -> ", " + d).orElse("") + ": " + stated(p),
                f, bn, true, "aid.csv: " + p.id());
        boolean bothLowerBounds = f.qualifier() == Qualifier.OVER && p.value().qualifier() == Qualifier.OVER;
        boolean laterOrSame = c.said().isPresent() && p.reported().map(d -> !d.month().isAfter(YearMonth.from(c.said().get())))
                .orElse(false);
        if (bothLowerBounds && laterOrSame && cmp.isNear()) {
            return new ClaimCheck(c, Verdict.SUPPORTED_WITH_CAVEAT, List.of(cmp), "\"" + stated(p) + "\" ("
                    + p.reportedBy() + p.reported().map(d -> ", " + d).orElse("") + ") is consistent with \""
                    + f.amount() + "\"" + c.said().map(d -> " on " + d).orElse("")
                    + ": both are lower bounds of a total that only grows, " + usd(cmp.difference().abs()) + " ("
                    + Layout.percent(cmp.relativeDifference().orElseThrow().abs()).replace("+", "") + ") apart. milex holds"
                    + " no itemised US aid to confirm either, and the claim's own source was not found"
                    + " (contracts-aid.md conflict 7).");
        }
        return judged(c, List.of(cmp), "The claim is compared with " + p.reportedBy() + "'s " + p.value() + ".");
    }

    private ClaimCheck kiel(Claim c) {
        ClaimedFigure f = c.figure("total");
        String why = "AP does not say which Kiel measure (commitments or allocations), which donors, which EUR/USD rate"
                + " or which cut-off it converted (contracts-aid.md conflict 8), so milex cannot confirm it.";
        Optional<AidFigure> k = aid.get(KIEL_EUROPE_MILITARY);
        if (k.isEmpty()) {
            return cannot(c, List.of(), why + " The aid figures given lack Kiel's own comparable figure ("
                    + KIEL_EUROPE_MILITARY + ").");
        }
        AidFigure kf = k.get();
        Money m = kf.value().money();
        Money usd = m.currency().equals(Currencies.EUR) ? eurToUsd.convert(m) : m;
        Comparison cmp = new Comparison(kf.donor().name() + ", " + kf.type().token() + " " + kf.measure().token()
                + kf.asOf().map(d -> " to " + d).orElse("") + ", " + kf.value() + " at EUR/USD "
                + eurToUsd.rate().toPlainString(), f, billions(usd), false, "aid.csv: " + kf.id());
        BigDecimal rel = cmp.relativeDifference().orElseThrow();
        return cannot(c, List.of(cmp), why + " Kiel's nearest own figure, " + kf.donor().name() + ", "
                + kf.type().token() + " " + kf.measure().token() + kf.asOf().map(d -> " to " + d).orElse("") + ", "
                + m.currency() + " " + m.millions().toPlainString() + " mn, is " + usd(cmp.computed()) + " at " + eurToUsd
                + ": " + Layout.percent(rel.abs()).replace("+", "") + (rel.signum() < 0 ? " below" : " above")
                + " the claim. The conversion is milex's, not Kiel's or AP's.");
    }

    // ------------------------------------------------------------------ helpers

    /** SUPPORTED (or WITH_CAVEAT where the claim needs a reading) if every decisive figure agrees; see {@link Verdict}. */
    private static ClaimCheck judged(Claim c, List<Comparison> all, String text) {
        List<Comparison> d = all.stream().filter(Comparison::decisive).toList();
        Verdict v;
        if (d.isEmpty()) {
            v = Verdict.CANNOT_CONFIRM;
        } else if (d.stream().allMatch(Comparison::agrees)) {
            v = c.reading().isPresent() ? Verdict.SUPPORTED_WITH_CAVEAT : Verdict.SUPPORTED;
        } else if (d.stream().allMatch(x -> x.agrees() || x.isNear())) {
            v = Verdict.APPROXIMATELY;
        } else {
            v = Verdict.NOT_SUPPORTED;
        }
        return new ClaimCheck(c, v, all, text);
    }

    private static ClaimCheck cannot(Claim c, List<Comparison> all, String text) {
        return new ClaimCheck(c, Verdict.CANNOT_CONFIRM, all, text);
    }

    private static List<ClaimedFigure> yearFigures(Claim c) {
        return c.figures().stream().filter(f -> f.label().matches("\\d{4}")).toList();
    }

    /** {@code "over USD 53.5 bn"}: an aid figure in US dollar billions as its source states it. */
    private static String stated(AidFigure a) {
        String q = a.value().qualifier().isExact() ? "" : a.value().qualifier().word() + " ";
        return q + a.value().money().currency() + " " + a.value().money().millions().movePointLeft(3).stripTrailingZeros()
                .toPlainString() + " bn";
    }

    /** {@code ", fragmentary, core defence expenditure"} for a value from an edition milex holds in part or defines differently. */
    private static String caveat(PublishedValue pv) {
        return (pv.coverage() == Edition.Coverage.COMPLETE ? "" : ", " + pv.coverage().name().toLowerCase(java.util.Locale.ROOT))
                + (pv.definition() == Edition.Definition.CORE_DEFENCE_EXPENDITURE ? ", core defence expenditure" : "");
    }

    private static String shareSource(Edition ed) {
        return ed.isComplete() ? ed + " TABLE3" : ed + " (" + ed.coverage() + "), per figure in nato/provenance.csv";
    }

    private static boolean within(ReportedDate d, YearMonth from, LocalDate to) {
        if (d.month().isBefore(from)) {
            return false;
        }
        return d.day().map(day -> !day.isAfter(to)).orElse(!d.month().isAfter(YearMonth.from(to)));
    }

    private static BigDecimal billions(Money m) {
        if (!m.currency().equals(Currencies.USD)) {
            throw new IllegalArgumentException("expected US dollars, not " + m);
        }
        return m.millions().movePointLeft(3);
    }

    private static String usd(BigDecimal billions) {
        return "USD " + Layout.number(billions, new ClaimedFigure("x", Qualifier.EXACT, BigDecimal.ONE,
                ClaimedFigure.Unit.USD_BN)) + " bn";
    }

    private static String ids(Contracts cs) {
        return cs.stream().map(Contract::id).collect(Collectors.joining(", "));
    }
}
