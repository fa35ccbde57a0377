// Twin of 04-the-hague-targets.ipynb (written from this file by scripts/jsh-to-ipynb.py), checked by
// JshellScriptsTest. Run it with ./jshell.sh notebooks/04-the-hague-targets.jsh.

// # Where each ally stands against The Hague's 3.5% and 5%
//
// **The question.** At The Hague in June 2025 the allies agreed to spend, by 2035, at least 3.5% of GDP on core
// defence and 5% of GDP in all (3.5% core plus up to 1.5% on defence- and security-related spending). From the
// newest complete edition you have (milex's own, or one you imported with `milex import`), where does each ally stand against each target, how much more would it have
// had to spend in the latest year, and what real growth of its spending a year would take it there by 2035?
//
// Money is in USD million at current prices of the latest year; the growth is the constant real growth a year from
// the latest published share, **assuming real GDP grows 1.5% a year** (an assumption, not a forecast: change
// `gdpGrowth`). Files are written under `../target/`.

import java.nio.file.*;
import java.time.*;
import java.util.*;
import java.util.stream.*;
import org.milex.model.*;
import org.milex.data.*;
import org.milex.query.*;
import org.milex.table.*;
import org.milex.chart.*;
var data = Dataset.installed();   // milex's editions plus those you imported
var target = Path.of(Files.exists(Path.of("pom.xml")) ? "target" : "../target");  // .jsh from the repository root, notebook from notebooks/
var core = Guideline.hagueCore();
var total = Guideline.hagueTotal();
var gdpGrowth = 1.5;
var current = PriceBasis.current();
System.out.println(core + ", " + total + ": agreed " + core.agreed() + " by " + core.body() + ", deadline " + core.deadline().orElseThrow());

// ## Which edition
//
// The edition is the newest one you have with every ally's figures (`defaultEdition()`: import NATO's newest
// workbook and this notebook uses it); newer editions held only in part are listed, not used, since a count over some allies says nothing about the others.

var edition = data.defaultEdition();
var latest = data.years(edition).last();
var newer = data.editions().stream().filter(e -> e.published().isAfter(edition.published())).toList();
System.out.println("edition: " + edition + ", " + edition.title() + ", published " + edition.published() + ", " + edition.coverage());
System.out.println("latest year: " + latest + (edition.isEstimate(latest) ? " (an estimate)" : ""));
System.out.println("what it measures: " + edition.definition());
newer.forEach(e -> System.out.println("newer, held " + e.coverage() + ": " + e + ", " + e.title() + " (" + e.definition() + ")"));

// ## Each ally against 3.5% and 5%
//
// `core` is the 3.5% target, `total` the 5% one. `gap` = max(0, (target − published share) / 100 × GDP), what the
// ally would have had to add in the latest year; `growth` = the constant real growth of defence spending a year from
// the latest share to the target in 2035 (zero when the target is met). Ordered by share, highest first; Iceland,
// which has no armed forces, has no figure.
//
// NATO publishes no figure for the up to 1.5% of defence- and security-related spending, so the gap to 5% compares
// defence expenditure alone with 5%: it is the gap of an ally that counts no related spending.

var selection = Query.of(data).edition(edition);
var inLatest = selection.year(latest);
var coreCompliance = inLatest.compliance(core);
coreCompliance.notes().forEach(n -> System.out.println("note: " + n));

record Standing(String code, String name, Share share, Money gapToCore, double growthToCorePct, Money gapToTotal, double growthToTotalPct) { }
Map<String, Gap> byCode(Share level) {
    return inLatest.gaps(level, current).stream().collect(Collectors.toMap(Gap::code, g -> g));
}
Map<String, GrowthPath> growthByCode(Guideline guideline) {
    return selection.growthToReach(guideline, gdpGrowth).stream().collect(Collectors.toMap(GrowthPath::code, p -> p));
}
var gaps35 = byCode(core.threshold());
var gaps5 = byCode(total.threshold());
var growth35 = growthByCode(core);
var growth5 = growthByCode(total);
var standings = gaps35.values().stream().map(g -> new Standing(g.code(), g.name(), g.share(), g.gap(), growth35.get(g.code()).requiredGrowthPct(),
        gaps5.get(g.code()).gap(), growth5.get(g.code()).requiredGrowthPct())).sorted(Comparator.comparing(Standing::share).reversed()).toList();
System.out.println("Allies against The Hague's targets, " + latest + (edition.isEstimate(latest) ? "e" : "") + ", " + edition
        + "; gaps in USD million at current prices, growth in % a year to 2035 with GDP growing " + gdpGrowth + "% a year");
System.out.println(TextTable.render(Standing.class, standings));

// ## The shares against 3.5%, with what is left out said on the chart

var shares = new TreeMap<String, Share>();
standings.forEach(s -> shares.put(s.name(), s.share()));
var withoutFigure = coreCompliance.withoutFigure().stream().map(Ally::name).toList();
var ranking = Charts.ranking(shares, core, withoutFigure).withTitle(
        "Defence expenditure as a share of GDP, " + latest + (edition.isEstimate(latest) ? "e" : "") + " (" + edition + "), against The Hague's 3.5%");
ranking.toPng(target.resolve("notebooks/04-ranking-3.5.png"));
ranking.toImage()

// ## The largest gaps to 5%, in money

var largest5 = new LinkedHashMap<String, Money>();
standings.stream().filter(s -> s.gapToTotal().isPositive()).sorted(Comparator.comparing(Standing::gapToTotal).reversed()).limit(12).forEach(
        s -> largest5.put(s.name(), s.gapToTotal()));
var gapChart = Charts.gapToTarget(largest5, total).withTitle(
        "Gap to 5% of GDP in " + latest + (edition.isEstimate(latest) ? "e" : "") + ", the 12 largest (USD million, current prices, " + edition + ")");
gapChart.toPng(target.resolve("notebooks/04-gap-to-5.png"));
gapChart.toImage()

// ## What the figures show
//
// Every number below is computed above; none is typed.

String pct(double v) { return String.format(Locale.ROOT, "%.1f", v); }
String bn(Money m) { return TextTable.grouped(m.millions().movePointLeft(3).setScale(1, java.math.RoundingMode.HALF_UP)); }
String names(List<Standing> rows) { return rows.stream().map(Standing::name).collect(Collectors.joining(", ")); }
var at35 = standings.stream().filter(s -> s.share().isAtLeast(core.threshold())).toList();
var at5 = standings.stream().filter(s -> s.share().isAtLeast(total.threshold())).toList();
var gapSum35 = Money.total(standings.stream().map(Standing::gapToCore).toList());
var gapSum5 = Money.total(standings.stream().map(Standing::gapToTotal).toList());
var biggest35 = standings.stream().max(Comparator.comparing(Standing::gapToCore)).orElseThrow();
var steepest35 = standings.stream().max(Comparator.comparingDouble(Standing::growthToCorePct)).orElseThrow();
var below35 = standings.stream().filter(s -> !s.share().isAtLeast(core.threshold())).map(Standing::growthToCorePct).sorted().toList();
var medianGrowth35 = below35.size() % 2 == 1 ? below35.get(below35.size() / 2) : (below35.get(below35.size() / 2 - 1) + below35.get(below35.size() / 2)) / 2;
var steepGrowthPct = 5.0;  // what this notebook calls steep growth
var over5PctAYear = below35.stream().filter(g -> g > steepGrowthPct).count();
var yearLabel = latest + (edition.isEstimate(latest) ? " (estimates)" : "");
System.out.println("In " + yearLabel + ", by " + edition + ", " + at35.size() + " of " + coreCompliance.members() + " allies were at or above " + core.threshold() + " of GDP ("
        + names(at35) + ") and " + at5.size() + " at or above " + total.threshold() + (at5.isEmpty() ? "" : " (" + names(at5) + ")") + "; no figure: " + String.join(", ", withoutFigure) + ".");
System.out.println("Bringing every ally below " + core.threshold() + " up to it would have taken USD " + bn(gapSum35) + " bn more in " + latest + ", at current prices; up to " + total.threshold() + ", USD "
        + bn(gapSum5) + " bn. The largest single gap to " + core.threshold() + ": " + biggest35.name() + ", USD " + bn(biggest35.gapToCore()) + " bn.");
System.out.println("With GDP growing " + gdpGrowth + "% a year, the " + below35.size() + " allies below " + core.threshold() + " need a median real growth of " + pct(medianGrowth35)
        + "% a year to reach it by " + core.deadline().orElseThrow() + "; " + over5PctAYear + " of them need more than " + pct(steepGrowthPct) + "% a year, " + steepest35.name()
        + " the most, " + pct(steepest35.growthToCorePct()) + "% a year.");
if (edition.definition() != Edition.Definition.CORE_DEFENCE_EXPENDITURE) {
    System.out.println("These are " + edition + "'s figures of defence expenditure (" + edition.definition()
            + "), not the core defence expenditure The Hague's " + core.threshold() + " is defined on: the gaps and growth to it are indicative, not the figures NATO will assess.");
}
