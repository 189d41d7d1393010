package org.w3id.newskg.store;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;

/**
 * The tallies that {@link TallyCounter} adds up are those that {@code tallies.ru} counts over the same graphs, on
 * invented graphs that reach each of its operations, on the hand-written fixture and on the golden graphs (the demo
 * article's among them); where a row's text names two keys it gives none.
 */
class TallyCounterTest {
    private static final String NKG = "https://w3id.org/newskg#";

    @Test
    void theInventedCasesReachEveryOperationAndCountAsTalliesRuCounts() {
        DatasetGraph cases = read(TallyCounterTest.class.getResourceAsStream("/store/tally-cases.trig"));
        Graph expected = byTalliesRu(cases);
        Set<String> reached = new TreeSet<>();
        expected.find().forEachRemaining(t -> {
            reached.add(t.getPredicate().getLocalName());
            if (t.getObject().isURI() && t.getObject().getURI().startsWith(NKG)) reached.add(t.getObject().getLocalName());
        });
        for (String what : List.of("statementCount", "directQuoteCount", "reportedSpeechCount", "channelStatementCount", "ChannelTally",
                "channelSpeakerLabel", "ChannelLabelTally", "EventTally", "ofEventType", "EventArticleTally", "EventPlaceTally",
                "eventArticleIds", "eventPlaces", "PersonTally", "LinkTally", "NameTally", "OfficeTally", "CountryTally",
                "UnlinkedTally", "CandidateTally",
                "graphStatementCount", "graphDirectQuoteCount", "graphReportedSpeechCount", "statementGraph"))
            assertTrue(reached.contains(what), "the cases reach " + what + ": " + reached);
        assertSame(expected, byCounter(cases));
    }

    @Test
    void theFixtureAndTheGoldenGraphsCountAsTalliesRuCounts() throws IOException {
        List<DatasetGraph> all = new ArrayList<>(List.of(Fixture.dataset()));
        DatasetGraph golden = DatasetGraphFactory.create();
        try (Stream<Path> dirs = Files.list(Path.of("src/test/resources/golden"))) {
            for (Path d : dirs.sorted().toList())
                if (Files.exists(d.resolve("expected.trig"))) RDFParser.source(d.resolve("expected.trig")).parse(golden);
        }
        assertTrue(golden.stream().map(Quad::getGraph).distinct().count() >= 7, "the golden graphs");
        all.add(golden);
        for (DatasetGraph dsg : all) {
            Graph expected = byTalliesRu(dsg);
            assertTrue(expected.size() > 100, "something to count: " + expected.size());
            assertSame(expected, byCounter(dsg));
        }
    }

    @Test
    void aRowWhoseTextNamesTwoKeysGivesNoTallies() {
        DatasetGraph dsg = read(new java.io.ByteArrayInputStream("""
                <https://w3id.org/newskg/id/graph/x> {
                  <https://example.org/p> a <https://schema.org/Person> ; <http://www.w3.org/2000/01/rdf-schema#label> "Ben Kraus"@de , "Ben Kraus"@en .
                }""".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        TallyCounter counter = new TallyCounter();
        counter.count(NodeFactory.createURI("https://w3id.org/newskg/id/graph/x"), dsg.stream().toList());
        assertNull(counter.quads(), "the person row's text leaves the language out");
        TallyCounter one = new TallyCounter();
        one.count(NodeFactory.createURI("https://w3id.org/newskg/id/graph/x"), dsg.stream().limit(2).toList());
        assertNotNull(one.quads(), "one label: a row");
    }

    /** The tallies graph that {@code tallies.ru} counts over {@code dsg}'s graphs, its marks included. */
    static Graph byTalliesRu(DatasetGraph dsg) {
        DatasetGraph copy = DatasetGraphFactory.create();
        dsg.find().forEachRemaining(copy::add);
        Tallies.rebuild(copy);
        Graph g = GraphFactory.createDefaultGraph();
        copy.getGraph(Tallies.GRAPH).find().forEachRemaining(g::add);
        return g;
    }

    /** The tallies graph that the counter adds up from {@code dsg}'s graphs, one by one, with the marks. */
    static Graph byCounter(DatasetGraph dsg) {
        TallyCounter counter = new TallyCounter();
        List<Node> graphs = new ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(graphs::add);
        for (Node g : graphs) counter.count(g, dsg.stream(g, Node.ANY, Node.ANY, Node.ANY).toList());
        List<Quad> quads = counter.quads();
        assertNotNull(quads, "no row's text names two keys");
        Graph g = GraphFactory.createDefaultGraph();
        quads.forEach(q -> g.add(q.asTriple()));
        Tallies.marks().forEach(q -> g.add(q.asTriple()));
        return g;
    }

    private static void assertSame(Graph expected, Graph actual) {
        assertTrue(IsoMatcher.isomorphic(expected, actual), () -> "tallies.ru:\n" + sorted(expected) + "\ncounter:\n" + sorted(actual));
    }

    private static String sorted(Graph g) {
        StringWriter w = new StringWriter();
        RDFDataMgr.write(w, g, Lang.NTRIPLES);
        return String.join("\n", new TreeSet<>(List.of(w.toString().split("\n"))));
    }

    private static DatasetGraph read(java.io.InputStream in) {
        return RDFParser.source(in).lang(Lang.TRIG).toDatasetGraph();
    }
}
