package org.milex.sipri;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.milex.model.Ally;

/**
 * A country (or, for SIPRI, the European Union) as SIPRI's Military Expenditure Database lists it: SIPRI's
 * name, its region and subregion, its notes, and the currency and financial year of its local-currency
 * figures.
 *
 * <pre>{@code
 * Country pl = db.country("Poland");
 * pl.region();        // "Europe"
 * pl.subregion();     // Optional[Central Europe]
 * pl.ally();          // Optional[POL Poland]
 * pl.noteMarks();     // [78]  (footnote 78 of the Footnotes sheet: db.footnote("78"))
 * db.country("Türkiye").ally();   // Optional[TUR Türkiye]; db.find("Turkey") finds it too
 * }</pre>
 *
 * @param name SIPRI's name, e.g. {@code "United States of America"}, {@code "Korea, South"}
 * @param region one of SIPRI's five regions, e.g. {@code "Europe"}
 * @param subregion the subregion, e.g. {@code "Central Europe"}; empty where SIPRI has none (the Middle East)
 * @param notes the notes as SIPRI writes them, e.g. {@code "‡§¶16"}: special-note symbols
 *     ({@code † ‡ § ¶ ‖}), then a footnote number; empty for none
 * @param currency SIPRI's name of the local currency, e.g. {@code "Zloty"} (not an ISO 4217 code)
 * @param financialYear the financial year as SIPRI states it (e.g. {@code "Apr-Mar"}); empty where SIPRI
 *     states none, which means January–December
 */
public record Country(String name, String region, Optional<String> subregion, String notes, String currency,
                      Optional<String> financialYear) {

    /** The special-note symbols of SIPRI's Footnotes sheet. */
    static final String SYMBOLS = "†‡§¶‖";
    private static final Pattern NOTES = Pattern.compile("([" + SYMBOLS + "]*)(\\d*)");

    /** Checks that names are not blank and the notes have SIPRI's form (symbols, then a number). */
    public Country {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(subregion, "subregion");
        Objects.requireNonNull(notes, "notes");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(financialYear, "financialYear");
        if (name.isBlank() || !name.equals(name.strip())) {
            throw new IllegalArgumentException("a country's name must be non-blank and trimmed, not '" + name + "'");
        }
        if (region.isBlank()) {
            throw new IllegalArgumentException(name + ": the region is blank");
        }
        if (subregion.isPresent() && subregion.get().isBlank()) {
            throw new IllegalArgumentException(name + ": the subregion is blank; use Optional.empty()");
        }
        if (financialYear.isPresent() && financialYear.get().isBlank()) {
            throw new IllegalArgumentException(name + ": the financial year is blank; use Optional.empty()");
        }
        if (!NOTES.matcher(notes).matches()) {
            throw new IllegalArgumentException(name + ": notes must be SIPRI's symbols " + SYMBOLS
                    + " followed by a footnote number, not '" + notes + "'");
        }
    }

    /** Whether {@code notes} has SIPRI's form: special-note symbols, then a footnote number, either optional. */
    static boolean isNotes(String notes) {
        return NOTES.matcher(notes).matches();
    }

    /** The NATO ally this country is, by SIPRI's name or one of the ally's aliases; empty for non-allies. */
    public Optional<Ally> ally() {
        return Ally.fromName(name);
    }

    /**
     * The notes one by one: each special-note symbol, then the footnote number if any; {@code "‡§¶16"} gives
     * {@code [‡, §, ¶, 16]}. Each is a key of {@link SipriDatabase#footnotes()}.
     */
    public List<String> noteMarks() {
        Matcher m = NOTES.matcher(notes);
        if (!m.matches()) {
            throw new AssertionError(notes);
        }
        List<String> marks = new ArrayList<>();
        m.group(1).codePoints().forEach(c -> marks.add(Character.toString(c)));
        if (!m.group(2).isEmpty()) {
            marks.add(m.group(2));
        }
        return List.copyOf(marks);
    }

    /** SIPRI's name. */
    @Override
    public String toString() {
        return name;
    }
}
