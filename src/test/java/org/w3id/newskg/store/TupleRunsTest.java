package org.w3id.newskg.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.atlas.lib.Bytes;
import org.apache.jena.dboe.base.record.Record;
import org.apache.jena.dboe.base.record.RecordFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TupleRunsTest {
    @TempDir Path dir;

    /**
     * Rows come back in the order of the columns asked for, sorted as TDB2 compares records (unsigned bytes: a node id
     * with its top bit set, an inline value, sorts after every pointer), each distinct row once, whether they stayed
     * in memory or were spilled into sorted runs and merged; rows that come grouped by their first column (a load's
     * graphs one after another) as well as rows in no order.
     */
    @ParameterizedTest
    @CsvSource({"4, 1000000, 0;1;2;3, false", "4, 1000000, 0;1;2;3, true", "4, 1000000, 0;2;3;1, true", "4, 1000000, 3;1;2;0, true",
            "4, 7, 0;2;3;1, true", "4, 64, 2;3;1;0, false", "4, 2500, 0;2;3;1, true", "3, 5, 1;2;0, false", "3, 1000000, 2;0;1, false"})
    void rowsComeBackSortedInTheIndexOrderWithoutDuplicates(int width, int run, String columns, boolean grouped) throws IOException {
        int[] order = Arrays.stream(columns.split(";")).mapToInt(Integer::parseInt).toArray();
        SplittableRandom random = new SplittableRandom(5);
        List<long[]> added = new ArrayList<>();
        try (TupleRuns runs = new TupleRuns(width, dir, run)) {
            for (int i = 0; i < 3_000; i++) {
                long[] row = new long[width];
                for (int c = 0; c < width; c++) row[c] = random.nextInt(4) == 0 ? Long.MIN_VALUE | random.nextInt(40) : random.nextInt(40);
                if (grouped) row[0] = i / 50;   // 60 groups of 50 rows, in order
                int from = grouped ? i / 50 * 50 : 0;   // a duplicate of a row of the same group
                if (i % 10 == 3 && i > from) row = added.get(from + random.nextInt(i - from)).clone();
                added.add(row);
                runs.add(row);
            }
            assertEquals(3_000, runs.size());
            int[] reversed = new int[width];   // a second index's order, asked for after the first, as a load does
            for (int c = 0; c < width; c++) reversed[c] = order[width - 1 - c];
            for (int[] o : List.of(order, reversed)) {
                TreeSet<byte[]> expected = new TreeSet<>(Bytes::compare);
                for (long[] row : added) {
                    byte[] key = new byte[width * Long.BYTES];
                    for (int c = 0; c < width; c++) Bytes.setLong(row[o[c]], key, c * Long.BYTES);
                    expected.add(key);
                }
                List<byte[]> got = new ArrayList<>();
                for (Iterator<Record> it = runs.sorted(o, new RecordFactory(width * Long.BYTES, 0)); it.hasNext(); ) got.add(it.next().getKey());
                assertEquals(expected.size(), got.size(), "each distinct row once");
                int i = 0;
                for (byte[] key : expected) assertArrayEquals(key, got.get(i++), "row " + (i - 1) + " in order " + Arrays.toString(o));
            }
        }
        try (Stream<Path> left = Files.list(dir)) {
            assertFalse(left.anyMatch(p -> p.getFileName().toString().startsWith("run")), "the merged runs are deleted");
        }
    }
}
