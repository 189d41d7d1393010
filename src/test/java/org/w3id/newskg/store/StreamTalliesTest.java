package org.w3id.newskg.store;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;

/**
 * The tallies counted from a bulk load's stream a few graphs at a time are those that counting over the whole store
 * gives; quads that do not come graph by graph leave the counting to the store.
 */
class StreamTalliesTest {
    @Test
    void theTalliesCountedBatchByBatchAreTheTalliesOfTheWholeStore() {
        DatasetGraph whole = DatasetGraphFactory.create();
        Fixture.dataset().find().forEachRemaining(whole::add);
        Tallies.rebuild(whole);
        for (int batch : new int[] {1, 40, StreamTallies.BATCH}) {   // a batch per graph, a few graphs, all in one
            StreamTallies tallies = new StreamTallies(batch);
            Fixture.dataset().find().forEachRemaining(tallies::add);
            Graph counted = GraphFactory.createDefaultGraph();
            tallies.finish().forEach(q -> counted.add(q.asTriple()));
            assertTrue(whole.getGraph(Tallies.GRAPH).size() > 10, "there is something to count");
            assertTrue(IsoMatcher.isomorphic(whole.getGraph(Tallies.GRAPH), counted), "batches of " + batch + ": the same tallies");
        }
    }

    @Test
    void aGraphMetAgainAfterAnotherLeavesTheCountingToTheStore() {
        List<Quad> quads = new ArrayList<>();
        Fixture.dataset().find(Fixture.ALASKA, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(quads::add);
        Fixture.dataset().find(Fixture.HARBOUR, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(quads::add);
        quads.add(quads.getFirst());
        StreamTallies tallies = new StreamTallies(1);
        quads.forEach(tallies::add);
        assertNull(tallies.finish());
    }

    @Test
    void aQuadOfTheTalliesGraphLeavesTheCountingToTheStore() {
        StreamTallies tallies = new StreamTallies();
        Fixture.dataset().find().forEachRemaining(tallies::add);
        tallies.add(Tallies.marks().getFirst());
        assertNull(tallies.finish());
    }

    @Test
    void anAbandonedCountStops() {
        StreamTallies tallies = new StreamTallies(1);
        Fixture.dataset().find().forEachRemaining(tallies::add);
        tallies.abandon();
        assertNull(tallies.finish());
    }
}
