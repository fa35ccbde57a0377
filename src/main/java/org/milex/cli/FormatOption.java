package org.milex.cli;

import picocli.CommandLine.Option;

/** The {@code --format table|csv|json} option every command that prints rows shares. */
final class FormatOption {
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", converter = Format.Converter.class,
            description = "table, csv or json (default: ${DEFAULT-VALUE}). csv and json give every figure at full precision.")
    Format format = Format.TABLE;

    Format format() {
        return format;
    }
}
