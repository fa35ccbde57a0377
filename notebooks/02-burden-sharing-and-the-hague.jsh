// Twin of 02-burden-sharing-and-the-hague.ipynb (written from this file by scripts/jsh-to-ipynb.py), checked by
// JshellScriptsTest. Run it with ./jshell.sh notebooks/02-burden-sharing-and-the-hague.jsh.

// # Burden sharing, and the gap to The Hague's target
//
// **The question.** Who carries how much of the alliance's defence spending, compared with its weight in the
// alliance's economy; and how far, in money and in growth, are the allies from the targets agreed at The Hague in
// June 2025: 3.5% of GDP on core defence by 2035 (5% with defence-related spending)? Figures: NATO's June 2024
// edition, 2024 estimates. Notebook 04 puts every ally against both targets.
//
// One caveat throughout: NATO's 2024 tables measure *defence expenditure* (NATO's definition), not the *core defence
// expenditure* The Hague's 3.5% is defined on; milex says so in its notes.

import java.nio.file.*;
import java.time.*;
import java.util.*;
import java.util.stream.*;
import org.milex.model.*;
import org.milex.data.*;
import org.milex.query.*;
import org.milex.stats.*;
import org.milex.table.*;
import org.milex.chart.*;
var data = Dataset.embedded();
var target = Path.of(Files.exists(Path.of("pom.xml")) ? "target" : "../target");  // .jsh from the repository root, notebook from notebooks/
var edition = data.defaultEdition();
var y2024 = Query.of(data).year(2024);
var current = PriceBasis.current();

// ## The groups' combined shares in 2024
//
// Σ spending / Σ GDP over each group's members: NATO as a whole, NATO Europe and Canada (NATO's own row), and the
// European allies alone (no NATO row; milex computes it the same way).

for (var group : AllyGroup.all()) {
    System.out.println(y2024.group(group).groupShares());
}

// ## Burden sharing: each ally's part of the spending beside its part of the GDP
//
// `difference` is the share of NATO's spending minus the share of NATO's GDP, in percentage points: positive for
// an ally that carries more than its economic weight.

var burden = y2024.burdenSharing(current);
var heaviest = burden.stream().sorted(Comparator.comparing(BurdenShare::difference).reversed()).toList();
System.out.println(burden.title());
System.out.println(TextTable.render(BurdenShare.class, heaviest.subList(0, 5)));
System.out.println("...");
System.out.println(TextTable.render(BurdenShare.class, heaviest.subList(heaviest.size() - 5, heaviest.size())));

// ## Gaps in money: 2%, 3.5% and 5% of GDP
//
// For each target, what the allies below it would have had to add in 2024 (Σ of each ally's own gap), and the
// collective gap of NATO Europe and Canada and of NATO ((target − combined share) × Σ GDP, the combined share at constant prices as in NATO's rows), in USD million at current
// prices. The collective gap is smaller where some allies spend above the target.

record TargetGap(Share target, Money alliesBelow, Money europeCanada, Money nato) { }
var targetGaps = new ArrayList<TargetGap>();
for (var share : List.of(Share.ofPercent("2"), Share.ofPercent("3.5"), Share.ofPercent("5"))) {
    var allies = Money.total(y2024.gaps(share, current).stream().map(Gap::gap).toList());
    var europeCanada = y2024.group(AllyGroup.EUROPE_CANADA).groupGaps(share, current).get(0).gap();
    var nato = y2024.group(AllyGroup.NATO).groupGaps(share, current).get(0).gap();
    targetGaps.add(new TargetGap(share, allies, europeCanada, nato));
}
System.out.println(TextTable.render(TargetGap.class, targetGaps));

// The allies' gaps to 3.5% in 2024, largest first:

var hague = Guideline.hagueCore();
var gaps35 = new LinkedHashMap<String, Money>();
y2024.gaps(hague.threshold(), current).stream().filter(g -> g.gap().isPositive()).sorted(
        Comparator.comparing(Gap::gap).reversed()).limit(12).forEach(g -> gaps35.put(g.name(), g.gap()));
var gapChart = Charts.gapToTarget(gaps35, hague).withTitle("Gap to 3.5% of GDP in 2024e, the 12 largest (USD million, current prices)");
gapChart.toPng(target.resolve("notebooks/02-gap-to-3.5.png"));
gapChart.toSvg(target.resolve("notebooks/02-gap-to-3.5.svg"));
gapChart.toImage()

// ## The growth needed for 3.5% by 2035
//
// The constant real growth of defence spending a year each ally needs, from its 2024 figures, to reach 3.5% of GDP
// in 2035, **assuming real GDP grows 1.5% a year** (an assumption, not a forecast; change `gdpGrowth` to see how
// much it matters). Constant 2015 prices.

var gdpGrowth = 1.5;
var growth = Query.of(data).growthToReach(hague, gdpGrowth);
var steepest = growth.stream().sorted(Comparator.comparingDouble(GrowthPath::requiredGrowthPct).reversed()).toList();
System.out.println(growth.title());
System.out.println(TextTable.render(GrowthPath.class, steepest.subList(0, 8)));
growth.notes().forEach(n -> System.out.println("note: " + n));

// ## Poland's trend
//
// A straight line through Poland's shares 2014–2024 (least squares, `org.milex.stats`), and whether it
// reaches 3.5% and 5%: at or above since a year of the figures, in a year if the line continues, or not on a falling line. A trend is a summary of the past, not a forecast.

var poland = Ally.of("POL");
var trend = Trends.shareOfGdp(data, poland, edition);
System.out.println(trend);
System.out.println("3.5%: " + Trends.yearReaching(data, poland, edition, hague.threshold())
        + ", 5%: " + Trends.yearReaching(data, poland, edition, Share.ofPercent("5")));

var published = new TreeMap<Year, Share>();
Query.of(data).allies("POL").figures().forEach(f -> published.put(f.year(), Share.ofPercent(f.value())));
var fitted = new TreeMap<Year, Share>();
for (int y = 2014; y <= 2030; y++) {
    fitted.put(Year.of(y), Share.ofPercent(trend.valueIn(Year.of(y))));
}
var trendChart = Charts.shareOverTime(List.of(Series.of("Poland, published", published), Series.of("Poland, linear trend", fitted)), hague).withTitle(
        "Poland: defence expenditure as a share of GDP and its 2014-2024 trend (" + edition + ")");
trendChart.toPng(target.resolve("notebooks/02-poland-trend.png"));
trendChart.toImage()

// ## What the figures show
//
// Every number below is computed above; none is typed.

var natoShare = y2024.group(AllyGroup.NATO).groupShares().get(0);
var europeCanadaShare = y2024.group(AllyGroup.EUROPE_CANADA).groupShares().get(0);
var most = heaviest.get(0);
var least = heaviest.get(heaviest.size() - 1);
var gapTo2 = targetGaps.get(0);
var gapTo35 = targetGaps.get(1);
var steepestPath = steepest.get(0);
System.out.println("In 2024 (estimates) NATO as a whole spent " + natoShare.combined() + " of its GDP on defence, NATO Europe and Canada " + europeCanadaShare.combined() + ".");
System.out.println("Most above its economic weight: " + most.name() + ", " + most.ofGroupExpenditure() + " of NATO's defence spending with " + most.ofGroupGdp() + " of its GDP ("
        + String.format(Locale.ROOT, "%+.2f", most.difference()) + " points); most below it: " + least.name() + ", " + least.ofGroupExpenditure() + " with " + least.ofGroupGdp() + " ("
        + String.format(Locale.ROOT, "%+.2f", least.difference()) + " points).");
System.out.println("The allies below " + gapTo2.target() + " would have had to add USD " + TextTable.millions(gapTo2.alliesBelow()) + " mn in 2024 to reach it, those below "
        + gapTo35.target() + " USD " + TextTable.millions(gapTo35.alliesBelow()) + " mn; NATO Europe and Canada's collective gap to " + gapTo35.target() + " was USD "
        + TextTable.millions(gapTo35.europeCanada()) + " mn.");
System.out.println("With GDP growing " + gdpGrowth + "% a year, " + steepestPath.name() + " needs the steepest real growth to reach " + hague.threshold() + " by " + hague.deadline().orElseThrow() + ": "
        + String.format(Locale.ROOT, "%.1f", steepestPath.requiredGrowthPct()) + "% a year.");
System.out.println("Poland's 2014-2024 line: " + Trends.yearReaching(data, poland, edition, hague.threshold()) + "; " + Trends.yearReaching(data, poland, edition, Share.ofPercent("5")) + ".");
