package org.w3id.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.newskg.bench.CorpusGenerator;
import org.w3id.newskg.store.TdbStore;

/**
 * A load killed with {@code kill -9} (a child JVM running {@code newskg load} in batches of two articles per
 * transaction, destroyed forcibly midway) leaves a store that opens, holds only whole article graphs (each exactly as large as in a clean
 * load), and a rerun of the same load reaches exactly the triple count of the clean run. Before that, a load killed
 * while TDB2 creates the store leaves a store that opens, empty, with no creation directory left beside it.
 */
@Tag("slow")
class StoreCrashIT {
    @Test
    void aLoadKilledMidwayLeavesWholeGraphsAndARerunCompletesIt(@TempDir Path dir) throws Exception {
        Path corpus = dir.resolve("corpus.jsonl");
        CorpusGenerator.create().seed(11).build().writeJsonl(corpus, 160);
        Path clean = dir.resolve("clean"), crashed = dir.resolve("crashed");
        assertEquals(0, load(corpus, clean), "the clean load");
        Map<Node, Long> expected = sizes(clean);
        long total = expected.values().stream().mapToLong(Long::longValue).sum();
        assertEquals(160, expected.size(), "one graph per article");

        killWhileCreatingTheStore(corpus, crashed, dir);

        Process child = load(corpus, crashed, dir.resolve("child.log"));
        // TDB2 appends every new term (each article's text among them) to Data-0001/nodes-data.obj as the load
        // goes on (the other files are preallocated); once that holds about a quarter of the corpus, the child
        // is midway.
        Path nodes = crashed.resolve("Data-0001").resolve("nodes-data.obj");
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (child.isAlive() && System.nanoTime() < deadline && (!Files.exists(nodes) || Files.size(nodes) < 300_000)) Thread.sleep(5);
        assertTrue(child.isAlive(), "the child finished before it could be killed; log:\n" + Files.readString(dir.resolve("child.log")));
        kill(child);

        Map<Node, Long> after = sizes(crashed);
        System.out.printf("StoreCrashIT: killed after %d of %d graphs%n", after.size(), expected.size());
        assertTrue(after.size() < expected.size(), "the load was cut off midway: " + after.size() + " of " + expected.size() + " graphs");
        for (Map.Entry<Node, Long> e : after.entrySet())
            assertEquals(expected.get(e.getKey()), e.getValue(), "graph " + e.getKey() + " is whole");

        assertEquals(0, load(corpus, crashed), "the rerun");
        Map<Node, Long> rerun = sizes(crashed);
        assertEquals(expected, rerun, "every graph as in the clean run");
        assertEquals(total, rerun.values().stream().mapToLong(Long::longValue).sum());
    }

    /**
     * Issue 15: the bulk load of an export into an empty store builds the store's next TDB2 generation beside the empty
     * one and switches to it when whole (the export is written graph by graph, so that loading it takes the bulk path at
     * all); killed with {@code kill -9} midway (TDB2 has appended a third of the export's terms to the new generation's
     * node file), the store opens empty, with empty tallies and full-text index and without the half generation, and
     * loading the export again gives exactly the store of a clean load.
     */
    @Test
    void aBulkLoadKilledMidwayLeavesTheStoreEmptyAndARerunCompletesIt(@TempDir Path dir) throws Exception {
        Path corpus = dir.resolve("corpus.jsonl"), export = dir.resolve("export.nq");
        CorpusGenerator.create().seed(12).build().writeJsonl(corpus, 400);
        Path clean = dir.resolve("clean"), crashed = dir.resolve("crashed");
        assertEquals(0, load(corpus, clean), "the clean load");
        assertEquals(0, Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), "export", "--store", clean.toString(),
                "--format", "nq", "-o", export.toString()), "the export");
        Map<Node, Long> expected = sizes(clean);

        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "load", export.toString(), "--store", crashed.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("bulk.log").toFile()).start();
        Path nodes = crashed.resolve("Data-0002-tmp").resolve("nodes-data.obj");
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        long third = Files.size(clean.resolve("Data-0001").resolve("nodes-data.obj")) / 3;   // a third of the terms written
        while (child.isAlive() && System.nanoTime() < deadline && (!Files.exists(nodes) || Files.size(nodes) < third)) Thread.sleep(2);
        assertTrue(child.isAlive(), "the child finished before it could be killed; log:\n" + Files.readString(dir.resolve("bulk.log")));
        kill(child);

        assertTrue(Files.exists(nodes), "killed while it built the new generation");
        assertEquals(Map.of(), sizes(crashed), "nothing of the killed load is in the store");
        assertFalse(Files.exists(nodes.getParent()), "the half generation is removed when the store is opened");
        try (TdbStore store = TdbStore.open(crashed)) {
            assertTrue(store.isEmpty(), "no quad, tallies included (but their marker)");
            assertEquals(0, found(store, "vertrauen"), "an empty full-text index");
        }
        try (TdbStore store = TdbStore.open(clean)) {
            assertTrue(found(store, "vertrauen") > 0, "the word is in the corpus");
        }
        assertEquals(0, Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), "load", export.toString(), "--store", crashed.toString()), "the rerun");
        assertEquals(expected, sizes(crashed), "every graph as in the clean load");
    }

    /**
     * Issue 7: killed while TDB2 created the database file by file, a store did not open again. Now the store is
     * created in the sibling {@code .<name>.creating-<pid>} and renamed into place; the child is killed as soon as
     * TDB2 has begun there (tried again in the unlikely case that it got to the rename first).
     */
    private static void killWhileCreatingTheStore(Path corpus, Path store, Path dir) throws Exception {
        Path creation = null;
        for (int attempt = 1; attempt <= 3 && creation == null; attempt++) {
            Process child = load(corpus, store, dir.resolve("creating.log"));
            Path temp = store.resolveSibling("." + store.getFileName() + ".creating-" + child.pid());
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            while (child.isAlive() && System.nanoTime() < deadline && !Files.exists(temp.resolve("Data-0001"))) Thread.sleep(1);
            assertTrue(child.isAlive(), "the child ended before creating the store; log:\n" + Files.readString(dir.resolve("creating.log")));
            kill(child);
            if (Files.exists(temp)) creation = temp;
            else deleteTree(store);   // it got to the rename first: start again from a missing store
        }
        assertTrue(creation != null, "the child was never killed while creating the store");
        assertEquals(Map.of(), sizes(store), "the store opens, empty");
        assertFalse(Files.exists(creation), "the killed creation is removed when the store is opened");
    }

    private static Process load(Path corpus, Path store, Path log) throws IOException {
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "load", corpus.toString(), "--store", store.toString(), "--threads", "1", "--batch", "2")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static void kill(Process child) throws InterruptedException {
        child.destroyForcibly();   // SIGKILL on Linux: no shutdown hooks, no finally blocks
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        assertEquals(137, child.exitValue(), "killed by signal 9");
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) return;
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }

    private static int load(Path corpus, Path store) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Main.execute(new PrintWriter(out), new PrintWriter(err), "load", corpus.toString(), "--store", store.toString(),
                "--threads", "2");
        if (code != 0) System.out.println("load: " + out + err);
        return code;
    }

    /** How many statements the full-text index finds for the word. */
    private static int found(TdbStore store, String word) {
        return store.query(org.apache.jena.query.QueryFactory.create("SELECT (COUNT(*) AS ?n) { GRAPH <urn:x-arq:UnionGraph> { (?s ?score ?literal ?g) <http://jena.apache.org/text#query> (<https://schema.org/text> \"" + word + "\") } }"),
                b -> b, e -> ((Number) e.select().next().get("n").getLiteralValue()).intValue());
    }

    /** Triples per graph; opening the store is itself part of the check. */
    private static Map<Node, Long> sizes(Path dir) {
        Map<Node, Long> m = new HashMap<>();
        try (TdbStore store = TdbStore.open(dir)) {
            List<Node> names = store.graphNames();
            for (Node g : names) m.put(g, store.size(g));
        }
        return m;
    }

}
