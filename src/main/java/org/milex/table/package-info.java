/**
 * milex's results as Tablesaw tables and as small plain-text tables: any list of records becomes a
 * {@link tech.tablesaw.api.Table} with typed columns and stable snake_case names, or an aligned text
 * table for JShell and {@code toString()}.
 *
 * <pre>{@code
 * Table obs = Tables.observations(Dataset.embedded(), Edition.parse("NATO-2024-06"));   // 374 rows
 * obs.where(obs.stringColumn(Tables.CODE).isEqualTo("POL"))
 *    .selectColumns(Tables.YEAR, Measure.SHARE_OF_GDP.column())
 *    .print();
 * Table trends = Tables.of(List.of(trendPoland, trendGermany));   // one row per LinearTrend
 * String text = TextTable.render(rows);                           // aligned, shares as 2.02%
 * }</pre>
 *
 * <p>Column names depend only on record component names and types (see
 * {@link org.milex.table.Tables#columnName(java.lang.reflect.RecordComponent)}) or are constants
 * ({@link org.milex.table.Tables#CODE}, {@link org.milex.model.Measure#column()}), so code that selects
 * columns by name keeps working. Money is never mixed: a table refuses a column whose amounts differ in
 * currency or price basis. No method accepts or returns {@code null}; a {@code null} argument is rejected
 * with a {@link java.lang.NullPointerException} naming it.
 */
package org.milex.table;
