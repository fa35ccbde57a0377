package org.milex.query;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.milex.model.Ally;
import org.milex.model.Money;
import org.milex.model.Share;

/** Prints records as a small aligned text table: one column per record component, numbers to the right. */
final class TextTable {
    private static final int MAX_TEXT = 40;

    private TextTable() {
    }

    static String of(Class<? extends Record> type, List<? extends Record> rows) {
        RecordComponent[] cs = type.getRecordComponents();
        List<String[]> cells = new ArrayList<>();
        boolean[] right = new boolean[cs.length];
        String[] header = new String[cs.length];
        for (int i = 0; i < cs.length; i++) {
            header[i] = cs[i].getName();
        }
        for (Record r : rows) {
            String[] line = new String[cs.length];
            for (int i = 0; i < cs.length; i++) {
                Object v = get(cs[i], r);
                line[i] = cell(v);
                right[i] |= isNumeric(v);
            }
            cells.add(line);
        }
        int[] width = new int[cs.length];
        for (int i = 0; i < cs.length; i++) {
            width[i] = header[i].length();
            for (String[] line : cells) {
                width[i] = Math.max(width[i], line[i].length());
            }
        }
        StringBuilder sb = new StringBuilder();
        append(sb, header, width, right);
        for (String[] line : cells) {
            append(sb, line, width, right);
        }
        return sb.toString();
    }

    private static void append(StringBuilder sb, String[] line, int[] width, boolean[] right) {
        StringBuilder l = new StringBuilder();
        for (int i = 0; i < line.length; i++) {
            if (i > 0) {
                l.append("  ");
            }
            String pad = " ".repeat(width[i] - line[i].length());
            l.append(right[i] ? pad + line[i] : line[i] + pad);
        }
        sb.append(l.toString().stripTrailing()).append('\n');
    }

    private static Object get(RecordComponent c, Record r) {
        try {
            return c.getAccessor().invoke(r);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + c.getName() + " of " + r.getClass().getSimpleName(), e);
        }
    }

    private static boolean isNumeric(Object v) {
        Object x = v instanceof Optional<?> o ? o.orElse(null) : v;
        return x instanceof Number || x instanceof Share || x instanceof Money || x instanceof Year;
    }

    /** One value as shown in a table; the exact value stays in the record. */
    static String cell(Object v) {
        if (v instanceof Optional<?> o) {
            return o.map(TextTable::cell).orElse("-");
        }
        if (v instanceof Money m) {
            return millions(m);
        }
        if (v instanceof Boolean b) {
            return b ? "yes" : "no";
        }
        if (v instanceof Double d) {
            return decimal(BigDecimal.valueOf(d));
        }
        if (v instanceof BigDecimal d) {
            return decimal(d);
        }
        if (v instanceof Ally a) {
            return a.code();
        }
        String s = String.valueOf(v);
        return s.length() > MAX_TEXT ? s.substring(0, MAX_TEXT - 1) + "…" : s;
    }

    /** Millions with thousands separators and two decimals: {@code 1,474,399.48}. */
    static String millions(Money m) {
        return String.format(Locale.ROOT, "%,.2f", m.millions().setScale(2, RoundingMode.HALF_UP));
    }

    /** Two decimals, or four for small non-zero values (revisions of a few thousandths must show). */
    static String decimal(BigDecimal d) {
        int scale = d.signum() != 0 && d.abs().compareTo(new BigDecimal("0.1")) < 0 ? 4 : 2;
        return String.format(Locale.ROOT, "%,." + scale + "f", d.setScale(scale, RoundingMode.HALF_UP));
    }
}
