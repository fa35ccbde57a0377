package org.milex.procurement;

import java.util.Objects;

/**
 * One figure of a contract: its kind (firm value, ceiling, option, approval), the amount as the source
 * states it, and the source that states it.
 *
 * <pre>{@code
 * Contract lbdm = Contracts.embedded().get("lbdm-2023").orElseThrow();
 * lbdm.values();
 * // [ceiling about EUR 2400 mn (current prices) (https://defence-industry.eu/…),
 * //  firm EUR 1000 mn (current prices) (https://defence-industry.eu/…)]
 * }</pre>
 *
 * @param kind what the figure is
 * @param amount the amount, in the currency the source uses, at current prices
 * @param source the URL of the source that states this figure; one of the contract's sources
 */
public record ContractValue(ValueKind kind, Amount amount, String source) {

    /** Rejects nulls and a blank source. */
    public ContractValue {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(source, "source");
        if (source.isBlank()) {
            throw new IllegalArgumentException("a contract's " + kind.token() + " value names its source");
        }
    }

    /** {@code "ceiling about EUR 2400 mn (current prices) (https://…)"}. */
    @Override
    public String toString() {
        return kind.token() + " " + amount + " (" + source + ")";
    }
}
