package org.w3id.newskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bulk load builds the store's next TDB2 generation ({@link NextGeneration}) and switches to it: the same store as
 * graph-by-graph loading gives (quads, tallies, full-text index), and what a load killed at any point leaves is put
 * right when the store is next opened.
 */
class BulkLoadTest {
    @TempDir Path dir;

    @Test
    void aBulkLoadGivesTheStoreThatLoadingGraphByGraphGives() {
        assertSameAsGraphByGraph(sink -> Fixture.dataset().find().forEachRemaining(sink::quad),
                store -> assertEquals(1, TextIndexTest.search(store, "Waffenstillstand").size()));
    }

    /** Quads that do not come graph by graph: the tallies are counted over the new generation, with the same result. */
    @Test
    void aLoadWhoseGraphsComeInterleavedGivesTheSameTallies() {
        assertSameAsGraphByGraph(sink -> {
            List<Quad> quads = Fixture.dataset().stream().toList();
            for (int i = 0; i < quads.size(); i += 2) sink.quad(quads.get(i));   // every other quad, then the rest
            for (int i = 1; i < quads.size(); i += 2) sink.quad(quads.get(i));
        }, store -> {});
    }

    /** Bulk-loads {@code feed} into a new store (checked by {@code loaded} while open) and compares it with the fixture's graphs loaded one by one. */
    private void assertSameAsGraphByGraph(Consumer<StreamRDF> feed, Consumer<TdbStore> loaded) {
        DatasetGraph bulk = DatasetGraphFactory.create(), byGraph = DatasetGraphFactory.create();
        try (TdbStore store = TdbStore.open(dir.resolve("bulk"))) {
            store.bulkLoad(feed);
            copy(store, bulk);
            loaded.accept(store);
        }
        try (TdbStore store = TdbStore.open(dir.resolve("by-graph"))) {
            store.replace(Fixture.graphs());
            copy(store, byGraph);
        }
        assertTrue(bulk.getGraph(Tallies.GRAPH).size() > 10, "the tallies are counted");
        assertTrue(IsoMatcher.isomorphic(byGraph, bulk), "the same quads, the tallies included");
    }

    @Test
    void theLoadedGenerationReplacesTheEmptyOneHoldingEachQuadOnceAndTheDefaultGraphsTriples() throws Exception {
        Path db = dir.resolve("db");
        Quad inDefault = Quad.create(Quad.defaultGraphIRI, NodeFactory.createURI("https://example.org/s"),
                NodeFactory.createURI("https://example.org/p"), NodeFactory.createLiteralString("o"));
        try (TdbStore store = TdbStore.open(db)) {
            store.bulkLoad(sink -> {
                Fixture.dataset().find().forEachRemaining(sink::quad);
                sink.quad(inDefault);
                Fixture.dataset().find().forEachRemaining(sink::quad);   // each quad twice: stored once
            });
            assertTrue(Txn.calculateRead(store.dataset(), () -> store.dataset().contains(inDefault)));
        }
        assertEquals(List.of("Data-0002", "tdb.lock", "text-index"), names(db));
        long quads = Fixture.dataset().stream().count() + 1;
        try (TdbStore store = TdbStore.open(db)) {
            assertEquals(quads, store.size());
            assertTrue(Txn.calculateRead(store.dataset(), () -> store.dataset().contains(inDefault)));
            store.compact();
            assertEquals(quads, store.size());
            assertEquals(List.of("Data-0003", "tdb.lock", "text-index"), names(db));
        }
    }

    /** A load killed before its switch leaves {@code Data-NNNN-tmp}: the store opens empty, without it, and loads again. */
    @Test
    void aGenerationLeftByAKilledLoadIsRemovedWhenTheStoreOpens() throws Exception {
        Path db = dir.resolve("db");
        TdbStore.open(db).close();
        Path left = Files.createDirectories(db.resolve("Data-0002-tmp"));
        Files.writeString(left.resolve("nodes-data.obj"), "half a load");
        try (TdbStore store = TdbStore.open(db)) {
            assertTrue(store.isEmpty());
            assertFalse(Files.exists(left));
            store.bulkLoad(sink -> Fixture.dataset().find().forEachRemaining(sink::quad));
            assertEquals(Fixture.dataset().stream().count(), store.size());
        }
    }

    /**
     * Killed after the switch but before the full-text index committed, a load leaves the store whole and its index
     * behind, with the mark {@link TextIndex#PENDING}: the next opening builds the index again from the data.
     */
    @Test
    void anIndexLeftBehindTheDataByAKilledLoadIsBuiltAgain() throws Exception {
        Path db = dir.resolve("db"), empty = dir.resolve("empty-index");
        TdbStore.open(db).close();
        copyTree(db.resolve(TextIndex.DIRECTORY), empty);
        try (TdbStore store = TdbStore.open(db)) {
            store.bulkLoad(sink -> Fixture.dataset().find().forEachRemaining(sink::quad));
        }
        deleteTree(db.resolve(TextIndex.DIRECTORY));
        copyTree(empty, db.resolve(TextIndex.DIRECTORY));   // the index as it was before the load's commit
        try (TdbStore store = TdbStore.open(db)) {
            assertEquals(0, TextIndexTest.search(store, "Waffenstillstand").size(), "without the mark, nothing tells");
        }
        Files.writeString(db.resolve(TextIndex.PENDING), "");
        try (TdbStore store = TdbStore.open(db)) {
            assertEquals(1, TextIndexTest.search(store, "Waffenstillstand").size());
            assertFalse(Files.exists(db.resolve(TextIndex.PENDING)));
        }
    }

    private static void copy(TdbStore store, DatasetGraph into) {
        Txn.executeRead(store.dataset(), () -> store.dataset().find().forEachRemaining(into::add));
    }

    private static List<String> names(Path dir) throws java.io.IOException {
        try (Stream<Path> all = Files.list(dir)) {
            return all.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static void copyTree(Path from, Path to) throws java.io.IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.sorted().toList()) Files.copy(p, to.resolve(from.relativize(p).toString()));
        }
    }

    private static void deleteTree(Path root) throws java.io.IOException {
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
