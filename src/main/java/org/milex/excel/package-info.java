/**
 * Excel workbooks out: any Tablesaw table of milex's results, or every figure of an edition, written as an
 * {@code .xlsx} workbook with typed cells and a sheet naming the edition and the sources.
 *
 * <pre>{@code
 * Workbooks.observations(Path.of("nato-2024-06.xlsx"), Dataset.embedded(), Edition.parse("NATO-2024-06"));
 * Workbooks.write(Path.of("gaps.xlsx"), edition, query.gaps(Share.ofPercent("2"), PriceBasis.current()).toTable());
 * }</pre>
 *
 * <p>Needs Apache POI ({@code org.apache.poi:poi-ooxml}), an optional dependency of milex.
 */
package org.milex.excel;
