package org.milex.query;

import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;
import org.milex.model.Ally;
import org.milex.model.Edition;
import org.milex.model.Guideline;
import org.milex.model.Measure;
import org.milex.model.Share;

/**
 * Which allies met a guideline in one year according to one edition, with an honest denominator.
 *
 * <ul>
 * <li>The denominator is every ally that was a member that year (joined during or before it): 30 in
 *     2022, 31 in 2023, 32 in 2024.
 * <li>An ally meets the guideline when its published value of the guideline's measure is at or above the
 *     threshold: {@code value ≥ threshold} on the exact value ({@link Rounding#EXACT}), or on the value
 *     rounded to NATO's two printed decimals ({@link Rounding#AS_PRINTED}).
 * <li>A member without a figure (Iceland, which has no armed forces, or an ally a partial edition lacks) is
 *     listed in {@link #withoutFigure()}: neither meeting nor below.
 * <li>Estimates ({@code 2024e}) are flagged per ally and for the year.
 * </ul>
 *
 * <pre>{@code
 * Compliance c = Query.of(data).year(2024).compliance(Guideline.twoPercentOfGdp());
 * c.count();          // 23
 * c.members();        // 32
 * c.notMeeting();     // [BEL Belgium, CAN Canada, HRV Croatia, ITA Italy, LUX Luxembourg, PRT Portugal, ...]
 * c.withoutFigure();  // [ISL Iceland]
 * }</pre>
 *
 * Immutable.
 */
public final class Compliance {

    /** Where an ally stands against the guideline. */
    public enum Status {
        /** Its figure is at or above the threshold. */
        MEETS,
        /** Its figure is below the threshold. */
        BELOW,
        /** The edition has no figure for it. */
        NO_FIGURE
    }

    /**
     * One member's standing.
     *
     * @param code ally code
     * @param name ally name
     * @param year the year
     * @param value the published value (exact), empty without a figure
     * @param status meets, below, or no figure
     * @param estimate whether the figure is an estimate
     * @param caveat on every row where the edition's figure measures other expenditure than the guideline is
     *     defined on ({@link Guideline#definitionNote(Edition)}), e.g. defence expenditure against The Hague's
     *     3.5% of core defence expenditure; empty where they agree
     */
    public record Standing(String code, String name, Year year, Optional<Share> value, Status status,
                           boolean estimate, Optional<String> caveat) {
        /** Validates the parts: a value exactly when there is a figure. */
        public Standing {
            Checks.notNull("code", code, "name", name, "year", year, "value", value, "status", status,
                    "caveat", caveat);
            if (value.isEmpty() != (status == Status.NO_FIGURE)) {
                throw new IllegalArgumentException(code + " " + year + ": status " + status + " with value " + value);
            }
        }
    }

    private final Guideline guideline;
    private final Edition edition;
    private final Year year;
    private final Rounding rounding;
    private final List<Standing> standings;
    private final List<String> notes;

    Compliance(Guideline guideline, Edition edition, Year year, Rounding rounding, List<Standing> standings,
               List<String> moreNotes) {
        this.guideline = Objects.requireNonNull(guideline, "guideline");
        this.edition = Objects.requireNonNull(edition, "edition");
        this.year = Objects.requireNonNull(year, "year");
        this.rounding = Objects.requireNonNull(rounding, "rounding");
        this.standings = List.copyOf(standings);
        List<String> n = new ArrayList<>(notes(guideline, edition, rounding));
        n.addAll(moreNotes);
        this.notes = List.copyOf(n);
    }

    static Measure measureOf(Guideline g) {
        if (g.measure().isEmpty()) {
            throw new IllegalArgumentException("guideline " + g.id()
                    + " has no published measure to check (NATO publishes no figure for it); compare shares of GDP "
                    + "with Query.gaps(" + g.threshold() + ", basis) instead");
        }
        return g.measure().get();
    }

    static List<String> notes(Guideline g, Edition e, Rounding r) {
        List<String> n = new ArrayList<>();
        Optional<String> definition = g.definitionNote(e);
        if (definition.isPresent()) {
            n.add(definition.get());
        }
        if (r == Rounding.AS_PRINTED) {
            n.add("values compared as printed, rounded half-up to two decimals");
        }
        if (!e.isComplete()) {
            n.add(e + " is " + e.coverage() + " in milex: members without a figure are listed, not counted");
        }
        return List.copyOf(n);
    }

    /** The guideline checked. */
    public Guideline guideline() {
        return guideline;
    }

    /** The edition whose figures were checked. */
    public Edition edition() {
        return edition;
    }

    /** What the edition's expenditure figures measure. */
    public Edition.Definition definition() {
        return edition.definition();
    }

    /**
     * Whether the edition measures core defence expenditure, the basis of The Hague's 3.5% (only NATO's
     * tables from 2026 do); if not, a 3.5% check compares NATO's broader defence expenditure.
     */
    public boolean isCoreDefinition() {
        return edition.definition() == Edition.Definition.CORE_DEFENCE_EXPENDITURE;
    }

    /** The year. */
    public Year year() {
        return year;
    }

    /** Whether the edition marks the year as an estimate. */
    public boolean isEstimate() {
        return edition.isEstimate(year);
    }

    /** How values were compared with the threshold. */
    public Rounding rounding() {
        return rounding;
    }

    /** One standing per member that year, by code. */
    public List<Standing> standings() {
        return standings;
    }

    /** How many members meet the guideline. */
    public int count() {
        return meeting().size();
    }

    /** The denominator: how many allies were members that year, those without a figure included. */
    public int members() {
        return standings.size();
    }

    /** The members that meet the guideline. */
    public List<Ally> meeting() {
        return with(Status.MEETS);
    }

    /** The members whose figure is below the threshold. */
    public List<Ally> notMeeting() {
        return with(Status.BELOW);
    }

    /** The members the edition has no figure for (Iceland: no armed forces); neither meeting nor below. */
    public List<Ally> withoutFigure() {
        return with(Status.NO_FIGURE);
    }

    /** The standings as rows, for printing or a table. */
    public Rows<Standing> rows() {
        return Rows.of(Standing.class, headline(), standings, notes);
    }

    /** The standings as a Tablesaw table, the same as {@code rows().toTable()}. */
    public tech.tablesaw.api.Table toTable() {
        return rows().toTable();
    }

    /** Caveats: definition, rounding, coverage, allies of a selection that were not yet members. */
    public List<String> notes() {
        return notes;
    }

    private List<Ally> with(Status s) {      // a loop, not a stream: linked lambdas cost the report's first run
        List<Ally> out = new ArrayList<>();
        for (Standing x : standings) {
            if (x.status() == s) {
                out.add(Ally.of(x.code()));
            }
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * {@code "… 23 of 32 allies meet it, 8 below; no figure: ISL Iceland"}; where members with armed forces lack
     * a figure (a partial edition), {@code "… 23 of 23 allies with a figure meet it, 0 below; 9 without: …"}.
     */
    String headline() {
        return guideline + " in " + year + (isEstimate() ? "e" : "") + ", " + edition + " ("
                + edition.definition().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ", "
                + rounding.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + "): " + summary();
    }

    /**
     * The count with its honest denominator: {@code "23 of 32 allies meet it, 8 below; no figure: ISL Iceland"},
     * or, where members with armed forces lack a figure, {@code "23 of 23 allies with a figure meet it, 0 below;
     * 9 without: …"}; {@code "no members in 2023"} for a selection of allies that were not yet members.
     */
    public String summary() {
        List<Ally> no = withoutFigure();
        if (standings.isEmpty()) {
            return "no members in " + year + " to count";
        }
        StringJoiner names = new StringJoiner(", ");
        boolean partial = false;
        for (Ally a : no) {
            names.add(no.size() <= 3 ? a.toString() : a.code());
            partial |= a.hasArmedForces();
        }
        if (partial) {
            int with = members() - no.size();
            return count() + " of " + with + " allies with a figure meet it, " + notMeeting().size() + " below; "
                    + no.size() + " of " + members() + " members without a figure: " + names;
        }
        return count() + " of " + members() + " allies meet it, " + notMeeting().size() + " below"
                + (no.isEmpty() ? "" : "; no figure: " + names);
    }

    /** The headline ({@code "… 23 of 32 allies meet it, 8 below; no figure: ISL Iceland"}) and one row per member. */
    @Override
    public String toString() {
        return rows().toString();
    }
}
