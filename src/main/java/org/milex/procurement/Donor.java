package org.milex.procurement;

import java.util.Objects;
import java.util.Optional;
import org.milex.model.Ally;

/**
 * Who gives aid: an {@link Ally}, or a donor that is not one, named as its source names it ("EU
 * institutions", "Japan", "Europe (countries and EU institutions)").
 *
 * <pre>{@code
 * Donor.of(Ally.of("DEU")).toString();        // "DEU Germany"
 * Donor.named("EU institutions").isAlly();    // false
 * Donor.named("Germany");                     // IllegalArgumentException: Germany is an ally
 * }</pre>
 *
 * @param name the donor's name; an ally's own name for an ally
 * @param ally the ally, when the donor is one
 */
public record Donor(String name, Optional<Ally> ally) {

    /** Validates that an ally donor carries the ally's name and a named donor is not an ally. */
    public Donor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(ally, "ally");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a donor's name is not blank");
        }
        if (ally.isPresent() && !ally.get().name().equals(name)) {
            throw new IllegalArgumentException("donor '" + name + "' is named differently from its ally " + ally.get());
        }
        if (ally.isEmpty() && Ally.fromName(name).isPresent()) {
            throw new IllegalArgumentException("'" + name + "' is an ally: give it as " + Ally.fromName(name).get().code());
        }
    }

    /** An ally as donor. */
    public static Donor of(Ally ally) {
        Objects.requireNonNull(ally, "ally");
        return new Donor(ally.name(), Optional.of(ally));
    }

    /**
     * A donor that is not an ally.
     *
     * @throws IllegalArgumentException if {@code name} is an ally's name or alias
     */
    public static Donor named(String name) {
        return new Donor(name, Optional.empty());
    }

    /** Whether the donor is an ally. */
    public boolean isAlly() {
        return ally.isPresent();
    }

    /** {@code "DEU Germany"} for an ally, else the name. */
    @Override
    public String toString() {
        return ally.map(Ally::toString).orElse(name);
    }
}
