package org.w3id.newskg.store;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;

/** The hand-written contract-shaped fixture {@code src/test/resources/store/example.trig} (two article graphs). */
public final class Fixture {
    public static final Node ALASKA = NodeFactory.createURI("https://w3id.org/newskg/id/graph/alaska-summit-reactions.de");
    public static final Node HARBOUR = NodeFactory.createURI("https://w3id.org/newskg/id/graph/harbour-talks.en");

    private Fixture() {}

    public static DatasetGraph dataset() {
        return RDFParser.source(Fixture.class.getResourceAsStream("/store/example.trig")).lang(org.apache.jena.riot.Lang.TRIG).toDatasetGraph();
    }

    public static List<ArticleGraph> graphs() { return ArticleGraph.of(dataset()); }

    public static ArticleGraph graph(Node name) {
        return graphs().stream().filter(g -> g.name().equals(name)).findFirst().orElseThrow();
    }
}
