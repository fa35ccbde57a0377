package org.milex.data;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Year;
import java.util.AbstractList;
import java.util.RandomAccess;
import org.milex.model.Edition;
import org.milex.model.Measure;
import org.milex.model.Observation;
import org.milex.model.Subject;

/**
 * One edition's packed observations ({@link EmbeddedData}), in the order written, each made (and validated by
 * {@link Observation}) when first asked for. Reading an edition first reads only each observation's ally or
 * group and year, which is what {@link Dataset} indexes: a question about one year then makes the few dozen
 * observations it reads, not the edition's hundreds (on the command line's first run, making every observation
 * of NATO-2024-06 took about as long as the rest of the report's questions). Unmodifiable; safe to share between
 * threads (an observation made twice by a race is equal, and published through its final fields).
 */
final class PackedEdition extends AbstractList<Observation> implements RandomAccess {
    private static final Measure[] MEASURES = Measure.values();

    private final Edition edition;
    private final byte[] bytes;
    private final String[] codes;
    private final short[] years;
    /** Where each observation's figures start: after its code and year. */
    private final int[] starts;
    private final Observation[] made;

    private PackedEdition(Edition edition, byte[] bytes, String[] codes, short[] years, int[] starts) {
        this.edition = edition;
        this.bytes = bytes;
        this.codes = codes;
        this.years = years;
        this.starts = starts;
        this.made = new Observation[codes.length];
    }

    /**
     * Reads the codes and years of a pack's observations, the bytes after its version: a count, then each
     * observation as {@code EmbeddedData.write} writes it.
     *
     * @throws IOException if the pack ends before its last observation
     */
    static PackedEdition read(Edition edition, byte[] bytes) throws IOException {
        ByteArrayInputStream raw = new ByteArrayInputStream(bytes);
        DataInputStream in = new DataInputStream(raw);
        int n = in.readInt();
        String[] codes = new String[n];
        short[] years = new short[n];
        int[] starts = new int[n];
        for (int i = 0; i < n; i++) {
            codes[i] = in.readUTF();
            years[i] = in.readShort();
            starts[i] = bytes.length - raw.available();
            skipFully(in, 1);                                            // estimate
            skipFully(in, 8 * Long.bitCount(in.readLong()));             // the values present
            int sources = in.readUnsignedByte();
            for (int s = 0; s < sources; s++) {
                skipFully(in, 1);                                        // measure
                skipFully(in, in.readUnsignedShort());                   // source, modified UTF-8
            }
        }
        return new PackedEdition(edition, bytes, codes, years, starts);
    }

    private static void skipFully(DataInputStream in, int n) throws IOException {
        if (in.skipBytes(n) != n) {
            throw new java.io.EOFException("the pack ends inside an observation");
        }
    }

    /** The code of the ally or group of observation {@code i}. */
    String code(int i) {
        return codes[i];
    }

    /** The year of observation {@code i}. */
    int year(int i) {
        return years[i];
    }

    @Override
    public int size() {
        return codes.length;
    }

    @Override
    public Observation get(int i) {
        Observation o = made[i];
        if (o == null) {
            o = make(i);
            made[i] = o;
        }
        return o;
    }

    private Observation make(int i) {
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, starts[i], bytes.length - starts[i]));
            Observation.Builder b = Observation.builder(Subject.of(codes[i]), Year.of(years[i]), edition)
                    .estimate(in.readBoolean());
            long present = in.readLong();
            for (Measure m : MEASURES) {
                if ((present & (1L << m.ordinal())) != 0) {
                    b.set(m, in.readDouble());
                }
            }
            int sources = in.readUnsignedByte();
            for (int s = 0; s < sources; s++) {
                b.source(MEASURES[in.readUnsignedByte()], in.readUTF());
            }
            return b.build();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read milex's packed data " + edition + ".pack: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {      // made from validated CSVs: only a damaged pack gets here
            throw new IllegalStateException("milex's packed data " + edition + ".pack, " + codes[i] + " " + years[i]
                    + ": " + e.getMessage(), e);
        }
    }
}
