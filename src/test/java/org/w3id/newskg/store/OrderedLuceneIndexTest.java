package org.w3id.newskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SchemaDO;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * The documents {@link OrderedLuceneIndex} makes itself are jena-text's, field for field, and their uid is the one
 * jena-text deletes by: real Lucene indexes in memory.
 */
class OrderedLuceneIndexTest {
    private static final Node GRAPH = NodeFactory.createURI("https://w3id.org/newskg/id/graph/invented-talks.de");
    private static final Node SUBJECT = NodeFactory.createURI("https://w3id.org/newskg/id/statement/invented-talks.de/1");

    /** jena-text's own document of an entity, with the same configuration. */
    private static final class JenaText extends TextIndexLucene {
        JenaText(TextIndexConfig config) { super(new ByteBuffersDirectory(), config); }
        Document plain(Entity e) { return doc(e); }
    }

    @Test
    void theDocumentOfAnEntryIsJenaTextsWithTheTwoSortKeys() {
        TextIndexConfig config = TextIndex.config();
        JenaText jena = new JenaText(config);
        OrderedLuceneIndex ordered = new OrderedLuceneIndex(new ByteBuffersDirectory(), config);
        try {
            for (Node literal : List.of(NodeFactory.createLiteralString("Sie äußerte Zweifel am Waffenstillstand."),
                    NodeFactory.createLiteralLang("Jana Kühn", "de"), NodeFactory.createLiteralDT("Vertrag", XSDDatatype.XSDnormalizedString))) {
                for (Node predicate : List.of(SchemaDO.text.asNode(), RDFS.label.asNode())) {
                    Entity e = TextQueryFuncs.entityFromQuad(config.getEntDef(), Quad.create(GRAPH, SUBJECT, predicate, literal));
                    Document expected = jena.plain(e), actual = ordered.doc(e);
                    assertEquals(describe(expected.getFields()) + List.of(OrderedLuceneIndex.SUBJECT_ORDER, OrderedLuceneIndex.GRAPH_ORDER),
                            describe(actual.getFields().subList(0, expected.getFields().size()))
                                    + actual.getFields().subList(expected.getFields().size(), actual.getFields().size()).stream().map(IndexableField::name).toList(),
                            literal + " " + predicate);
                }
            }
        } finally {
            jena.close();
            ordered.close();
        }
    }

    @Test
    void theUidIsJenaTextsChecksumWhichDeletingLooksFor() {
        for (Node literal : List.of(NodeFactory.createLiteralString("„Ärger“ – 𝔘nicode"), NodeFactory.createLiteralLang("Kyiv", "en"))) {
            Entity e = TextQueryFuncs.entityFromQuad(TextIndex.config().getEntDef(), Quad.create(GRAPH, SUBJECT, RDFS.label.asNode(), literal));
            assertEquals(e.getChecksum("label", literal.getLiteralLexicalForm()), OrderedLuceneIndex.uid(e, "label", literal.getLiteralLexicalForm()));
        }
    }

    private static String describe(List<IndexableField> fields) {
        return fields.stream().map(f -> f.name() + "=" + f.stringValue() + " " + f.fieldType()).toList().toString();
    }
}
