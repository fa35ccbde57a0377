/**
 * SIPRI's Military Expenditure Database, read from a user's copy of SIPRI's workbook, and compared with NATO's
 * figures.
 *
 * <pre>{@code
 * SipriDatabase db = SipriDatabase.read(Path.of("SIPRI-Milex-data-1949-2024.xlsx"));
 * db.release().id();                          // "SIPRI-2025-04"
 * Country pl = db.country("Poland");          // Europe / Central Europe, ally POL
 * db.value(pl, SipriMeasure.SHARE_OF_GDP, Year.of(2024));    // 2024: 4.15… (published), in percent
 * db.money(pl, SipriMeasure.CONSTANT_USD, Year.of(2024));    // USD … mn (constant 2023 prices)
 * db.allies().size();                         // 32
 * db.compareShareOfGdp(Dataset.embedded(), Edition.parse("NATO-2024-06"), Year.of(2024))
 *   .forEach(System.out::println);            // POL 2024: NATO-2024-06 4.12%, SIPRI-2025-04 4.15% …
 * }</pre>
 *
 * <p><b>Licence of SIPRI's data.</b> The SIPRI Military Expenditure Database is SIPRI's intellectual property.
 * SIPRI's terms allow non-commercial use, with SIPRI cited as the source ("SIPRI Military Expenditure Database
 * 2025, https://www.sipri.org/databases/milex", {@link org.milex.sipri.SipriRelease#citation()}), and the
 * reproduction of no more than 10% of the database; commercial use or more needs SIPRI's permission. milex
 * therefore ships none of SIPRI's figures: this package reads the copy a user downloaded from SIPRI, and what
 * the user publishes from it is the user's to keep within SIPRI's terms.
 *
 * <p>What milex makes of SIPRI's conventions: {@code ...} (unavailable) and {@code xxx} (not independent)
 * are statuses, not numbers; figures in blue are {@link org.milex.sipri.SipriStatus#ESTIMATE estimates} and in
 * red {@link org.milex.sipri.SipriStatus#UNCERTAIN highly uncertain}, read from the cell's font colour; shares,
 * which SIPRI's sheets hold as fractions, are presented in percent; the constant-dollar base year is read
 * from the sheet, not assumed. A workbook laid out otherwise is rejected with a
 * {@link org.milex.sipri.SipriFormatException} naming the file, sheet, cell and value.
 *
 * <p>Reading needs Apache POI ({@code org.apache.poi:poi-ooxml}), an optional dependency of milex. Methods
 * take no {@code null}s: they throw {@link java.lang.NullPointerException}.
 */
package org.milex.sipri;
