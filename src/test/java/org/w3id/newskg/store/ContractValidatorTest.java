package org.w3id.newskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

class ContractValidatorTest {
    private static final ContractValidator V = ContractValidator.shipped();
    private static final String NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
    private static final Node STATEMENT_0 = NodeFactory.createURI("https://w3id.org/newskg/id/statement/harbour-talks.en/0");

    @Test
    void theFixtureConforms() {
        for (ArticleGraph g : Fixture.graphs()) {
            ContractValidator.Report r = V.validate(g);
            assertTrue(r.problems().isEmpty(), r.text());
        }
    }

    @Test
    void offsetsThatDoNotPointAtTheWordsAreAViolation() {
        Graph g = copy(Fixture.HARBOUR);
        Node begin = NodeFactory.createURI(NIF + "beginIndex");
        Node old = g.find(STATEMENT_0, begin, Node.ANY).next().getObject();
        g.remove(STATEMENT_0, begin, old);
        g.add(STATEMENT_0, begin, NodeFactory.createLiteralDT("122", org.apache.jena.datatypes.xsd.XSDDatatype.XSDnonNegativeInteger));
        ContractValidator.Report r = V.validate(Fixture.HARBOUR, g);
        assertFalse(r.conforms());
        assertEquals(1, r.violations().size(), r.text());
        assertTrue(r.violations().get(0).line().startsWith("violation id:statement/harbour-talks.en/0: schema:text is not the article's text"), r.text());
    }

    @Test
    void aSameAsOutsideWikidataAndAPersonWithTwoLabelsAreViolations() {
        Graph g = copy(Fixture.HARBOUR);
        Node kuhn = NodeFactory.createURI("https://w3id.org/newskg/id/person/jana-kuhn");
        g.add(kuhn, NodeFactory.createURI("http://www.w3.org/2002/07/owl#sameAs"), NodeFactory.createURI("http://dbpedia.org/resource/X"));
        g.add(kuhn, NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label"), NodeFactory.createLiteralString("Kühn"));
        ContractValidator.Report r = V.validate(Fixture.HARBOUR, g);
        assertEquals(2, r.violations().size(), r.text());
        assertTrue(r.text().contains("owl:sameAs must be a Wikidata item"), r.text());
        assertTrue(r.text().contains("exactly one rdfs:label"), r.text());
    }

    @Test
    void aStatementWithoutSpeakerIsOnlyAWarning() {
        Graph g = copy(Fixture.HARBOUR);
        g.remove(STATEMENT_0, NodeFactory.createURI("http://www.w3.org/ns/prov#wasAttributedTo"), Node.ANY);
        ContractValidator.Report r = V.validate(Fixture.HARBOUR, g);
        assertTrue(r.conforms(), r.text());
        assertEquals(1, r.warnings().size(), r.text());
    }

    @Test
    void aGraphWithoutItsProvenanceRecordIsRefused() {
        Graph g = copy(Fixture.HARBOUR);
        g.remove(Fixture.HARBOUR, Node.ANY, Node.ANY);
        ContractValidator.Report r = V.validate(Fixture.HARBOUR, g);
        assertEquals(List.of("violation id:graph/harbour-talks.en: the graph does not say what produced it and when (<graph> prov:wasGeneratedBy, prov:generatedAtTime; contract 6)"),
                r.violations().stream().map(ContractValidator.Problem::line).toList());
    }

    private static Graph copy(Node name) {
        Graph g = GraphFactory.createDefaultGraph();
        Fixture.graph(name).graph().find().forEachRemaining(g::add);
        return g;
    }
}
