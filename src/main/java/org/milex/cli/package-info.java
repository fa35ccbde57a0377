/**
 * milex's command line, {@code java -jar milex.jar COMMAND}: {@code report} (the burden-sharing report for a
 * year), the individual answers {@code compliance}, {@code share}, {@code totals}, {@code gaps},
 * {@code revisions}, {@code contracts} and {@code claims}, and {@code editions} and {@code export} for the data
 * itself. Every command takes {@code --help}; answers take {@code --format table|csv|json}, and those that draw
 * ({@code compliance}, {@code share}, {@code gaps}) {@code --chart FILE.png|FILE.svg}.
 *
 * <p>The entry point is {@link org.milex.cli.Main}; everything else is package-private. Commands ask the query
 * API and print its results through one package-private {@code Output}: as a table exactly as the result prints
 * in JShell, as CSV or JSON with the column names {@link org.milex.table.Tables} gives. Exit codes: 0 success,
 * 2 usage error (one line on standard error: an unknown option, edition, guideline or ally, a year outside the
 * edition, a question the edition's figures cannot answer), 1 data error naming file, line, column and value.
 */
package org.milex.cli;
