package org.milex.cli;

import picocli.CommandLine.Option;

/** The {@code --format table|csv|json} option every command that prints rows shares. */
final class FormatOption implements QuickOptions {
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", converter = Format.Converter.class,
            description = "table, csv or json (default: ${DEFAULT-VALUE}). csv and json give every figure at full precision.")
    Format format = Format.TABLE;

    /** Takes {@code --format} as picocli does, for {@link QuickStart}; false for any other option. */
    @Override
    public boolean take(String name, String value) {
        if (!name.equals("--format")) {
            return false;
        }
        format = new Format.Converter().convert(value);
        return true;
    }

    Format format() {
        return format;
    }
}
