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
 * The tallies counted from a bulk load's stream graph by graph are those that counting over the whole store gives (on
 * the fixture and on the invented cases of {@link TallyCounterTest}); quads that do not come graph by graph leave the
 * counting to the store.
 */
class StreamTalliesTest {
    @Test
    void theTalliesCountedGraphByGraphAreTheTalliesOfTheWholeStore() {
        for (DatasetGraph input : List.of(Fixture.dataset(), cases())) {
            DatasetGraph whole = DatasetGraphFactory.create();
            input.find().forEachRemaining(whole::add);
            Tallies.rebuild(whole);
            StreamTallies tallies = new StreamTallies();
            input.find().forEachRemaining(tallies::add);
            Graph counted = GraphFactory.createDefaultGraph();
            tallies.finish().forEach(q -> counted.add(q.asTriple()));
            assertTrue(whole.getGraph(Tallies.GRAPH).size() > 10, "there is something to count");
            assertTrue(IsoMatcher.isomorphic(whole.getGraph(Tallies.GRAPH), counted), "the same tallies");
        }
    }

    /** The same graph's quads twice in a row are one graph (a graph is a set), as in the store. */
    @Test
    void aGraphsQuadsRepeatedInARowCountOnce() {
        List<Quad> quads = Fixture.dataset().stream(Fixture.ALASKA, Node.ANY, Node.ANY, Node.ANY).toList();
        StreamTallies once = new StreamTallies(), twice = new StreamTallies();
        quads.forEach(once::add);
        quads.forEach(twice::add);
        quads.forEach(twice::add);
        Graph a = GraphFactory.createDefaultGraph(), b = GraphFactory.createDefaultGraph();
        once.finish().forEach(q -> a.add(q.asTriple()));
        twice.finish().forEach(q -> b.add(q.asTriple()));
        assertTrue(a.size() > 10 && IsoMatcher.isomorphic(a, b));
    }

    @Test
    void aGraphMetAgainAfterAnotherLeavesTheCountingToTheStore() {
        List<Quad> quads = new ArrayList<>();
        Fixture.dataset().find(Fixture.ALASKA, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(quads::add);
        Fixture.dataset().find(Fixture.HARBOUR, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(quads::add);
        quads.add(quads.getFirst());
        StreamTallies tallies = new StreamTallies();
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

    private static DatasetGraph cases() {
        return org.apache.jena.riot.RDFParser.source(StreamTalliesTest.class.getResourceAsStream("/store/tally-cases.trig"))
                .lang(org.apache.jena.riot.Lang.TRIG).toDatasetGraph();
    }

    @Test
    void anAbandonedCountStops() {
        StreamTallies tallies = new StreamTallies();
        Fixture.dataset().find().forEachRemaining(tallies::add);
        tallies.abandon();
        assertNull(tallies.finish());
    }
}
