package org.milex.claims;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Aligned plain-text tables and number formats for checks and reports, by the rules of
 * {@link org.milex.table.TextTable}: two spaces between cells, numbers right-aligned, no trailing spaces, no
 * final line break, no dependence on the locale.
 */
final class Layout {
    private Layout() {
    }

    /** A table of a header and rows of cells; {@code right[j]} right-aligns column {@code j}. */
    static String table(List<String> header, List<List<String>> rows, boolean[] right) {
        int n = header.size();
        int[] width = new int[n];
        for (int j = 0; j < n; j++) {
            width[j] = header.get(j).length();
        }
        for (List<String> r : rows) {
            for (int j = 0; j < n; j++) {
                width[j] = Math.max(width[j], r.get(j).length());
            }
        }
        StringBuilder out = new StringBuilder();
        line(out, header, width, right);
        for (List<String> r : rows) {
            out.append('\n');
            line(out, r, width, right);
        }
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells, int[] width, boolean[] right) {
        StringBuilder l = new StringBuilder();
        for (int j = 0; j < cells.size(); j++) {
            if (j > 0) {
                l.append("  ");
            }
            String c = cells.get(j);
            String pad = " ".repeat(width[j] - c.length());
            l.append(right[j] ? pad + c : c + pad);
        }
        int end = l.length();
        while (end > 0 && l.charAt(end - 1) == ' ') {
            end--;
        }
        out.append(l, 0, end);
    }

    /** A figure in a unit: whole allies, percent to four decimals, money to two. */
    static String number(BigDecimal x, Unit unit) {
        return grouped(x.setScale(scale(unit), RoundingMode.HALF_UP));
    }

    /** {@link #number} with a sign: {@code +0.0022}, {@code -76.49}, {@code 0}. */
    static String signed(BigDecimal x, Unit unit) {
        BigDecimal r = x.setScale(scale(unit), RoundingMode.HALF_UP);
        return (r.signum() > 0 ? "+" : "") + grouped(r);
    }

    private static int scale(Unit unit) {
        return switch (unit) {
            case ALLIES -> 0;
            case PERCENT -> 4;
            default -> 2;
        };
    }

    private static String grouped(BigDecimal d) {
        return org.milex.table.TextTable.grouped(d);
    }
}
