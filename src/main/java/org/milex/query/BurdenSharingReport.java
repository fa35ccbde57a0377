package org.milex.query;

import java.math.RoundingMode;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.milex.data.Dataset;
import org.milex.model.AllyGroup;
import org.milex.model.Edition;
import org.milex.model.Guideline;
import org.milex.model.PriceBasis;
import org.milex.model.Share;

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
        Query q = Query.of(data).edition(edition).year(year);
        this.guidelines = Guideline.all().stream().filter(g -> g.measure().isPresent())
                .map(g -> Part.of(edition, () -> q.compliance(g, Rounding.EXACT))).toList();
        this.groupShares = Part.of(edition, () -> combine(GROUPS.stream().map(g -> q.group(g).groupSharesOrPublished())
                .toList(), GroupShare.class, "defence expenditure as a share of GDP, " + year + mark()));
        this.realChange = Part.of(edition, () -> combine(GROUPS.stream().map(g -> q.group(g).realChange()).toList(),
                RealChange.class, "annual real change of defence expenditure, " + year + mark() + ", percent"));
        this.totals = List.of(PriceBasis.current(), edition.constantPrices()).stream().map(b -> Part.of(edition,
                () -> combine(GROUPS.stream().map(g -> q.group(g).groupTotals(b)).toList(), Total.class,
                        "Σ over the year's members, USD million, " + b))).toList();
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

    private static <R extends Record> Rows<R> combine(List<Rows<R>> parts, Class<R> type, String title) {
        List<R> rows = parts.stream().flatMap(Rows::stream).toList();
        List<String> notes = parts.stream().flatMap(r -> r.notes().stream()).distinct().toList();
        return Rows.of(type, title, rows, notes);
    }

    private Part<Rows<Gap>> gaps(Rows<Gap> all) {
        if (all.isEmpty()) {
            return Part.unavailable(edition, all.notes().stream().filter(n -> n.startsWith("not available"))
                    .findFirst().orElse("no gaps to list"));
        }
        List<Gap> rows = all.stream().filter(g -> g.gap().isPositive())
                .sorted(Comparator.comparing(Gap::gap).reversed().thenComparing(Gap::code)).limit(GAPS_LISTED).toList();
        return new Part<>(Optional.of(Rows.of(Gap.class, "largest gaps to " + Guideline.twoPercentOfGdp().threshold()
                + " of GDP, " + year + mark() + ", USD million, current prices; gap = max(0, (2% − published share) × GDP)",
                rows, all.notes())), Optional.empty());
    }

    private List<Source> sources(Dataset data) {
        List<Source> out = new ArrayList<>(Source.graded("edition " + edition.id(), edition.source()));
        for (Part<Compliance> p : guidelines) {
            p.value().ifPresent(c -> out.addAll(Source.graded("guideline " + c.guideline().id(), c.guideline().source())));
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
                .append(edition.published()).append(edition.cutoff().map(d -> ", data cut-off " + d).orElse("")).append('\n');
        if (!edition.estimateYears().isEmpty()) {
            sb.append("e = estimate (").append(edition.id()).append(" marks ").append(edition.estimateYears().stream()
                    .sorted().map(Year::toString).collect(Collectors.joining(", "))).append(" as estimates)\n");
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
            c.notes().forEach(n -> sb.append("  note: ").append(n).append('\n'));
        }
        section(sb, "2. Groups, " + year + mark() + ": combined share of GDP and real change");
        part(sb, groupShares);
        sb.append('\n');
        part(sb, realChange);
        section(sb, "3. Totals, " + year + mark());
        if (totals.stream().allMatch(t -> t.value().isEmpty())) {
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
        sb.append(p.value().map(Rows::toString).orElseGet(() -> p.unavailable().get())).append('\n');
    }

    /** {@code "POL 4.12e, EST 3.43e, …"}: the members with this status, largest value first. */
    private static String list(Compliance c, Compliance.Status status) {
        List<Compliance.Standing> s = c.standings().stream().filter(x -> x.status() == status)
                .sorted(Comparator.comparing((Compliance.Standing x) -> x.value().orElseThrow()).reversed()
                        .thenComparing(Compliance.Standing::code)).toList();
        if (s.isEmpty()) {
            return "none";
        }
        return s.stream().map(x -> x.code() + " " + x.value().map(Share::percent).orElseThrow()
                .setScale(2, RoundingMode.HALF_UP).toPlainString() + (x.estimate() ? "e" : ""))
                .collect(Collectors.joining(", "));
    }

    /** {@code label} and {@code text}, wrapped at commas to lines of at most 110 characters. */
    private static String wrap(String label, String text) {
        StringBuilder out = new StringBuilder(label);
        String indent = " ".repeat(label.length());
        int lineStart = 0;
        String[] items = text.split(", ");
        for (int i = 0; i < items.length; i++) {
            String item = items[i] + (i < items.length - 1 ? "," : "");
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
