/**
 * milex's data: the NATO figures embedded in the jar, and strict readers and writers for files in the same
 * form, so that users can load their own.
 *
 * <pre>{@code
 * Dataset data = Dataset.embedded();               // every edition milex ships; works offline
 * data.defaultEdition();                           // NATO-2024-06, the newest complete edition
 * data.find(Ally.of("POL"), Year.of(2024)).flatMap(Observation::shareOfGdp);   // Optional[4.12%]
 * Dataset mine = Dataset.read(Path.of("my-edition.csv"));   // same strict reader as the embedded data
 * Dataset all = Dataset.installed();               // embedded plus the editions imported into ~/.milex (UserData)
 * data.asOf(LocalDate.of(2025, 1, 1));             // Optional[NATO-2024-06]: the newest edition published by then
 * data.history(Ally.of("POL"), Year.of(2024), Measure.SHARE_OF_GDP);   // the figure in every edition
 * }</pre>
 *
 * <p>A data file has one row per ally or group and year, with the columns
 * {@code edition,code,name,year,estimate} and then one column per {@link org.milex.model.Measure} (by its
 * {@link org.milex.model.Measure#column()} name; any subset, in any order). An empty cell is a figure not
 * published. Editions are described in {@code editions.csv}; per-figure sources of partial editions in
 * {@code nato/provenance.csv}. A malformed file is rejected whole with a
 * {@link org.milex.DataFileException} naming file, line, column and value.
 */
package org.milex.data;
