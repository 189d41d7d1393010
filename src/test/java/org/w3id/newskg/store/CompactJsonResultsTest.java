package org.w3id.newskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.TextDirection;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.rowset.RowSetReaderRegistry;
import org.apache.jena.riot.rowset.RowSetWriterRegistry;
import org.apache.jena.riot.rowset.rw.RowSetWriterJSON;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.junit.jupiter.api.Test;

/** The server's one-line SPARQL JSON answers read back as the same rows as Jena's indented ones. */
class CompactJsonResultsTest {
    private static final Var A = Var.alloc("a"), B = Var.alloc("b"), C = Var.alloc("c");

    private static List<Binding> rows() {
        Node iri = NodeFactory.createURI("https://w3id.org/newskg/id/person/jana-kühn");
        return List.of(
                BindingFactory.binding(A, iri, B, NodeFactory.createLiteralString("er sagte: \"Nein\" \\ und\nging\t\u0001 – „gut“"), C, NodeFactory.createLiteralLang("Hafen", "de")),
                BindingFactory.binding(A, NodeFactory.createBlankNode("b0"), B, NodeFactory.createLiteralDT("15", XSDDatatype.XSDinteger)),
                BindingFactory.binding(B, NodeFactory.createLiteralDirLang("سلام", "ar", TextDirection.RTL), C, NodeFactory.createLiteralDT("0.55", XSDDatatype.XSDdecimal)),
                BindingFactory.binding(A, NodeFactory.createTripleTerm(iri, NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label"), NodeFactory.createLiteralString("Jana Kühn"))),
                BindingFactory.binding());
    }

    private static RowSet rowSet() { return RowSetStream.create(List.of(A, B, C), rows().iterator()); }

    private static List<Binding> read(byte[] json) {
        RowSet rs = RowSetReaderRegistry.getFactory(ResultSetLang.RS_JSON).create(ResultSetLang.RS_JSON).read(new ByteArrayInputStream(json), null);
        assertEquals(List.of(A, B, C), rs.getResultVars());
        return rs.materialize().stream().toList();
    }

    private static String shown(List<Binding> rows) { return rows.toString().replaceAll("_:\\w+", "_:b"); }

    @Test
    void theAnswerIsTheSameRowsAsJenasInOneLinePerRow() {
        ByteArrayOutputStream jena = new ByteArrayOutputStream(), compact = new ByteArrayOutputStream();
        RowSetWriterJSON.factory.create(ResultSetLang.RS_JSON).write(jena, rowSet(), null);
        CompactJsonResults.install();
        RowSetWriterRegistry.getFactory(ResultSetLang.RS_JSON).create(ResultSetLang.RS_JSON).write(compact, rowSet(), null);
        assertEquals(shown(rows()), shown(read(jena.toByteArray())));
        assertEquals(shown(rows()), shown(read(compact.toByteArray())), "the same rows (a blank node is read back under a label of the reader's)");
        String text = compact.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith("{\"head\":{\"vars\":[\"a\",\"b\",\"c\"]},\"results\":{\"bindings\":[\n{\"a\":{\"type\":\"uri\""), text);
        assertEquals(rows().size() + 2, text.lines().count(), "one line per row: " + text);
        assertFalse(text.contains("  "), "no indentation");
        assertTrue(compact.size() < jena.size() * 0.8, compact.size() + " bytes against " + jena.size());
    }

    @Test
    void anEmptyAnswerAndAnAskAnswer() {
        CompactJsonResults.install();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RowSetWriterRegistry.getFactory(ResultSetLang.RS_JSON).create(ResultSetLang.RS_JSON).write(out, RowSetStream.create(List.of(A), List.<Binding>of().iterator()), null);
        assertEquals(List.of(), RowSetReaderRegistry.getFactory(ResultSetLang.RS_JSON).create(ResultSetLang.RS_JSON).read(new ByteArrayInputStream(out.toByteArray()), null).materialize().stream().toList());
        out.reset();
        RowSetWriterRegistry.getFactory(ResultSetLang.RS_JSON).create(ResultSetLang.RS_JSON).write(out, true, null);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("\"boolean\" : true"), out.toString(StandardCharsets.UTF_8));
    }
}
