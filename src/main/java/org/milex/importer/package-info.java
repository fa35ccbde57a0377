/**
 * Importers that turn publishers' files into milex observations: NATO's TABLES workbook of any year, its
 * tables found by their titles ({@link org.milex.importer.NatoWorkbook}), and the long-format release CSVs milex's partial editions were
 * transcribed into ({@link org.milex.importer.NatoReleaseCsv}).
 *
 * <p>Reading workbooks needs Apache POI ({@code org.apache.poi:poi-ooxml}), an optional dependency of milex:
 * add it to your build to import a workbook; nothing else in milex needs it.
 *
 * <pre>{@code
 * Edition e = Edition.parse("NATO-2024-06");
 * NatoWorkbook.Result r = NatoWorkbook.read(Path.of("240617-def-exp-2024-TABLES-en.xlsx"), e);
 * Dataset data = Dataset.of(r.observations());
 * r.ignored();   // cells NATO's file holds outside any ally's row, e.g. TABLE1!D42:I42 #REF!
 * r.layout().constantPrices();   // constant 2015 prices, from the workbook's captions
 * }</pre>
 */
package org.milex.importer;
