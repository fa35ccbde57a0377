package org.milex.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.milex.model.Share;

/**
 * Where the ranking chart puts its bars, labels, guideline line, guideline label and note, decided before
 * drawing so that the decisions can be tested: no label lies under the guideline line, the line's label sits
 * above the top bar, and what is left out is said.
 *
 * <p>x is in percent (the axis unit), y in bar rows (the top bar at {@code n - 1}, the bottom bar at 0). Text
 * widths are measured in pixels and converted with {@code xMax / plotWidth} percent per pixel.
 */
record RankingLayout(List<Bar> bars, double threshold, double xMax, double yMin, double lineTop, double yMax,
                     Label guideline, Optional<String> note) {

    /** Pixels between a bar's end (or the guideline line) and its label. */
    static final double PAD = 6;
    /** Pixels kept free on each side of the guideline line. */
    static final double CLEAR = 6;

    /** A bar: its name, share, whether it meets the guideline, its row and its label's place. */
    record Bar(String name, Share share, boolean meets, double y, Label label) {
    }

    /** A text and where it goes: {@code start}..{@code end} along x, centred on {@code y}. */
    record Label(String text, double start, double end, double y) {
        double centre() {
            return (start + end) / 2;
        }
    }

    RankingLayout {
        bars = List.copyOf(bars);
        Objects.requireNonNull(guideline, "guideline");
        Objects.requireNonNull(note, "note");
    }

    /** Whether a label's span comes within {@link #CLEAR} pixels of the guideline line. */
    boolean crossesGuideline(Label label, double plotWidth) {
        double clear = CLEAR * xMax / plotWidth;
        return label.start() < threshold + clear && label.end() > threshold - clear;
    }

    /**
     * Lays out the ranking.
     *
     * @param rows the shares by name, highest first
     * @param withoutFigure the names left out because they have no figure
     * @param widthOf a text's width in pixels
     */
    static RankingLayout of(List<Map.Entry<String, Share>> rows, List<String> withoutFigure, Share threshold,
                            String guidelineText, double plotWidth, java.util.function.ToDoubleFunction<String> widthOf) {
        int n = rows.size();
        double t = threshold.toDouble();
        boolean[] moved = new boolean[n];
        double max = 0;
        for (int round = 0; round < 5; round++) {
            // The axis must hold every label where it goes: a label starting at s (percent) plus w pixels needs
            // s + w * max / plotWidth <= max, i.e. max >= s / (1 - w / plotWidth).
            double needed = t * 1.1;
            for (int i = 0; i < n; i++) {
                double s = moved[i] ? t : rows.get(i).getValue().toDouble();
                double px = widthOf.applyAsDouble(label(rows.get(i))) + PAD + (moved[i] ? CLEAR : 0);
                needed = Math.max(needed, s / Math.max(1 - px / plotWidth, 0.2));
            }
            max = Math.ceil(needed * 2) / 2;
            boolean changed = false;
            for (int i = 0; i < n; i++) {
                if (!moved[i] && crosses(place(rows.get(i), false, t, max, plotWidth, widthOf, n - 1 - i), t, max, plotWidth)) {
                    moved[i] = true;
                    changed = true;
                }
            }
            if (!changed) {
                break;
            }
        }
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Map.Entry<String, Share> row = rows.get(i);
            bars.add(new Bar(row.getKey(), row.getValue(), row.getValue().isAtLeast(threshold), n - 1 - i,
                    place(row, moved[i], t, max, plotWidth, widthOf, n - 1 - i)));
        }
        double perPixel = max / plotWidth;
        double half = widthOf.applyAsDouble(guidelineText) / 2 * perPixel;
        double lineTop = n - 0.4;
        Label mark = new Label(guidelineText, t - half, t + half, n + 0.15);
        Optional<String> note = withoutFigure.isEmpty() ? Optional.empty()
                : Optional.of("Not shown (no figure): " + String.join(", ", withoutFigure));
        return new RankingLayout(bars, t, max, -0.73, lineTop, n + 0.55, mark, note);
    }

    private static boolean crosses(Label l, double t, double max, double plotWidth) {
        double clear = CLEAR * max / plotWidth;
        return l.start() < t + clear && l.end() > t - clear;
    }

    private static Label place(Map.Entry<String, Share> row, boolean moved, double t, double max, double plotWidth,
                               java.util.function.ToDoubleFunction<String> widthOf, double y) {
        double perPixel = max / plotWidth;
        String text = label(row);
        double start = moved ? t + (CLEAR + PAD) * perPixel : row.getValue().toDouble() + PAD * perPixel;
        return new Label(text, start, start + widthOf.applyAsDouble(text) * perPixel, y);
    }

    static String label(Map.Entry<String, Share> row) {
        return row.getKey() + "  " + row.getValue();
    }
}
