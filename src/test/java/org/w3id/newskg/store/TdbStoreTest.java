package org.w3id.newskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.dboe.base.file.AlreadyLocked;
import org.apache.jena.dboe.trans.bplustree.BPTreeException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TdbStoreTest {
    @TempDir Path dir;

    @Test
    void loadingTheSameGraphsTwiceLeavesExactlyTheSameTriples() {
        try (TdbStore store = TdbStore.open(dir.resolve("db"))) {
            List<ArticleGraph> graphs = Fixture.graphs();
            store.replace(graphs);
            long first = store.size();
            store.replace(graphs);
            store.replace(graphs);
            assertEquals(first, store.size());
            assertEquals(graphs.stream().mapToLong(ArticleGraph::size).sum(), first);
            assertEquals(List.of(Fixture.ALASKA, Fixture.HARBOUR), store.graphNames());
        }
    }

    @Test
    void aNewVersionReplacesTheOldOneWithoutLeftovers() {
        try (TdbStore store = TdbStore.open(dir.resolve("db"))) {
            store.replace(Fixture.graphs());
            Graph smaller = GraphFactory.createDefaultGraph();
            Fixture.graph(Fixture.HARBOUR).graph().find().toList().stream().limit(10).forEach(smaller::add);
            store.replace(List.of(new ArticleGraph(Fixture.HARBOUR, smaller)));
            assertEquals(10, store.size(Fixture.HARBOUR));
            assertEquals(Fixture.graph(Fixture.ALASKA).size(), store.size(Fixture.ALASKA), "the other article is untouched");
        }
    }

    @Test
    void aFailingBatchKeepsFinishedArticlesWholeAndTheBrokenOnesOldVersion() {
        try (TdbStore store = TdbStore.open(dir.resolve("db"))) {
            ArticleGraph harbour = Fixture.graph(Fixture.HARBOUR);
            store.replace(List.of(harbour));
            long before = store.size(Fixture.HARBOUR);
            // a new version of the harbour graph whose triples fail half-way through the write
            ArticleGraph breaking = new ArticleGraph(Fixture.HARBOUR, failingAfter(harbour.graph(), 50));
            GraphLoader loader = GraphLoader.create(store).validator(null).batchSize(2).build();
            try (loader) {
                loader.accept(Fixture.graph(Fixture.ALASKA));
                loader.accept(breaking);
            }
            GraphLoader.LoadReport r = loader.report();
            assertEquals(List.of(Fixture.ALASKA.getURI()), r.loaded());
            assertEquals(1, r.failed().size(), r.failed().toString());
            assertTrue(r.failed().get(0).contains("harbour-talks.en: not written"), r.failed().get(0));
            assertEquals(Fixture.graph(Fixture.ALASKA).size(), store.size(Fixture.ALASKA), "the finished article is whole");
            assertEquals(before, store.size(Fixture.HARBOUR), "the broken article keeps its previous version, nothing half-written");
        }
    }

    @Test
    void theLoaderRefusesAGraphThatBreaksTheContractAndKeepsTheOldVersion() {
        try (TdbStore store = TdbStore.open(dir.resolve("db"))) {
            store.replace(Fixture.graphs());
            Graph broken = GraphFactory.createDefaultGraph();
            Fixture.graph(Fixture.HARBOUR).graph().find().forEachRemaining(broken::add);
            broken.remove(Node.ANY, NodeFactory.createURI("https://w3id.org/newskg#kind"), Node.ANY);
            GraphLoader loader = GraphLoader.create(store).build();
            try (loader) {
                loader.accept(new ArticleGraph(Fixture.HARBOUR, broken));
            }
            assertEquals(List.of(), loader.report().loaded());
            String line = loader.report().refused().get(0);
            assertTrue(line.startsWith("id:graph/harbour-talks.en: breaks the contract (2 violation(s); first: violation"), line);
            assertTrue(line.contains("nkg:kind"), line);
            assertFalse(line.contains("\n"));
            assertEquals(Fixture.graph(Fixture.HARBOUR).size(), store.size(Fixture.HARBOUR));
        }
    }

    @Test
    void anExportGoesIntoAnEmptyStoreWithTheBulkLoaderAndSurvivesCompaction() {
        Path db = dir.resolve("db");
        try (TdbStore store = TdbStore.open(db)) {
            assertTrue(store.isEmpty());
            store.bulkLoad(sink -> Fixture.dataset().find().forEachRemaining(sink::quad));
            long loaded = store.size();
            assertEquals(Fixture.dataset().stream().count(), loaded);
            store.compact();
            assertEquals(loaded, store.size());
        }
        try (TdbStore again = TdbStore.open(db)) {
            assertEquals(Fixture.dataset().stream().count(), again.size(), "committed data is there after reopening");
            assertEquals(Fixture.graph(Fixture.HARBOUR).size(), again.export(Optional.of(Fixture.HARBOUR)).stream().count());
        }
    }

    /**
     * The streamed export holds each graph's quads together (TDB2's own order over all graphs interleaves them), so
     * that loading it into an empty store takes the bulk path, which needs whole graphs; and it holds every quad.
     */
    @Test
    void theStreamedExportHoldsEachGraphTogether() {
        try (TdbStore store = TdbStore.open(dir.resolve("db"))) {
            store.replace(Fixture.graphs());
            List<org.apache.jena.sparql.core.Quad> out = new java.util.ArrayList<>();
            long n = store.export(Optional.empty(), new org.apache.jena.riot.system.StreamRDFBase() {
                @Override public void quad(org.apache.jena.sparql.core.Quad q) { out.add(q); }
            });
            assertEquals(Fixture.dataset().stream().count(), n);
            java.util.Set<org.apache.jena.sparql.core.Quad> stored = org.apache.jena.system.Txn.calculateRead(store.dataset(), () ->
                    store.dataset().stream().filter(q -> !q.getGraph().equals(Tallies.GRAPH)).collect(java.util.stream.Collectors.toSet()));
            assertEquals(stored, new java.util.HashSet<>(out), "every stored quad, as TDB2 gives it back");
            java.util.Set<Node> finished = new java.util.HashSet<>();
            Node current = null;
            for (org.apache.jena.sparql.core.Quad q : out) {
                if (q.getGraph().equals(current)) continue;
                assertTrue(current == null || finished.add(current), "graph " + current + " comes in one piece");
                assertFalse(finished.contains(q.getGraph()), "graph " + q.getGraph() + " comes again after another graph");
                current = q.getGraph();
            }
            assertTrue(finished.size() + 1 >= 2, "the fixture has two graphs at least");
        }
    }

    @Test
    void aCreationLeftByAKilledProcessIsRemovedAndTheStoreOpens() throws Exception {
        Path db = dir.resolve("db");
        Path leftover = StoreDirectory.creationDirectory(db, deadPid());
        interruptedCreation(leftover);
        Path running = StoreDirectory.creationDirectory(db, ProcessHandle.current().parent().orElseThrow().pid());
        Files.createDirectories(running.resolve("Data-0001"));   // another process still creating: not touched
        try (TdbStore store = TdbStore.open(db)) {
            assertTrue(store.isEmpty());
            store.replace(Fixture.graphs());
        }
        assertFalse(Files.exists(leftover), "the killed process's creation directory is gone");
        assertTrue(Files.exists(running), "a running process's creation directory stays");
        try (TdbStore again = TdbStore.open(db)) {
            assertEquals(Fixture.dataset().stream().count(), again.size());
        }
    }

    @Test
    void aStoreDirectoryHoldingOnlyAnInterruptedCreationIsMadeAnew() throws Exception {
        Path db = dir.resolve("db");
        interruptedCreation(db);   // as a creation in place (older newskg, other TDB2 tools) killed midway leaves it
        try (TdbStore store = TdbStore.open(db)) {
            assertTrue(store.isEmpty());
            store.replace(Fixture.graphs());
            assertEquals(Fixture.dataset().stream().count(), store.size());
        }
        try (Stream<Path> siblings = Files.list(dir)) {
            assertEquals(List.of(db), siblings.toList(), "no creation directory left beside the store");
        }
    }

    @Test
    void aStoreThatHeldDataIsNeverMadeAnew() throws Exception {
        Path db = dir.resolve("db");
        try (TdbStore store = TdbStore.open(db)) {
            store.replace(Fixture.graphs());
            store.replace(List.of(new ArticleGraph(Fixture.HARBOUR, GraphFactory.createDefaultGraph())));
        }
        assertFalse(StoreDirectory.neverHeldData(db));
        try (TdbStore again = TdbStore.open(db)) {
            assertEquals(Fixture.graph(Fixture.ALASKA).size(), again.size());
        }
        Files.writeString(db.resolve("notes.txt"), "not TDB2's");
        Files.delete(db.resolve("Data-0001").resolve("nodes-data.obj"));
        assertFalse(StoreDirectory.neverHeldData(db), "a file TDB2 does not make means the directory is not an interrupted creation");
    }

    @Test
    void anEmptyStoreOpenTwiceInOneProcessIsShared() {
        Path db = dir.resolve("db");
        try (TdbStore first = TdbStore.open(db); TdbStore second = TdbStore.open(db)) {
            second.replace(Fixture.graphs());
            assertEquals(Fixture.dataset().stream().count(), first.size());
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Failed to get a lock: file='/data/store/tdb.lock': held by process 2885 | process 2885
            Failed to get a lock: file='/data/store/tdb.lock': failed to get the holder's process id | another process
            Node block manager empty = true // Records block manager empty = false | -
            No known block type for 0 | -
            """, nullValues = "-")
    void onlyTdb2sLockFailureMeansTheStoreIsInUse(String message, String holder) {
        RuntimeException e = message.startsWith("Failed to get a lock") ? new DBOpEnvException(message) : new BPTreeException(message);
        assertEquals(Optional.ofNullable(holder), TdbStore.lockHolder(new RuntimeException("wrapped", e)));
        assertEquals(Optional.of("this process"), TdbStore.lockHolder(new AlreadyLocked("Failed to get a lock: file='x': Lock already held")));
    }

    /** The pid of a process that has ended. */
    private static long deadPid() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        return p.pid();
    }

    /**
     * What a process killed while TDB2 creates a database leaves (seen with {@code kill -9}): the lock file and
     * some of the files, here the node table's B+ tree with an index file of length 0.
     */
    private static void interruptedCreation(Path db) throws Exception {
        Path data = Files.createDirectories(db.resolve("Data-0001"));
        Files.writeString(db.resolve("tdb.lock"), "1234\n");
        Files.writeString(data.resolve("tdb.lock"), "1234\n");
        Files.write(data.resolve("nodes.dat"), new byte[8 * 1024 * 1024]);
        Files.write(data.resolve("nodes.bpt"), new byte[24]);
        Files.createFile(data.resolve("nodes.idn"));
        Files.createFile(data.resolve("journal.jrnl"));
    }

    @Test
    void aNewVersionIsStoredExactlyWhateverItKeepsChangesOrAdds() {
        try (TdbStore store = TdbStore.open(dir.resolve("db"))) {
            Graph old = Fixture.graph(Fixture.HARBOUR).graph();
            Node blank = NodeFactory.createBlankNode(), note = NodeFactory.createURI("https://w3id.org/newskg#note");
            old.add(Triple.create(blank, note, NodeFactory.createLiteralString("kept, but a blank node is new in every version")));
            store.replace(List.of(new ArticleGraph(Fixture.HARBOUR, old)));
            Graph next = GraphFactory.createDefaultGraph();
            List<Triple> triples = old.find().toList();
            triples.stream().skip(1).forEach(next::add);                       // the first one goes
            Triple changed = triples.get(2);                                   // one changes its object
            next.delete(changed);
            next.add(Triple.create(changed.getSubject(), changed.getPredicate(), NodeFactory.createLiteralString("changed")));
            next.add(Triple.create(Fixture.HARBOUR, note, NodeFactory.createLiteralString("new")));
            next.add(Triple.create(NodeFactory.createBlankNode(), note, NodeFactory.createLiteralString("kept, but a blank node is new in every version")));
            store.replace(List.of(new ArticleGraph(Fixture.HARBOUR, next)));
            Graph stored = store.export(Optional.of(Fixture.HARBOUR)).getGraph(Fixture.HARBOUR);
            assertTrue(stored.isIsomorphicWith(next), "the stored graph is the new version, no more and no less");
        }
    }

    @Test
    void aBulkLoadOfManyBatchesWritesEveryQuad() {
        try (TdbStore store = TdbStore.open(dir.resolve("db"))) {
            store.bulkLoad(sink -> {
                for (int i = 0; i < 25_000; i++)
                    sink.quad(org.apache.jena.sparql.core.Quad.create(NodeFactory.createURI("https://example.org/graph/" + i % 7),
                            NodeFactory.createURI("https://example.org/s/" + i), NodeFactory.createURI("https://example.org/p"), NodeFactory.createLiteralString("v" + i)));
            });
            assertEquals(25_000, store.size());
            assertEquals(7, store.graphNames().size());
        }
    }

    @Test
    void aBulkLoadThatFailsHalfWayLeavesTheStoreEmptyAndUsable() {
        try (TdbStore store = TdbStore.open(dir.resolve("db"))) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> store.bulkLoad(sink -> {
                Fixture.dataset().find().forEachRemaining(sink::quad);
                Fixture.dataset().find().forEachRemaining(sink::quad);
                throw new IllegalStateException("parse error (simulated)");
            }));
            assertEquals("parse error (simulated)", e.getMessage());
            assertTrue(store.isEmpty(), "one transaction: nothing of the failed load stays");
            store.replace(Fixture.graphs());
            assertEquals(Fixture.dataset().stream().count(), store.size());
        }
    }

    /** A copy of {@code g} whose iteration throws after {@code n} triples, as a disk or parser failure would. */
    private static Graph failingAfter(Graph g, int n) {
        List<Triple> triples = g.find().toList();
        return new org.apache.jena.graph.impl.GraphBase() {
            @Override
            protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
                java.util.Iterator<Triple> it = triples.iterator();
                return WrappedIterator.create(new java.util.Iterator<Triple>() {
                    int i;
                    public boolean hasNext() { return it.hasNext(); }
                    public Triple next() {
                        if (i++ == n) throw new IllegalStateException("disk full (simulated)");
                        return it.next();
                    }
                });
            }
        };
    }
}
