package org.w3id.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCommandIT {
    @Test
    void benchPrintsEveryFigureWithItsGoalAndWritesThemAsJson(@TempDir Path dir) throws Exception {
        StringWriter out = new StringWriter(), err = new StringWriter();
        Path json = dir.resolve("bench.json");
        int code = Main.execute(new PrintWriter(out), new PrintWriter(err), "bench", "--articles", "12", "--heap-articles", "30",
                "--rounds", "1", "--store-triples", "5000", "--requests", "2", "--work", dir.resolve("work").toString(), "--json", json.toString());
        assertEquals(0, code, err::toString);
        String table = out.toString();
        for (String name : new String[] {"nlp-floor", "extraction-1-thread", "extraction-vs-floor", "speedup-2-threads",
                "batch-speedup-2-threads", "heap-peak-used", "heap-peak-live", "where the time goes", "statements",
                "bulk-load", "replace-graph-median", "query-p99:statements-by-person", "query-p99:graphs", "< 100"})
            assertTrue(table.contains(name), "the table lacks " + name + ":\n" + table);
        assertTrue(table.contains("<= 1.5") && table.contains(">= 1.8"), "goals beside the figures:\n" + table);
        JsonNode root = new ObjectMapper().readTree(Files.readString(json));
        Map<String, Double> figures = new HashMap<>();
        root.get("figures").forEach(f -> figures.put(f.get("name").asText(), f.get("value").asDouble()));
        assertTrue(figures.get("nlp-floor") > 0, figures.toString());
        assertTrue(figures.get("extraction-1-thread") > 0, figures.toString());
        assertTrue(figures.get("heap-peak-used") > 0, figures.toString());
        assertTrue(figures.get("bulk-load") > 0 && figures.get("replace-graph-median") > 0, figures.toString());
        assertTrue(root.get("conditions").get("storeQuads").asLong() >= 5000, root.toString());
        assertTrue(table.lines().filter(l -> l.startsWith("query-p99:")).count() >= 10, "every shipped query:\n" + table);
        assertEquals(30, root.get("conditions").get("heapArticles").asInt());
        assertTrue(root.get("conditions").get("exportQuads").asLong() > 30 * 50, "the export holds every article's graph");
        assertTrue(Files.size(dir.resolve("work/bench-export.nq")) > 0);
    }

    @Test
    void badNumbersAreUsageErrors(@TempDir Path dir) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Main.execute(new PrintWriter(out), new PrintWriter(err), "bench", "--articles", "0", "--work", dir.toString());
        assertEquals(2, code);
        assertTrue(err.toString().startsWith("newskg: articles must be >= 1, not 0"), err.toString());
    }
}
