// Twin of 01-two-percent-guideline.ipynb: the same code without the notebook's %jars magics, checked by
// JshellScriptsTest. Run it with ./jshell.sh notebooks/01-two-percent-guideline.jsh (you stay in JShell after).

// # The 2% guideline: who meets it, and how NATO Europe and Canada got there
//
// In 2006 NATO's defence ministers agreed that each ally should spend at least 2% of its GDP on defence; at Wales in
// 2014 the allies pledged to move towards it within a decade. This notebook reads milex's embedded figures (no
// network needed) and uses only the model and data API: `Dataset`, `Observation`, `Share`, `Guideline`.
//
// Every figure below is from one edition, NATO's June 2024 *Defence Expenditure of NATO Countries (2014-2024)*,
// milex's default; NATO marks 2023 and 2024 as estimates (`2024e`). Files are written under `../target/`.

import java.nio.file.*;
import java.time.*;
import java.util.*;
import java.util.stream.*;
import org.milex.model.*;
import org.milex.data.*;
import org.milex.chart.*;
var data = Dataset.embedded();
data

// ## The guideline and the edition

var two = Guideline.twoPercentOfGdp();
var edition = data.defaultEdition();
System.out.println(two + ": agreed " + two.agreed() + " by " + two.body());
System.out.println(edition + ": " + edition.title() + ", published " + edition.published()
        + ", estimates for " + new TreeSet<>(edition.estimateYears()));

// ## Shares of GDP per year for a few allies
//
// `data.find(ally, year)` gives the edition's row; `shareOfGdp()` is empty where NATO published none. Shares print
// as NATO prints them, to two decimals; comparisons use the exact value.

var allies = List.of(Ally.of("POL"), Ally.of("DEU"), Ally.of("FRA"), Ally.of("GBR"), Ally.of("USA"));
var years = data.years(edition);
System.out.printf("%-6s", "year");
allies.forEach(a -> System.out.printf("%9s", a.code()));
System.out.println();
for (var year : years) {
    System.out.printf("%-6s", year + (edition.isEstimate(year) ? "e" : ""));
    for (var a : allies) {
        System.out.printf("%9s", data.find(a, year).flatMap(Observation::shareOfGdp).map(Share::toString).orElse("-"));
    }
    System.out.println();
}

// ## NATO Europe and Canada: from 1.43% to 2.02%
//
// NATO publishes a row for the allies other than the United States taken together (its share is their total
// spending over their total GDP). Read straight from the published rows:

var europeCanada = new TreeMap<Year, Share>();
for (var year : years) {
    data.find(AllyGroup.EUROPE_CANADA, year).flatMap(Observation::shareOfGdp).ifPresent(s -> europeCanada.put(year, s));
}
var first = europeCanada.firstEntry();
var last = europeCanada.lastEntry();
System.out.println(AllyGroup.EUROPE_CANADA.name() + ": " + first.getValue() + " in " + first.getKey() + ", "
        + last.getValue() + " in " + last.getKey() + "e; at or above " + two.threshold() + ": "
        + last.getValue().isAtLeast(two.threshold()));
europeCanada

// How many allies reported a share at or above 2% each year (exact values compared):

var meeting = new TreeMap<Year, Integer>();
for (var year : years) {
    meeting.put(year, (int) data.observations(edition).stream()
            .filter(o -> o.subject() instanceof Ally && o.year().equals(year))
            .filter(o -> o.shareOfGdp().map(s -> s.isAtLeast(two.threshold())).orElse(false))
            .count());
}
meeting

// ## Charts
//
// A chart is drawn from plain series (`Series` of `Point(year, share)`); `toImage()` shows it here, `toPng` and
// `toSvg` write files.

Series shares(Subject subject) {
    var points = new TreeMap<Year, Share>();
    for (var year : years) {
        data.find(subject, year).flatMap(Observation::shareOfGdp).ifPresent(s -> points.put(year, s));
    }
    return Series.of(subject.name(), points);
}
var target = Path.of(Files.exists(Path.of("pom.xml")) ? "target" : "../target");  // .jsh from the repository root, notebook from notebooks/
var chart = Charts.shareOverTime(List.of(shares(Ally.of("POL")), shares(Ally.of("DEU")), shares(AllyGroup.EUROPE_CANADA)), two).withTitle(
        "Defence expenditure as a share of GDP, " + edition + " (2023, 2024 estimates)");
chart.toPng(target.resolve("notebooks/01-shares.png"));
chart.toSvg(target.resolve("notebooks/01-shares.svg"));
chart.toImage()

var shares2024 = new TreeMap<String, Share>();
for (var a : data.allies(edition)) {
    data.find(a, Year.of(2024)).flatMap(Observation::shareOfGdp).ifPresent(s -> shares2024.put(a.name(), s));
}
var ranking = Charts.ranking(shares2024, two).withTitle("Defence expenditure as a share of GDP, 2024 estimates (" + edition + ")");
ranking.toPng(target.resolve("notebooks/01-ranking-2024.png"));
ranking.toImage()
