package org.milex.model;

import java.util.Currency;

/** The currencies milex names often, as {@link Currency} instances. */
public final class Currencies {
    /** United States dollar, the currency of NATO's and SIPRI's comparable tables. */
    public static final Currency USD = Currency.getInstance("USD");
    /** Euro. */
    public static final Currency EUR = Currency.getInstance("EUR");

    private Currencies() {
    }
}
