package org.milex.claims;

/** How one computed figure relates to the claimed value, in one case of the assumptions. */
public enum Outcome {
    /** The computed figure meets the claim under the part's comparison. */
    HOLDS,
    /** The computed figure does not meet it. */
    FAILS,
    /** The data given hold no figure for the quantity (an edition without it, missing members' figures). */
    NO_DATA
}
