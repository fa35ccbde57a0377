package org.milex.cli;

/**
 * Options that {@link QuickStart} can read without picocli: a command's own ({@link QuickCommand}), or an option
 * group several commands share as a picocli mixin ({@link EditionOption}, {@link FormatOption},
 * {@link DataOption}, {@link YearsOption}).
 */
interface QuickOptions {
    /**
     * Takes an option as picocli would: {@code value} converted by the converter picocli uses for
     * {@code name}, into the field picocli sets.
     *
     * @param name the option's name as typed, e.g. {@code --year}
     * @param value its value, as typed
     * @return false if these options do not include {@code name}
     * @throws RuntimeException if the converter refuses the value (picocli then reports it)
     */
    boolean take(String name, String value);
}
