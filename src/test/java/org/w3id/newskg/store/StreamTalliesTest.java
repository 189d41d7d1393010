package org.w3id.newskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tallies counted from a bulk load's stream, chunk by chunk, are exactly those counted over the whole store; a
 * stream that cannot be counted chunk by chunk (a graph in parts, the tallies' own graph) says so, and the bulk load
 * then counts the store as before.
 */
class StreamTalliesTest {
    private static final List<Quad> QUADS = new ArrayList<>();
    @TempDir Path dir;

    @BeforeAll
    static void readGoldenGraphs() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/golden"))) {
            for (Path d : files.sorted().toList())
                if (Files.exists(d.resolve("expected.trig"))) RDFParser.source(d.resolve("expected.trig")).toDatasetGraph().find().forEachRemaining(QUADS::add);
        }
        QUADS.sort(java.util.Comparator.comparing(q -> q.getGraph().getURI()));   // each graph's quads together, as in an export
        assertTrue(QUADS.size() > 1000, "the golden article graphs' quads: " + QUADS.size());
    }

    @Test
    void talliesCountedChunkByChunkAreThoseCountedOverTheStore() {
        Set<Quad> recounted;
        try (TdbStore store = TdbStore.open(dir.resolve("db"))) {
            Txn.executeWrite(store.dataset(), () -> {
                QUADS.forEach(store.dataset()::add);
                Tallies.rebuild(store.dataset());
            });
            recounted = Txn.calculateRead(store.dataset(), () -> set(store.dataset().find(Tallies.GRAPH, Node.ANY, Node.ANY, Node.ANY)));
        }
        assertTrue(recounted.size() > 100, "rows for speakers, channels, events, persons: " + recounted.size());
        for (int chunk : new int[] {1, 50, 400, StreamTallies.CHUNK}) {   // a graph per chunk, a few per chunk, all in one
            StreamTallies counter = new StreamTallies(chunk);
            QUADS.forEach(counter::quad);
            assertEquals(recounted, new HashSet<>(counter.result()), "chunks of " + chunk + " counted quads");
        }
    }

    @Test
    void aGraphInPartsOrTheTalliesGraphAreLeftToTheStoreCount() {
        StreamTallies parts = new StreamTallies(1);
        QUADS.forEach(parts::quad);
        parts.quad(QUADS.getFirst());   // the first graph again, after its chunk was counted
        assertNull(parts.result());

        StreamTallies own = new StreamTallies();
        own.quad(Quad.create(Tallies.GRAPH, Tallies.markers().getFirst().asTriple()));
        QUADS.forEach(own::quad);
        assertNull(own.result());
    }

    /** A graph that comes again within its own chunk (quads of two graphs interleaved) is counted once. */
    @Test
    void aGraphThatComesAgainWithinItsChunkIsCountedWhole() {
        List<Quad> interleaved = new ArrayList<>();
        List<Node> graphs = QUADS.stream().map(Quad::getGraph).distinct().toList();
        List<Quad> first = QUADS.stream().filter(q -> q.getGraph().equals(graphs.get(0))).toList();
        List<Quad> second = QUADS.stream().filter(q -> q.getGraph().equals(graphs.get(1))).toList();
        for (int i = 0; i < Math.max(first.size(), second.size()); i++) {
            if (i < first.size()) interleaved.add(first.get(i));
            if (i < second.size()) interleaved.add(second.get(i));
        }
        StreamTallies whole = new StreamTallies(), asIs = new StreamTallies();
        first.forEach(whole::quad);
        second.forEach(whole::quad);
        interleaved.forEach(asIs::quad);
        assertEquals(new HashSet<>(whole.result()), new HashSet<>(asIs.result()));
    }

    private static Set<Quad> set(java.util.Iterator<Quad> it) {
        Set<Quad> s = new HashSet<>();
        it.forEachRemaining(s::add);
        return s;
    }
}
