package org.milex.model;

/**
 * What a figure is about: one {@link Ally}, or a {@link AllyGroup} such as NATO Europe and Canada.
 * Each has a stable code ({@code "POL"}, {@code "EUROPE_CANADA"}) and a display name.
 */
public sealed interface Subject permits Ally, AllyGroup {

    /** The stable code: ISO 3166-1 alpha-3 for an ally, an upper-case word for a group. */
    String code();

    /** The display name. */
    String name();

    /**
     * The ally or group with this code.
     *
     * @throws IllegalArgumentException naming the code when no ally or group has it
     */
    static Subject of(String code) {
        java.util.Objects.requireNonNull(code, "code");
        for (AllyGroup g : AllyGroup.all()) {
            if (g.code().equals(code)) {
                return g;
            }
        }
        return Ally.of(code);
    }
}
