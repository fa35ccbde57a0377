package org.milex.query;

import java.math.RoundingMode;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.milex.data.Dataset;
import org.milex.model.AllyGroup;
import org.milex.model.Edition;
import org.milex.model.Guideline;
import org.milex.model.PriceBasis;

/**
 * The burden-sharing report for one edition and year, as a value: compliance with each guideline that has a
 * published measure, the combined shares and real change of NATO and of NATO Europe and Canada, their totals,
 * the largest gaps to 2% of GDP in money, and the edition and graded sources. The command line's {@code report}
 * prints {@link #toString()}; JShell and notebooks get the same object.
 *
 * <pre>{@code
 * BurdenSharingReport r = BurdenSharingReport.of(Dataset.embedded());   // NATO-2024-06, 2024
 * r.guidelines().get(0).count();        // 23
 * r.largestGaps().get().get(0).code();  // "CAN"
 * }</pre>
 *
 * <p>Every part rests on NATO's published share of GDP, so the parts agree: an ally counted as meeting 2% has no
 * gap to 2%. A part the edition cannot answer (a partial edition without money figures) is a
 * {@link Part#unavailable()} reason, said once, never a zero. Notes of every part are kept. Immutable.
 */
public final class BurdenSharingReport {
    /** How many of the largest gaps the report lists. */
    public static final int GAPS_LISTED = 10;
    private static final int WIDTH = 110;
    private static final List<AllyGroup> GROUPS = List.of(AllyGroup.NATO, AllyGroup.EUROPE_CANADA);

    /**
     * A part of the report: its answer, or why the edition cannot give it.
     *
     * @param value the answer
     * @param unavailable {@code "not available in NATO-2025-08: …"} where there is no answer
     * @param <T> the answer's type
     */
    public record Part<T>(Optional<T> value, Optional<String> unavailable) {
        /** Validates that exactly one of the two is present. */
        public Part {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(unavailable, "unavailable");
            if (value.isPresent() == unavailable.isPresent()) {
                throw new IllegalArgumentException("a part has an answer or a reason, not both or neither");
            }
        }

        static <T> Part<T> of(Edition e, Supplier<T> question) {
            try {
                return new Part<>(Optional.of(question.get()), Optional.empty());
            } catch (IllegalArgumentException | IllegalStateException ex) {
                return unavailable(e, ex.getMessage());
            }
        }

        static <T> Part<T> unavailable(Edition e, String why) {
            String one = why.replaceAll("\\s*\\n\\s*", " ").strip();
            return new Part<>(Optional.empty(), Optional.of(one.startsWith("not available") ? one
                    : "not available in " + e.id() + ": " + one));
        }
    }

    private final Edition edition;
    private final Year year;
    private final List<Part<Compliance>> guidelines;
    private final Part<Rows<GroupShare>> groupShares;
    private final Part<Rows<RealChange>> realChange;
    private final List<Part<Rows<Total>>> totals;
    private final Part<Rows<Gap>> largestGaps;
    private final List<Source> sources;

    private BurdenSharingReport(Dataset data, Edition edition, Year year) {
        this.edition = edition;
        this.year = year;
        // Loops rather than streams on this path: each lambda costs its first run about 0.15 ms to link, even
        // from the class-data-sharing archive, and the report is the command line's most common answer.
        Query q = Query.of(data).edition(edition).year(year);
        List<Part<Compliance>> checks = new ArrayList<>();
        for (Guideline g : Guideline.all()) {
            if (g.measure().isPresent()) {
                checks.add(Part.of(edition, () -> q.compliance(g, Rounding.EXACT)));
            }
        }
        this.guidelines = List.copyOf(checks);
        this.groupShares = Part.of(edition, () -> {
            List<Rows<GroupShare>> parts = new ArrayList<>();
            for (AllyGroup g : GROUPS) {
                parts.add(q.group(g).groupSharesOrPublished());
            }
            return combine(parts, GroupShare.class, "defence expenditure as a share of GDP, " + year + mark());
        });
        this.realChange = Part.of(edition, () -> {
            List<Rows<RealChange>> parts = new ArrayList<>();
            for (AllyGroup g : GROUPS) {
                parts.add(q.group(g).realChange());
            }
            return combine(parts, RealChange.class, "annual real change of defence expenditure, " + year + mark()
                    + ", percent");
        });
        List<Part<Rows<Total>>> sums = new ArrayList<>();
        for (PriceBasis b : List.of(PriceBasis.current(), edition.constantPrices())) {
            sums.add(Part.of(edition, () -> {
                List<Rows<Total>> parts = new ArrayList<>();
                for (AllyGroup g : GROUPS) {
                    parts.add(q.group(g).groupTotals(b));
                }
                return combine(parts, Total.class, "Σ over the year's members, USD million, " + b);
            }));
        }
        this.totals = List.copyOf(sums);
        this.largestGaps = gaps(q.gaps(Guideline.twoPercentOfGdp().threshold(), PriceBasis.current()));
        this.sources = sources(data);
    }

    /** The report of {@code edition} for {@code year}. */
    public static BurdenSharingReport of(Dataset data, Edition edition, Year year) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(year, "year");
        if (!edition.covers(year)) {
            throw new IllegalArgumentException(edition + " covers " + edition.firstYear() + "-" + edition.lastYear()
                    + ", not " + year);
        }
        return new BurdenSharingReport(data, edition, year);
    }

    /** The report of the dataset's default edition (the newest complete one) for its last year. */
    public static BurdenSharingReport of(Dataset data) {
        Edition e = data.defaultEdition();
        return of(data, e, e.lastYear());
    }

    /** The parts' rows in order, and their notes, each once. */
    private static <R extends Record> Rows<R> combine(List<Rows<R>> parts, Class<R> type, String title) {
        List<R> rows = new ArrayList<>();
        Set<String> notes = new LinkedHashSet<>();
        for (Rows<R> part : parts) {
            rows.addAll(part.list());
            notes.addAll(part.notes());
        }
        return Rows.of(type, title, rows, List.copyOf(notes));
    }

    private Part<Rows<Gap>> gaps(Rows<Gap> all) {
        if (all.isEmpty()) {
            for (String n : all.notes()) {
                if (n.startsWith("not available")) {
                    return Part.unavailable(edition, n);
                }
            }
            return Part.unavailable(edition, "no gaps to list");
        }
        List<Gap> rows = new ArrayList<>();
        for (Gap g : all.list()) {
            if (g.gap().isPositive()) {
                rows.add(g);
            }
        }
        rows.sort(BurdenSharingReport::largestGapFirst);
        rows = rows.subList(0, Math.min(GAPS_LISTED, rows.size()));
        return new Part<>(Optional.of(Rows.of(Gap.class, "largest gaps to " + Guideline.twoPercentOfGdp().threshold()
                + " of GDP, " + year + mark() + ", USD million, current prices; gap = max(0, (2% − published share) × GDP)",
                rows, all.notes())), Optional.empty());
    }

    private List<Source> sources(Dataset data) {
        List<Source> out = new ArrayList<>(Source.graded("edition " + edition.id(), edition.source()));
        for (Part<Compliance> p : guidelines) {
            if (p.value().isPresent()) {
                Guideline g = p.value().get().guideline();
                out.addAll(Source.graded("guideline " + g.id(), g.source()));
            }
        }
        out.add(new Source("combined shares, totals, real change, gaps", "computed by milex from " + edition.id()
                + "'s published figures, formulas in each part's title and notes", Source.Grade.DERIVED));
        return List.copyOf(out);
    }

    /** The edition the figures come from. */
    public Edition edition() {
        return edition;
    }

    /** The year reported. */
    public Year year() {
        return year;
    }

    /** Compliance with each guideline NATO publishes a measure for (2%, 20% on equipment, 3.5%). */
    public List<Part<Compliance>> guidelines() {
        return guidelines;
    }

    /** The combined shares of GDP of NATO and of NATO Europe and Canada. */
    public Part<Rows<GroupShare>> groupShares() {
        return groupShares;
    }

    /** The real change of NATO's and Europe and Canada's expenditure: published and like for like. */
    public Part<Rows<RealChange>> realChange() {
        return realChange;
    }

    /** Σ expenditure and Σ GDP of the two groups, at current and at the edition's constant prices. */
    public List<Part<Rows<Total>>> totals() {
        return totals;
    }

    /** The {@value #GAPS_LISTED} largest gaps to 2% of GDP at current prices, with Σ of all gaps in the notes. */
    public Part<Rows<Gap>> largestGaps() {
        return largestGaps;
    }

    /** The sources, graded, primary ones first. */
    public List<Source> sources() {
        return sources;
    }

    private String mark() {
        return edition.isEstimate(year) ? "e" : "";
    }

    /** The report as the command line prints it: one section per part, estimates flagged with {@code e}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append("milex burden-sharing report: NATO allies' defence expenditure in ").append(year).append(mark()).append('\n');
        sb.append("Edition ").append(edition.id()).append(", ").append(edition.title()).append(", published ")
                .append(edition.published()).append(edition.cutoff().isPresent() ? ", data cut-off " + edition.cutoff().get() : "")
                .append('\n');
        if (!edition.estimateYears().isEmpty()) {
            StringJoiner years = new StringJoiner(", ");
            for (Year y : new TreeSet<>(edition.estimateYears())) {
                years.add(y.toString());
            }
            sb.append("e = estimate (").append(edition.id()).append(" marks ").append(years).append(" as estimates)\n");
        }
        section(sb, "1. Guidelines, " + year + mark() + ": members meeting each (published share ≥ threshold, exact values)");
        for (Part<Compliance> p : guidelines) {
            if (p.value().isEmpty()) {
                sb.append(p.unavailable().get()).append('\n');
                continue;
            }
            Compliance c = p.value().get();
            sb.append('\n').append(c.guideline()).append(": ").append(c.summary()).append('\n');
            if (!c.standings().isEmpty()) {
                sb.append(wrap("  meet (" + c.count() + "): ", list(c, Compliance.Status.MEETS)));
                sb.append(wrap("  below (" + c.notMeeting().size() + "): ", list(c, Compliance.Status.BELOW)));
            }
            for (String n : c.notes()) {
                sb.append("  note: ").append(n).append('\n');
            }
        }
        section(sb, "2. Groups, " + year + mark() + ": combined share of GDP and real change");
        part(sb, groupShares);
        sb.append('\n');
        part(sb, realChange);
        section(sb, "3. Totals, " + year + mark());
        boolean noTotals = true;
        for (Part<Rows<Total>> t : totals) {
            noTotals &= t.value().isEmpty();
        }
        if (noTotals) {
            part(sb, totals.get(0));
        } else {
            for (int i = 0; i < totals.size(); i++) {
                sb.append(i > 0 ? "\n" : "");
                part(sb, totals.get(i));
            }
        }
        section(sb, "4. Largest gaps to 2% of GDP, " + year + mark());
        part(sb, largestGaps);
        section(sb, "5. Sources");
        for (Source s : sources) {
            sb.append(s).append('\n');
        }
        return sb.toString().stripTrailing() + "\n";
    }

    private static void section(StringBuilder sb, String heading) {
        sb.append('\n').append(heading).append('\n');
    }

    private static void part(StringBuilder sb, Part<? extends Rows<?>> p) {
        sb.append(p.value().isPresent() ? p.value().get().toString() : p.unavailable().get()).append('\n');
    }

    /** {@code "POL 4.12e", "EST 3.43e", …}: the members with this status, largest value first; {@code "none"}. */
    private static List<String> list(Compliance c, Compliance.Status status) {
        List<Compliance.Standing> s = new ArrayList<>();
        for (Compliance.Standing x : c.standings()) {
            if (x.status() == status) {
                s.add(x);
            }
        }
        if (s.isEmpty()) {
            return List.of("none");
        }
        s.sort(BurdenSharingReport::largestValueFirst);
        List<String> out = new ArrayList<>();
        for (Compliance.Standing x : s) {
            out.add(x.code() + " " + x.value().orElseThrow().percent().setScale(2, RoundingMode.HALF_UP).toPlainString()
                    + (x.estimate() ? "e" : ""));
        }
        return out;
    }

    // The two orders are written out rather than made with Comparator.comparing(…).reversed().thenComparing(…),
    // whose serializable lambdas class-data sharing cannot archive (spun at run time on the report's first run).

    /** Largest gap first, then by code. */
    private static int largestGapFirst(Gap a, Gap b) {
        int c = b.gap().compareTo(a.gap());
        return c != 0 ? c : a.code().compareTo(b.code());
    }

    /** Largest value first, then by code. */
    private static int largestValueFirst(Compliance.Standing a, Compliance.Standing b) {
        int c = b.value().orElseThrow().compareTo(a.value().orElseThrow());
        return c != 0 ? c : a.code().compareTo(b.code());
    }

    /** {@code label} and the items separated by commas, wrapped to lines of at most 110 characters. */
    private static String wrap(String label, List<String> items) {
        StringBuilder out = new StringBuilder(label);
        String indent = " ".repeat(label.length());
        int lineStart = 0;
        for (int i = 0; i < items.size(); i++) {
            String item = items.get(i) + (i < items.size() - 1 ? "," : "");
            if (i > 0 && out.length() - lineStart + 1 + item.length() > WIDTH) {
                out.append('\n');
                lineStart = out.length();
                out.append(indent);
            } else if (i > 0) {
                out.append(' ');
            }
            out.append(item);
        }
        return out.append('\n').toString();
    }
}
