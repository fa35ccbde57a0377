/**
 * milex's command line, {@code java -jar milex.jar COMMAND}: {@code editions} lists the editions milex holds,
 * {@code export} writes one edition's figures as CSV or JSON. Every command takes {@code --help}.
 *
 * <p>The entry point is {@link org.milex.cli.Main}; everything else is package-private. Commands print rows
 * through one package-private {@code Output} (an aligned table, CSV or JSON with the same column names), so a
 * new command declares its columns and hands over its rows. Exit codes: 0 success, 2 usage error (one line
 * on standard error), 1 data error naming file, line, column and value.
 */
package org.milex.cli;
