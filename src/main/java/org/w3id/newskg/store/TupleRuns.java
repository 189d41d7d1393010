package org.w3id.newskg.store;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import org.apache.jena.atlas.lib.Bytes;
import org.apache.jena.dboe.base.record.Record;
import org.apache.jena.dboe.base.record.RecordFactory;

/**
 * The rows of one TDB2 tuple table (quads: 4 node ids a row; default-graph triples: 3) gathered during a bulk load,
 * handed back sorted in the column order of each index ({@link #sorted}), without duplicates, as the records TDB2's
 * B+ tree packer takes. A node id is the 64-bit value TDB2 writes into an index record; records compare as unsigned
 * big-endian bytes, so rows compare as unsigned longs, column by column.
 *
 * <p>Up to {@value #RUN} rows stay in memory (48 MiB for quads), which covers a million quads with their tallies (some
 * 5 % more rows) and room to spare; beyond that the rows go to a file in {@code spill} and each index's order is made
 * from sorted runs of {@value #RUN} rows merged, so the heap needed does not grow with the load. With two indexes
 * sorted at once, the most this holds is three arrays of {@value #RUN} rows: the rows and a sorted copy for each index
 * in memory, or a run for each index when spilled (the rows are let go once they are all in the file).
 *
 * {@snippet :
 * TupleRuns quads = new TupleRuns(4, spillDir);
 * quads.add(new long[] {g, s, p, o});
 * Iterator<Record> gpos = quads.sorted(new int[] {0, 2, 3, 1}, recordFactory);
 * }
 */
final class TupleRuns implements AutoCloseable {
    /** Longs a spilled file is written and read in at a time (64 KiB). */
    private static final int CHUNK = 1 << 13;
    /** Rows kept in memory, and rows per sorted run when they do not all fit. */
    static final int RUN = 3 << 19;

    private final int width;
    private final Path spill;
    private final int run;
    private long[] rows;
    private int count;
    private long spilled;
    private OutputStream out;

    TupleRuns(int width, Path spill) { this(width, spill, RUN); }

    /** With {@code run} rows per run (small in tests, to make them spill). */
    TupleRuns(int width, Path spill, int run) {
        this.width = width;
        this.spill = spill;
        this.run = run;
        this.rows = new long[Math.min(run, 4096) * width];
    }

    /** Adds one row, its node ids in the table's own column order. */
    void add(long[] row) {
        if (count == run) spill();
        if ((count + 1) * width > rows.length) rows = Arrays.copyOf(rows, Math.min(run, count * 2) * width);
        System.arraycopy(row, 0, rows, count * width, width);
        count++;
    }

    /** Rows added, duplicates included. */
    long size() { return spilled + count; }

    /**
     * The rows in the order of the columns {@code order} names (index order: {@code order[i]} is the table column
     * that becomes the record's i-th), sorted, each distinct row once, as records of {@code factory}. May be called
     * from several threads at once, each with its own order.
     */
    Iterator<Record> sorted(int[] order, RecordFactory factory) {
        if (spilled == 0) return records(runOf(rows, count, order), count, factory);
        synchronized (this) {
            if (count > 0) spill();
            if (out != null) close(out);
            out = null;
            rows = null;   // all in the file now: no row is added after sorted()
        }
        List<Path> runs = new ArrayList<>();
        try (InputStream in = Files.newInputStream(spill.resolve("rows"))) {
            long[] buffer = new long[run * width];
            for (long left = spilled; left > 0; ) {
                int n = (int) Math.min(run, left);
                read(in, buffer, n * width);
                permute(buffer, n, order);
                sortRows(buffer, n);
                Path file = Files.createTempFile(spill, "run", ".bin");
                try (OutputStream o = Files.newOutputStream(file)) {
                    write(o, buffer, n * width);
                }
                runs.add(file);
                left -= n;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dedup(new Merge(runs, width), factory);
    }

    @Override
    public void close() {
        if (out != null) close(out);
    }

    /** The first {@code n} rows of {@code src} with their columns put in {@code order}, sorted, in a new array. */
    private long[] runOf(long[] src, int n, int[] order) {
        long[] a = new long[n * width];
        for (int r = 0; r < n; r++)
            for (int c = 0; c < width; c++) a[r * width + c] = src[r * width + order[c]];
        sortRows(a, n);
        return a;
    }

    /** Puts the columns of the first {@code n} rows of {@code a} in {@code order}, in place. */
    private void permute(long[] a, int n, int[] order) {
        long[] row = new long[width];
        for (int r = 0; r < n; r++) {
            System.arraycopy(a, r * width, row, 0, width);
            for (int c = 0; c < width; c++) a[r * width + c] = row[order[c]];
        }
    }

    /** Sorts the first {@code n} rows of {@code a}; rows whose first column never goes down (a load's graphs come one
     * after another) are sorted group by group. */
    private void sortRows(long[] a, int n) {
        boolean grouped = true;
        for (int r = 1; r < n && grouped; r++) grouped = Long.compareUnsigned(a[r * width], a[(r - 1) * width]) >= 0;
        if (!grouped) sort(a, 0, n - 1);
        else for (int lo = 0, hi; lo < n; lo = hi) {
            for (hi = lo + 1; hi < n && a[hi * width] == a[lo * width]; hi++) { }
            sort(a, lo, hi - 1);
        }
    }

    private void spill() {
        try {
            if (out == null) out = Files.newOutputStream(spill.resolve("rows"));
            write(out, rows, count * width);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        spilled += count;
        count = 0;
    }

    private Iterator<Record> records(long[] sorted, int n, RecordFactory factory) {
        return dedup(new Iterator<>() {
            int i;
            @Override public boolean hasNext() { return i < n; }
            @Override public long[] next() {
                if (i >= n) throw new NoSuchElementException();
                return Arrays.copyOfRange(sorted, i * width, ++i * width);
            }
        }, factory);
    }

    /** Rows as records, skipping a row equal to the one before. */
    private Iterator<Record> dedup(Iterator<long[]> rows, RecordFactory factory) {
        return new Iterator<>() {
            long[] last, next = advance();
            private long[] advance() {
                while (rows.hasNext()) {
                    long[] r = rows.next();
                    if (last == null || !Arrays.equals(r, last)) return last = r;
                }
                return null;
            }
            @Override public boolean hasNext() { return next != null; }
            @Override public Record next() {
                if (next == null) throw new NoSuchElementException();
                byte[] key = new byte[width * Long.BYTES];
                for (int c = 0; c < width; c++) Bytes.setLong(next[c], key, c * Long.BYTES);
                next = advance();
                return factory.create(key);
            }
        };
    }

    /** Quicksort of rows lo..hi (inclusive) of a flat array, rows compared column by column as unsigned longs. */
    private void sort(long[] a, int lo, int hi) {
        while (hi - lo > 16) {
            int mid = (lo + hi) >>> 1;
            if (compare(a, mid, lo) < 0) swap(a, mid, lo);
            if (compare(a, hi, lo) < 0) swap(a, hi, lo);
            if (compare(a, hi, mid) < 0) swap(a, hi, mid);
            swap(a, mid, hi - 1);   // the pivot, median of three, at hi - 1
            int i = lo, j = hi - 1;
            while (true) {
                while (compare(a, ++i, hi - 1) < 0) { }
                while (compare(a, --j, hi - 1) > 0) { }
                if (i >= j) break;
                swap(a, i, j);
            }
            swap(a, i, hi - 1);
            if (i - lo < hi - i) { sort(a, lo, i - 1); lo = i + 1; }
            else { sort(a, i + 1, hi); hi = i - 1; }
        }
        for (int i = lo + 1; i <= hi; i++)
            for (int j = i; j > lo && compare(a, j, j - 1) < 0; j--) swap(a, j, j - 1);
    }

    private int compare(long[] a, int x, int y) {
        for (int c = 0; c < width; c++) {
            int d = Long.compareUnsigned(a[x * width + c], a[y * width + c]);
            if (d != 0) return d;
        }
        return 0;
    }

    private void swap(long[] a, int x, int y) {
        for (int c = 0; c < width; c++) {
            long t = a[x * width + c];
            a[x * width + c] = a[y * width + c];
            a[y * width + c] = t;
        }
    }

    /** The sorted runs' rows merged in order; each run file is deleted once read. */
    private static final class Merge implements Iterator<long[]> {
        private record Head(long[] row, DataInputStream in, Path file) {}
        private final PriorityQueue<Head> heads;
        private final int width;

        Merge(List<Path> runs, int width) {
            this.width = width;
            this.heads = new PriorityQueue<>(Math.max(1, runs.size()), (a, b) -> Arrays.compareUnsigned(a.row, b.row));
            for (Path file : runs) {
                DataInputStream in = input(file);
                push(file, in);
            }
        }

        private void push(Path file, DataInputStream in) {
            long[] row = new long[width];
            try {
                for (int c = 0; c < width; c++) row[c] = in.readLong();
                heads.add(new Head(row, in, file));
            } catch (EOFException e) {
                close(in);
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a run file left in the spill directory is deleted with it
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override public boolean hasNext() { return !heads.isEmpty(); }

        @Override public long[] next() {
            Head h = heads.poll();
            if (h == null) throw new NoSuchElementException();
            push(h.file, h.in);
            return h.row;
        }
    }

    private static DataInputStream input(Path file) {
        try {
            return new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code a[0, len)} as big-endian longs (as {@link DataInputStream#readLong} reads them), 64 KiB at a time. */
    private static void write(OutputStream out, long[] a, int len) throws IOException {
        ByteBuffer bytes = ByteBuffer.allocate(CHUNK * Long.BYTES);
        for (int i = 0; i < len; i += CHUNK) {
            int k = Math.min(CHUNK, len - i);
            bytes.clear();
            bytes.asLongBuffer().put(a, i, k);
            out.write(bytes.array(), 0, k * Long.BYTES);
        }
    }

    /** Reads {@code len} big-endian longs into {@code a[0, len)}, 64 KiB at a time. */
    private static void read(InputStream in, long[] a, int len) throws IOException {
        ByteBuffer bytes = ByteBuffer.allocate(CHUNK * Long.BYTES);
        for (int i = 0; i < len; i += CHUNK) {
            int k = Math.min(CHUNK, len - i);
            if (in.readNBytes(bytes.array(), 0, k * Long.BYTES) < k * Long.BYTES) throw new EOFException("a spilled run ends early");
            bytes.clear();
            bytes.asLongBuffer().get(a, i, k);
        }
    }

    private static void close(java.io.Closeable c) {
        try {
            c.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
