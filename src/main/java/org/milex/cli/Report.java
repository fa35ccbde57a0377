package org.milex.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import org.milex.model.Edition;
import org.milex.model.PriceBasis;
import org.milex.query.BurdenSharingReport;
import org.milex.query.Compliance;
import org.milex.query.Rows;
import org.milex.query.Source;
import org.milex.query.Total;

/**
 * The burden-sharing report as one JSON object: the library's {@link BurdenSharingReport} rendered, with rows
 * keyed by the same column names as every command's CSV and JSON. The analysis is all in the library.
 */
final class Report {
    private Report() {
    }

    /**
     * Prints the report as one JSON object ({@link #json}). Here rather than in {@code ReportCommand}, whose
     * class then names no Jackson type: loading it does not load Jackson's node classes for the text report.
     */
    static void printJson(BurdenSharingReport r, PrintWriter out) {
        Output.print(json(r), out);
    }

    /** The report as one JSON object. */
    static ObjectNode json(BurdenSharingReport r) {
        Edition edition = r.edition();
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        root.put("report", "burden sharing");
        root.put("year", r.year().getValue());
        root.put("estimate", edition.isEstimate(r.year()));
        ObjectNode ed = root.putObject("edition");
        ed.put("edition", edition.id());
        ed.put("title", edition.title());
        ed.put("publisher", edition.publisher());
        ed.put("published", edition.published().toString());
        ed.put("cutoff", edition.cutoff().map(Object::toString).orElse(null));
        ed.put("price_base_year", ((PriceBasis.Constant) edition.constantPrices()).baseYear().getValue());
        ed.put("coverage", edition.coverage().name());
        ed.put("definition", edition.definition().name());
        ArrayNode gs = root.putArray("guidelines");
        for (BurdenSharingReport.Part<Compliance> p : r.guidelines()) {
            ObjectNode g = gs.addObject();
            if (p.value().isEmpty()) {
                g.put("unavailable", p.unavailable().get());
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
            g.put("summary", c.summary());
            g.put("rounding", Converters.word(c.rounding()));
            g.put("source", c.guideline().source());
            notes(g, "notes", c.notes());
            g.set("standings", Output.json(Answer.of(c.rows())));
        }
        put(root, "groups", r.groupShares());
        put(root, "real_change", r.realChange());
        ArrayNode ts = root.putArray("totals");
        for (BurdenSharingReport.Part<Rows<Total>> t : r.totals()) {
            if (t.value().isPresent()) {
                Output.json(Answer.of(t.value().get())).forEach(ts::add);
            } else {
                ts.addObject().put("unavailable", t.unavailable().get());
            }
        }
        put(root, "largest_gaps", r.largestGaps());
        ArrayNode sources = root.putArray("sources");
        for (Source s : r.sources()) {
            ObjectNode o = sources.addObject();
            o.put("label", s.label());
            o.put("citation", s.citation());
            o.put("grade", s.grade().name());
        }
        return root;
    }

    private static <R extends Record> void put(ObjectNode root, String name, BurdenSharingReport.Part<Rows<R>> p) {
        if (p.value().isPresent()) {
            root.set(name, Output.json(Answer.of(p.value().get())));
            notes(root, name + "_notes", p.value().get().notes());
        } else {
            root.putObject(name).put("unavailable", p.unavailable().get());
        }
    }

    private static void notes(ObjectNode o, String name, List<String> notes) {
        ArrayNode a = o.putArray(name);
        notes.forEach(a::add);
    }
}
