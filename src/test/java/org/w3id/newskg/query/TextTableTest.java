package org.w3id.newskg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.newskg.store.Fixture;
import org.w3id.newskg.store.TdbStore;

/** Query tables fit the terminal (issue 14: 600 to 1,100 characters wide); whole with --wide or into a file. */
class TextTableTest {
    @TempDir static Path dir;
    static TdbStore store;

    @BeforeAll
    static void load() {
        store = TdbStore.open(dir.resolve("db"));
        store.replace(Fixture.graphs());
    }

    @AfterAll
    static void close() { store.close(); }

    static List<String> table(int width) {
        QueryRunner.Answer a = QueryRunner.run(store, QueryCatalogue.shipped().get("statements").orElseThrow(), Map.of(), Duration.ofSeconds(30));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        a.write(ResultFormat.TABLE, out, width);
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    static int len(String s) { return s.codePointCount(0, s.length()); }

    @Test
    void aTableFitsTheWidthWithCellsCutByAnEllipsis() {
        List<String> wide = table(Integer.MAX_VALUE);
        assertTrue(len(wide.getFirst()) > 300, "the statements are long: " + len(wide.getFirst()));
        List<String> fitted = table(100);
        assertEquals(wide.size(), fitted.size(), "every row kept");
        for (String line : fitted) assertTrue(len(line) <= 100, len(line) + ": " + line);
        assertTrue(fitted.stream().anyMatch(l -> l.contains("…")), "cut cells end in …");
        assertTrue(fitted.get(1).startsWith("| article "), fitted.get(1));
    }

    @Test
    void aColumnIsNeverCutBelowItsFloor() {
        for (String line : table(20)) assertTrue(len(line) > 20, "too narrow a width keeps every column at its floor: " + line);
    }
}
