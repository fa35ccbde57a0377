package org.milex.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.RoundingMode;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.milex.data.Dataset;
import org.milex.model.AllyGroup;
import org.milex.model.Edition;
import org.milex.model.Guideline;
import org.milex.model.PriceBasis;
import org.milex.query.Compliance;
import org.milex.query.Gap;
import org.milex.query.GroupShare;
import org.milex.query.Query;
import org.milex.query.Rounding;
import org.milex.query.Rows;
import org.milex.query.Total;

/**
 * The burden-sharing report for one edition and year, gathered from the query API: compliance with each
 * guideline that has a published measure, the combined shares of NATO and of NATO Europe and Canada, their
 * totals, the largest gaps to 2% of GDP in money, and the edition and sources the figures rest on. A part
 * the edition's figures cannot answer (a partial edition without money figures) is reported as unavailable,
 * with the reason, instead of failing the report.
 */
final class Report {
    /** How many of the largest gaps the report lists. */
    static final int GAPS_LISTED = 10;
    /** The width lists of allies are wrapped to. */
    static final int WIDTH = 110;
    static final List<AllyGroup> GROUPS = List.of(AllyGroup.NATO, AllyGroup.EUROPE_CANADA);

    /** A part of the report: its answer, or why the edition cannot give it. */
    record Part<T>(Optional<T> value, String unavailable) {
        static <T> Part<T> of(Supplier<T> question) {
            try {
                return new Part<>(Optional.of(question.get()), "");
            } catch (IllegalArgumentException | IllegalStateException e) {
                return new Part<>(Optional.empty(), Questions.oneLine(e.getMessage()));
            }
        }
    }

    final Edition edition;
    final Year year;
    final List<Part<Compliance>> guidelines;
    final Part<Answer<GroupShare>> groups;
    final List<Part<Answer<Total>>> totals;
    final Part<Rows<Gap>> gaps;

    Report(Dataset data, Edition edition, Year year) {
        this.edition = edition;
        this.year = year;
        Query q = Query.of(data).edition(edition).year(year);
        this.guidelines = Guideline.all().stream().filter(g -> g.measure().isPresent())
                .map(g -> Part.of(() -> q.compliance(g, Rounding.EXACT))).toList();
        this.groups = Part.of(() -> {
            List<Rows<GroupShare>> rows = GROUPS.stream().map(g -> q.group(g).groupSharesOrPublished()).toList();
            return new Answer<>(GroupShare.class, "defence expenditure as a share of GDP, " + year + mark(), rows.stream()
                    .flatMap(r -> r.list().stream()).toList(), rows.get(0).notes());
        });
        this.totals = List.of(PriceBasis.current(), edition.constantPrices()).stream().map(b -> Part.of(() -> {
            List<Total> rows = GROUPS.stream().flatMap(g -> q.group(g).groupTotals(b).list().stream()).toList();
            return new Answer<>(Total.class, "Σ over the year's members, USD million, " + b, rows, List.of());
        })).toList();
        this.gaps = Part.of(() -> q.gaps(Guideline.twoPercentOfGdp().threshold(), PriceBasis.current()));
    }

    /** {@code "e"} if the edition marks the year as an estimate. */
    String mark() {
        return edition.isEstimate(year) ? "e" : "";
    }

    /** The largest positive gaps, largest first. */
    Answer<Gap> largestGaps(Rows<Gap> all) {
        List<Gap> rows = all.stream().filter(g -> g.gap().isPositive())
                .sorted(Comparator.comparing(Gap::gap).reversed()).limit(GAPS_LISTED).toList();
        return new Answer<>(Gap.class, "largest gaps to " + Guideline.twoPercentOfGdp().threshold() + " of GDP, "
                + year + mark() + ", USD million, current prices; gap = max(0, 2% × GDP − expenditure)", rows,
                all.notes().stream().filter(n -> n.startsWith("Σ")).toList());
    }

    // ------------------------------------------------------------------------------------------- text

    /** The report as readable text: one section per part, estimates flagged with {@code e}. */
    String text() {
        StringBuilder sb = new StringBuilder();
        sb.append("milex burden-sharing report: NATO allies' defence expenditure in ").append(year).append(mark()).append('\n');
        sb.append("Edition ").append(edition.id()).append(", ").append(edition.title()).append(", published ")
                .append(edition.published()).append(edition.cutoff().map(d -> ", data cut-off " + d).orElse("")).append('\n');
        if (!edition.estimateYears().isEmpty()) {
            sb.append("e = estimate (").append(edition.id()).append(" marks ").append(edition.estimateYears().stream()
                    .sorted().map(Year::toString).collect(Collectors.joining(", "))).append(" as estimates)\n");
        }
        section(sb, "1. Guidelines, " + year + mark() + ": members meeting each (value ≥ threshold, exact published values)");
        for (Part<Compliance> p : guidelines) {
            if (p.value().isEmpty()) {
                sb.append("not available: ").append(p.unavailable()).append('\n');
                continue;
            }
            Compliance c = p.value().get();
            sb.append('\n').append(c.guideline()).append(": ").append(c.count()).append(" of ").append(c.members())
                    .append(" allies meet it, ").append(c.notMeeting().size()).append(" below");
            if (!c.withoutFigure().isEmpty()) {
                sb.append(", ").append(c.withoutFigure().size()).append(" without a figure");
            }
            sb.append('\n');
            sb.append(wrap("  meet (" + c.count() + "): ", list(c, Compliance.Status.MEETS)));
            sb.append(wrap("  below (" + c.notMeeting().size() + "): ", list(c, Compliance.Status.BELOW)));
            if (!c.withoutFigure().isEmpty()) {
                sb.append(wrap("  no figure: ", c.withoutFigure().stream().map(Object::toString)
                        .collect(Collectors.joining(", "))));
            }
            c.notes().forEach(n -> sb.append("  note: ").append(n).append('\n'));
        }
        section(sb, "2. Groups, " + year + mark() + ": combined share of GDP");
        part(sb, groups);
        section(sb, "3. Totals, " + year + mark());
        for (int i = 0; i < totals.size(); i++) {
            sb.append(i > 0 ? "\n" : "");
            part(sb, totals.get(i));
        }
        section(sb, "4. Largest gaps to 2% of GDP, " + year + mark());
        part(sb, new Part<>(gaps.value().map(this::largestGaps), gaps.unavailable()));
        section(sb, "5. Sources");
        List<String[]> sources = sources();
        int w = sources.stream().mapToInt(kv -> kv[0].length()).max().orElse(0) + 1;
        for (String[] kv : sources) {
            sb.append(kv[0]).append(':').append(" ".repeat(w - kv[0].length())).append(kv[1]).append('\n');
        }
        return sb.toString().stripTrailing() + "\n";
    }

    private static void section(StringBuilder sb, String heading) {
        sb.append('\n').append(heading).append('\n');
    }

    private static void part(StringBuilder sb, Part<? extends Answer<?>> p) {
        if (p.value().isPresent()) {
            sb.append(p.value().get()).append('\n');
        } else {
            sb.append("not available: ").append(p.unavailable()).append('\n');
        }
    }

    /** {@code "POL 4.12e, EST 3.43e, …"}: the members with this status, largest value first. */
    private static String list(Compliance c, Compliance.Status status) {
        List<Compliance.Standing> s = c.standings().stream().filter(x -> x.status() == status)
                .sorted(Comparator.comparing((Compliance.Standing x) -> x.value().orElseThrow()).reversed()
                        .thenComparing(Compliance.Standing::code)).toList();
        if (s.isEmpty()) {
            return "none";
        }
        return s.stream().map(x -> x.code() + " " + x.value().orElseThrow().percent()
                .setScale(2, RoundingMode.HALF_UP).toPlainString() + (x.estimate() ? "e" : ""))
                .collect(Collectors.joining(", "));
    }

    /** {@code label} and {@code text}, the text wrapped at commas to lines of at most {@value #WIDTH} characters. */
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

    /** What the figures rest on, as label and text. */
    List<String[]> sources() {
        List<String[]> out = new ArrayList<>();
        out.add(new String[] {"edition", edition.id() + ", " + edition.title() + " (" + edition.publisher() + ")"});
        out.add(new String[] {"published", edition.published() + edition.cutoff().map(d -> ", data cut-off " + d).orElse("")});
        out.add(new String[] {"prices", "US dollars, current prices and " + edition.constantPrices()});
        out.add(new String[] {"coverage", edition.coverage() + ", " + edition.definition()});
        out.add(new String[] {"source", edition.source()});
        for (Part<Compliance> p : guidelines) {
            p.value().ifPresent(c -> out.add(new String[] {"guideline " + c.guideline().id(), c.guideline().source()}));
        }
        return out;
    }

    // ------------------------------------------------------------------------------------------- json

    /** The report as one JSON object, rows keyed by the same column names as every command's CSV and JSON. */
    ObjectNode json() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        root.put("report", "burden sharing");
        root.put("year", year.getValue());
        root.put("estimate", edition.isEstimate(year));
        ObjectNode ed = root.putObject("edition");
        ed.put("edition", edition.id());
        ed.put("title", edition.title());
        ed.put("publisher", edition.publisher());
        ed.put("published", edition.published().toString());
        ed.put("cutoff", edition.cutoff().map(Object::toString).orElse(null));
        ed.put("price_base_year", ((PriceBasis.Constant) edition.constantPrices()).baseYear().getValue());
        ed.put("coverage", edition.coverage().name());
        ed.put("definition", edition.definition().name());
        ed.put("source", edition.source());
        ArrayNode gs = root.putArray("guidelines");
        for (Part<Compliance> p : guidelines) {
            ObjectNode g = gs.addObject();
            if (p.value().isEmpty()) {
                g.put("unavailable", p.unavailable());
                continue;
            }
            Compliance c = p.value().get();
            g.put("guideline", c.guideline().id());
            g.put("name", c.guideline().name());
            g.put("threshold_pct", c.guideline().threshold().percent());
            g.put("meeting", c.count());
            g.put("below", c.notMeeting().size());
            g.put("without_figure", c.withoutFigure().size());
            g.put("members", c.members());
            g.put("rounding", Converters.word(c.rounding()));
            g.put("source", c.guideline().source());
            notes(g, c.notes());
            g.set("standings", Output.json(Answer.of(c.rows())));
        }
        put(root, "groups", groups);
        ArrayNode ts = root.putArray("totals");
        for (Part<Answer<Total>> t : totals) {
            if (t.value().isPresent()) {
                Output.json(t.value().get()).forEach(ts::add);
            } else {
                ts.addObject().put("unavailable", t.unavailable());
            }
        }
        put(root, "largest_gaps", new Part<>(gaps.value().map(this::largestGaps), gaps.unavailable()));
        return root;
    }

    private static void put(ObjectNode root, String name, Part<? extends Answer<?>> p) {
        if (p.value().isPresent()) {
            root.set(name, Output.json(p.value().get()));
            notes(root, name + "_notes", p.value().get().notes());
        } else {
            root.putObject(name).put("unavailable", p.unavailable());
        }
    }

    private static void notes(ObjectNode o, List<String> notes) {
        notes(o, "notes", notes);
    }

    private static void notes(ObjectNode o, String name, List<String> notes) {
        ArrayNode a = o.putArray(name);
        notes.forEach(a::add);
    }
}
