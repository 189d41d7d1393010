package org.w3id.newskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
