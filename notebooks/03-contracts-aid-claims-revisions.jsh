// Twin of 03-contracts-aid-claims-revisions.ipynb (written from this file by scripts/jsh-to-ipynb.py), checked by
// JshellScriptsTest. Run it with ./jshell.sh notebooks/03-contracts-aid-claims-revisions.jsh.

// # Contracts, aid, the claims of the reporting, and how NATO revised its figures
//
// **The question.** What do public sources say procurement contracts and aid to Ukraine are worth, which of the
// reporting's headline claims about defence spending hold against the figures, and how much did NATO's later
// editions revise the figures those claims rest on?
//
// milex also holds what public sources report about procurement contracts (NSPA's Stinger, Patriot and ammunition
// contracts, US approvals of sales) and aid to Ukraine, each figure with its qualifier ("about", "over"), date and
// sources. It checks the headline claims of the reporting against all of it. And since NATO revises past years in
// every edition, it shows how the figures moved between editions.

import java.math.*;
import java.nio.file.*;
import java.time.*;
import java.util.*;
import java.util.stream.*;
import org.milex.model.*;
import org.milex.data.*;
import org.milex.query.*;
import org.milex.procurement.*;
import org.milex.claims.*;
import org.milex.chart.*;
var data = Dataset.embedded();
var target = Path.of(Files.exists(Path.of("pom.xml")) ? "target" : "../target");  // .jsh from the repository root, notebook from notebooks/

// ## Contracts
//
// Values stay in the currency the sources used, and each keeps its kind: a firm value, a framework's ceiling, the
// value of options, or an approval (a US Foreign Military Sale notified "up to" an estimate). Totals keep the kinds
// in separate columns and never add them. A total across currencies needs an exchange rate, which milex never
// invents: here a stated EUR/USD rate of 1.09 on 2024-01-23 (an assumption for illustration).

var contracts = Contracts.embedded();
contracts

var eurUsd = ExchangeRate.of(Currencies.EUR, Currencies.USD, new BigDecimal("1.09"), LocalDate.of(2024, 1, 23), "assumed for this notebook");
contracts.totalByAgency(Currencies.USD, eurUsd).forEach((agency, total) -> System.out.println(agency + ": " + total));
System.out.println("Stinger, contract and US approval: "
        + contracts.filter(c -> c.system().equals("Stinger") && c.agency().equals("NSPA")).total(Currencies.USD));

// Without a rate, a total across currencies is refused, naming both currencies:

try {
    contracts.total(Currencies.USD);
} catch (MoneyMismatchException e) {
    System.out.println("refused: " + e.getMessage());
}

// ## Aid to Ukraine, as published

var aid = AidFigures.embedded();
aid

// ## The claims of the reporting, checked
//
// Each headline statement is declared in data/claims.csv with its source and one or more readings, one primary with
// the reason. One evaluator computes every reading in every case of its assumptions; the verdict follows one rule
// (SUPPORTED only when the primary reading holds in every case), and the explanation names the editions compared.

var claims = Claims.check();
claims

// ## How editions revised the figures
//
// Poland's shares of GDP as NATO's June 2024 edition published them (2024 an estimate) and as its August 2025 edition
// did:

var polandRevisions = Query.of(data).allies("POL").years(2022, 2024).revisionsTo("NATO-2025-08");
polandRevisions

var two = Guideline.twoPercentOfGdp();
Series poland(String edition) {
    var points = new TreeMap<Year, Share>();
    Query.of(data).edition(edition).allies("POL").years(2014, 2024).figures().forEach(f -> points.put(f.year(), Share.ofPercent(f.value())));
    return Series.of("Poland, " + edition, points);
}
var revised = Charts.shareOverTime(List.of(poland("NATO-2024-06"), poland("NATO-2025-08")), two).withTitle(
        "Poland's share of GDP as two editions published it");
revised.toPng(target.resolve("notebooks/03-poland-revised.png"));
revised.toImage()

// The number of allies at or above 2%, as each edition published it. An edition milex holds only in part counts only
// the figures it has (`with_figures`); compare counts where `all_figures` is yes.

var byEdition = Query.of(data).complianceByEdition(two);
var years2023and2024 = byEdition.stream().filter(r -> r.year().getValue() >= 2023 && r.year().getValue() <= 2024).toList();
System.out.println(byEdition.title());
System.out.println(org.milex.table.TextTable.render(EditionCount.class, years2023and2024));

// ## What the figures show
//
// Every number below is computed above; none is typed.

var agencies = contracts.stream().map(c -> c.agency()).distinct().count();
System.out.println("milex holds " + contracts.size() + " contracts of " + agencies + " contracting agencies and " + aid.size() + " aid figures, each with its sources.");
System.out.println("Of the " + claims.size() + " claims checked: " + Arrays.stream(Verdict.values()).filter(v -> claims.count(v) > 0)
        .map(v -> claims.count(v) + " " + v).collect(Collectors.joining(", ")) + ".");
var pol2024 = polandRevisions.stream().filter(r -> r.year().getValue() == 2024).findFirst().orElseThrow();
System.out.println("NATO-2025-08 revised Poland's 2024 share of GDP from " + Share.ofPercent(pol2024.valueA()) + " to " + Share.ofPercent(pol2024.valueB()) + " ("
        + String.format(Locale.ROOT, "%+.2f", pol2024.difference()) + " points)" + pol2024.caveat().map(c -> "; " + c).orElse("") + ".");
byEdition.stream().filter(r -> r.year().getValue() == 2024 && r.allFigures()).forEach(r -> System.out.println(
        "By " + r.edition() + "'s figures (every ally's held), " + r.meeting() + " of " + r.members() + " allies were at or above " + two.threshold() + " in 2024" + (r.estimate() ? " (estimates)" : "") + "."));
