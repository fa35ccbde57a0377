package org.milex.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One source a result rests on, with its grade: NATO's own texts and files come first, reprints after them,
 * and what milex computes from them is marked as derived.
 *
 * @param label what the source is for, e.g. {@code "edition"} or {@code "guideline GDP_2PCT"}
 * @param citation the source: a file that ships with milex, or a public URL, with its title
 * @param grade primary, secondary or derived
 */
public record Source(String label, String citation, Grade grade) {

    /** How close a source is to the figure's author. */
    public enum Grade {
        /** The publisher's own text or file (NATO's workbook, a summit declaration on nato.int). */
        PRIMARY,
        /** A reprint or report of the publisher's text (a news article, a transcription). */
        SECONDARY,
        /** Computed by milex from primary or secondary figures, with the formula stated. */
        DERIVED
    }

    /** Validates the parts; a citation never names a path outside the repository. */
    public Source {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(grade, "grade");
        if (citation.contains("shared/")) {
            throw new IllegalArgumentException("source '" + label + "' cites a path outside milex: " + citation);
        }
    }

    /**
     * The parts of a citation list ({@code "a; b; c"}), each graded: NATO's own site and files are primary, the rest
     * secondary; primary ones first, otherwise in the order given.
     */
    static List<Source> graded(String label, String citations) {
        List<Source> primary = new ArrayList<>();
        List<Source> secondary = new ArrayList<>();
        for (String part : citations.split(";")) {
            String c = part.strip();
            if (c.isEmpty()) {
                continue;
            }
            boolean nato = c.contains("nato.int") || c.startsWith("NATO's own") || c.startsWith("NATO,");
            (nato ? primary : secondary).add(new Source(label, c, nato ? Grade.PRIMARY : Grade.SECONDARY));
        }
        primary.addAll(secondary);
        return primary;
    }

    /** {@code "edition (primary): NATO's own workbook …"}. */
    @Override
    public String toString() {
        return label + " (" + grade.name().toLowerCase(java.util.Locale.ROOT) + "): " + citation;
    }
}
