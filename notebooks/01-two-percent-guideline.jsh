// Twin of 01-two-percent-guideline.ipynb (written from this file by scripts/jsh-to-ipynb.py), checked by
// JshellScriptsTest. Run it with ./jshell.sh notebooks/01-two-percent-guideline.jsh (you stay in JShell after).

// # The 2% guideline, 2014–2024: who meets it, and how NATO Europe and Canada got there
//
// **The question.** How many allies spent at least 2% of GDP on defence in each year from 2014 to 2024, how far did
// NATO Europe and Canada's combined share move, and which allies moved most?
//
// In 2006 NATO's defence ministers agreed that each ally should spend at least 2% of its GDP on defence; at Wales in
// 2014 the allies pledged to move towards it within a decade. This notebook asks milex's query API (`Query`) about
// the embedded figures (no network needed).
//
// Every figure is from NATO's June 2024 *Defence Expenditure of NATO Countries (2014-2024)*, milex's default
// edition; NATO marks 2023 and 2024 as estimates (`2024e`). Files are written under `../target/`.

import java.nio.file.*;
import java.time.*;
import java.util.*;
import java.util.stream.*;
import org.milex.model.*;
import org.milex.data.*;
import org.milex.query.*;
import org.milex.table.*;
import org.milex.chart.*;
var data = Dataset.embedded();
var target = Path.of(Files.exists(Path.of("pom.xml")) ? "target" : "../target");  // .jsh from the repository root, notebook from notebooks/
var two = Guideline.twoPercentOfGdp();
var edition = data.defaultEdition();
System.out.println(two + ": agreed " + two.agreed() + " by " + two.body());
System.out.println(edition + ": " + edition.title() + ", published " + edition.published());

// ## How many allies met 2%, year by year
//
// A member meets the guideline when its exact published share is at or above 2.00%. The denominator is every ally
// that was a member that year (Finland joined in April 2023, Sweden in March 2024); Iceland, which has no armed
// forces, is a member without a figure, never counted as below.

var history = Query.of(data).complianceHistory(two);
history.counts()

var counts = new TreeMap<Year, Integer>();
history.counts().forEach(c -> counts.put(c.year(), c.meeting()));
var countChart = Charts.compliancePerYear(counts, two).withTitle("Allies at or above 2% of GDP, " + edition + " (2023, 2024 estimates)");
countChart.toPng(target.resolve("notebooks/01-compliance.png"));
countChart.toImage()

// And who they were in 2024:

var c2024 = Query.of(data).year(2024).compliance(two);
System.out.println(c2024.count() + " of " + c2024.members() + " meet it; below: " + c2024.notMeeting() + "; no figure: " + c2024.withoutFigure());

// ## NATO Europe and Canada's combined share
//
// A group's share is its members' total spending over their total GDP (Σ/Σ at constant prices), which reproduces
// NATO's own aggregate rows; the mean and median of the members' shares are separate columns.

var europeCanada = Query.of(data).group(AllyGroup.EUROPE_CANADA).groupShares();
europeCanada

var first = europeCanada.get(0);
var last = europeCanada.get(europeCanada.size() - 1);
System.out.println(first.name() + ": " + first.combined() + " in " + first.year() + " → " + last.combined() + " in " + last.year() + "e");

Series combined(AllyGroup group) {
    var points = new TreeMap<Year, Share>();
    Query.of(data).group(group).groupShares().forEach(g -> points.put(g.year(), g.combined()));
    return Series.of(group.name(), points);
}
Series shares(String code) {
    var points = new TreeMap<Year, Share>();
    Query.of(data).allies(code).figures().forEach(f -> points.put(f.year(), Share.ofPercent(f.value())));
    return Series.of(Ally.of(code).name(), points);
}
var chart = Charts.shareOverTime(List.of(combined(AllyGroup.EUROPE_CANADA), combined(AllyGroup.NATO), shares("POL"), shares("DEU")), two).withTitle(
        "Defence expenditure as a share of GDP, " + edition + " (2023, 2024 estimates)");
chart.toPng(target.resolve("notebooks/01-shares.png"));
chart.toSvg(target.resolve("notebooks/01-shares.svg"));
chart.toImage()

// ## Who moved most, 2014 → 2024
//
// The change of each ally's published share in percentage points, from the two years' figures (allies that joined
// after 2014 have no 2014 figure and are left out).

record Move(String code, String name, Share in2014, Share in2024, double points) { }
var figures = Query.of(data).years(2014, 2024).figures().list();
var moves = new ArrayList<Move>();
for (var ally : data.allies(edition)) {
    var from = figures.stream().filter(f -> f.code().equals(ally.code()) && f.year().getValue() == 2014).findFirst();
    var to = figures.stream().filter(f -> f.code().equals(ally.code()) && f.year().getValue() == 2024).findFirst();
    if (from.isPresent() && to.isPresent()) {
        var a = Share.ofPercent(from.get().value());
        var b = Share.ofPercent(to.get().value());
        moves.add(new Move(ally.code(), ally.name(), a, b, b.pointsAbove(a).doubleValue()));
    }
}
moves.sort(Comparator.comparingDouble(Move::points).reversed());
System.out.println(TextTable.render(Move.class, moves.subList(0, 5)));
System.out.println("...");
System.out.println(TextTable.render(Move.class, moves.subList(moves.size() - 3, moves.size())));

// ## Allies ranked in 2024, with the 2% mark

var shares2024 = new TreeMap<String, Share>();
c2024.standings().forEach(s -> s.value().ifPresent(v -> shares2024.put(s.name(), v)));
var ranking = Charts.ranking(shares2024, two, c2024.withoutFigure().stream().map(Ally::name).toList()).withTitle("Defence expenditure as a share of GDP, 2024 estimates (" + edition + ")");
ranking.toPng(target.resolve("notebooks/01-ranking-2024.png"));
ranking.toImage()

// ## What the figures show
//
// Every number below is computed above; none is typed.

var firstCount = history.counts().get(0);
var lastCount = history.counts().get(history.counts().size() - 1);
String points(double p) { return String.format(Locale.ROOT, "%+.2f", p); }
var top = moves.get(0);
var bottom = moves.get(moves.size() - 1);
System.out.println("In " + firstCount.year() + ", " + firstCount.meeting() + " of " + firstCount.members() + " allies met " + two.threshold() + " of GDP; in " + lastCount.year()
        + (lastCount.estimate() ? " (estimates)" : "") + ", " + lastCount.meeting() + " of " + lastCount.members() + ".");
System.out.println("NATO Europe and Canada's combined share went from " + first.combined() + " in " + first.year() + " to " + last.combined() + " in " + last.year()
        + (last.estimate() ? " (an estimate)" : "") + ", " + (last.combined().isAtLeast(two.threshold()) ? "at or above " : "still below ") + two.threshold() + ".");
System.out.println("The largest rise: " + top.name() + ", " + points(top.points()) + " points (" + top.in2014() + " to " + top.in2024() + "); "
        + (bottom.points() < 0 ? "the largest fall: " + bottom.name() + ", " + points(bottom.points()) + " points (" + bottom.in2014() + " to " + bottom.in2024() + ")."
                : "no ally with figures for both years spent a smaller share in 2024."));
System.out.println("Below " + two.threshold() + " in 2024: " + c2024.notMeeting().stream().map(Ally::name).collect(Collectors.joining(", ")) + ".");
