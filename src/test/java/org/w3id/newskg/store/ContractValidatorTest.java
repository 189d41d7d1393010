package org.w3id.newskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
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
        Node kuhn = NodeFactory.createURI("https://w3id.org/newskg/id/person/jana-kuehn");
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

    /**
     * How a graph is changed; whether its texts then still stand at their offsets as far as the check in code can
     * tell, and whether the shapes' SPARQL finds a text that does not.
     */
    private record Change(String name, boolean textsHold, boolean mismatch, java.util.function.Consumer<Graph> apply) {}

    private static final Node BEGIN = NodeFactory.createURI(NIF + "beginIndex"), END = NodeFactory.createURI(NIF + "endIndex"),
            ANCHOR = NodeFactory.createURI(NIF + "anchorOf"), IS_STRING = NodeFactory.createURI(NIF + "isString");

    @Test
    void checkingTheTextsAtTheOffsetsInCodeReportsWhatTheShapesSparqlReports() {
        List<Change> changes = List.of(
                new Change("unchanged", true, false, g -> { }),
                new Change("a statement's begin moved", false, true, g -> setInt(g, STATEMENT_0, BEGIN, +1)),
                new Change("a statement's end past the text", false, true, g -> setInt(g, STATEMENT_0, END, +100_000)),
                new Change("a span's words changed", false, true, g -> {
                    Triple t = g.find(Node.ANY, ANCHOR, Node.ANY).next();
                    g.delete(t);
                    g.add(t.getSubject(), ANCHOR, NodeFactory.createLiteralString(t.getObject().getLiteralLexicalForm() + "x"));
                }),
                new Change("a span without its end", true, false, g -> g.remove(g.find(Node.ANY, ANCHOR, Node.ANY).next().getSubject(), END, Node.ANY)),
                new Change("an offset as a decimal", false, false, g -> {
                    Node old = g.find(STATEMENT_0, BEGIN, Node.ANY).next().getObject();
                    g.remove(STATEMENT_0, BEGIN, old);
                    g.add(STATEMENT_0, BEGIN, NodeFactory.createLiteralDT(old.getLiteralLexicalForm() + ".0", org.apache.jena.datatypes.xsd.XSDDatatype.XSDdecimal));
                }),
                // an astral character before the text: offsets count it once (code points), Java strings twice
                new Change("an emoji first, offsets one further", true, false, g -> emojiFirst(g, 1)),
                new Change("an emoji first, offsets two further", false, true, g -> emojiFirst(g, 2)));
        for (Change c : changes) {
            Graph g = copy(Fixture.HARBOUR);
            c.apply().accept(g);
            assertEquals(c.textsHold(), ContractValidator.textsAtOffsetsHold(g), c.name());
            ContractValidator.Report fast = V.validate(Fixture.HARBOUR, g), full = V.validateInFull(Fixture.HARBOUR, g);
            assertEquals(full.problems(), fast.problems(), c.name() + ":\n" + full.text() + "\n---\n" + fast.text());
            assertEquals(c.mismatch(), full.text().contains("is not the article's text at"), c.name() + ": " + full.text());
        }
    }

    private static void setInt(Graph g, Node s, Node p, int delta) {
        Node old = g.find(s, p, Node.ANY).next().getObject();
        g.remove(s, p, old);
        g.add(s, p, NodeFactory.createLiteralDT(Integer.toString(Integer.parseInt(old.getLiteralLexicalForm()) + delta),
                org.apache.jena.datatypes.xsd.XSDDatatype.XSDnonNegativeInteger));
    }

    private static void emojiFirst(Graph g, int shift) {
        Triple text = g.find(Node.ANY, IS_STRING, Node.ANY).next();
        g.delete(text);
        g.add(text.getSubject(), IS_STRING, NodeFactory.createLiteralString("🙂" + text.getObject().getLiteralLexicalForm()));
        for (Node p : List.of(BEGIN, END))
            for (Triple t : g.find(Node.ANY, p, Node.ANY).toList())
                if (!t.getSubject().equals(text.getSubject()) || p.equals(END)) setInt(g, t.getSubject(), p, t.getSubject().equals(text.getSubject()) ? 1 : shift);
    }

    private static Graph copy(Node name) {
        Graph g = GraphFactory.createDefaultGraph();
        Fixture.graph(name).graph().find().forEachRemaining(g::add);
        return g;
    }
}
