package org.w3id.newskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SchemaDO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.newskg.query.Parameters;
import org.w3id.newskg.query.QueryCatalogue;
import org.w3id.newskg.query.QueryRunner;

/**
 * The full-text index of the embedded store (issue 15): search-statements finds words in any case and with or without
 * diacritics, and the index follows every write path — replace, bulk load, compaction, reopening, a store made before
 * the index existed. Real TDB2 and Lucene in a temporary directory.
 */
class TextIndexTest {
    static final String ID = "https://w3id.org/newskg/id/";
    static final Node ARTICLE_GRAPH = NodeFactory.createURI(ID + "graph/invented-talks.de");
    @TempDir Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"äußerte", "Äußerte", "AUSSERTE", "ausserte", "ÄUSSERTE", "Waffenstill", "WAFFENSTILLSTANDSABKOMMEN", "außer", "äußerte ZWEIFEL", "Hafen, Vertrag!"})
    void searchFindsWordsRegardlessOfCaseAndDiacritics(String words) {
        try (TdbStore store = TdbStore.open(dir.resolve("db"))) {
            store.replace(List.of(article(ARTICLE_GRAPH, "Jana Kühn", "Sie äußerte Zweifel am Waffenstillstandsabkommen für den Hafen und den Vertrag.")));
            assertEquals(List.of("Jana Kühn | Sie äußerte Zweifel am Waffenstillstandsabkommen für den Hafen und den Vertrag."), search(store, words));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"stillstand", "Zweifelhaft", "äußerte Frieden", "!!!", "*", "AND", "x\")) } } DELETE WHERE { GRAPH ?g { ?s ?p ?o } } #"})
    void aWordMustStartAWordOfTheTextAndEveryWordMustOccur(String words) {
        try (TdbStore store = TdbStore.open(dir.resolve("db"))) {
            store.replace(List.of(article(ARTICLE_GRAPH, "Jana Kühn", "Sie äußerte Zweifel am Waffenstillstandsabkommen.")));
            assertEquals(List.of(), search(store, words));
        }
    }

    @Test
    void theBestMatchesComeFirstAndPagesFollowThem() {
        try (TdbStore store = TdbStore.open(dir.resolve("db"))) {
            List<ArticleGraph> graphs = new ArrayList<>();
            for (int i = 0; i < 30; i++)
                graphs.add(article(NodeFactory.createURI(ID + "graph/a" + i), "Person " + i, i == 17 ? "Hafen" : "Der Hafenmeister sprach lange über den Hafenbetrieb " + i));
            store.replace(graphs);
            List<String> all = search(store, "hafen", "limit=100");
            assertEquals(30, all.size());
            assertEquals("Person 17 | Hafen", all.get(0), "the word found whole, in the shortest text, first");
            assertEquals(all.subList(10, 20), search(store, "hafen", "limit=10", "offset=10"));
        }
    }

    /**
     * Issue 15: search-statements takes only the index's best offset + limit hits, so hits of equal score must come
     * from the index in the page's order (graph, then statement), not in the order they were indexed: the graphs are
     * written in an order unlike their IRIs', one transaction each, and most texts score the same.
     */
    @Test
    void everyPageOfASearchIsItsSliceOfTheWholeAnswerWhenScoresTie() {
        try (TdbStore store = TdbStore.open(dir.resolve("db"))) {
            for (int i = 0; i < 24; i++) {
                int n = (i * 7) % 24;   // graphs met out of their order
                String words = n % 5 == 0 ? "Der Hafen bleibt heute geschlossen, sagte sie " + n : "Der Hafen bleibt zu " + n;
                store.replace(List.of(article(NodeFactory.createURI(ID + "graph/a" + (char) ('a' + n)), "Person " + n, words)));
            }
            List<String> all = search(store, "hafen", "limit=100");
            assertEquals(24, all.size());
            List<String> shortOnes = all.subList(0, 19).stream().map(r -> r.replaceAll(".* ", "")).toList();
            assertEquals(List.of("1", "2", "3", "4", "6", "7", "8", "9", "11", "12", "13", "14", "16", "17", "18", "19", "21", "22", "23"), shortOnes,
                    "equal scores in the order of their graphs");
            for (int limit : new int[] {1, 3, 7, 10})
                for (int offset = 0; offset <= 24; offset += limit)
                    assertEquals(all.subList(Math.min(offset, 24), Math.min(offset + limit, 24)), search(store, "hafen", "limit=" + limit, "offset=" + offset),
                            "limit " + limit + ", offset " + offset);
        }
    }

    /** An index written without the sort keys (by an older newskg) is built again when the store is opened. */
    @Test
    void anIndexWithoutSortKeysIsBuiltAgainOnFirstOpenWithOneNote() throws Exception {
        Path db = dir.resolve("db");
        try (TdbStore store = TdbStore.open(db)) {
            store.replace(Fixture.graphs());
        }
        deleteTree(db.resolve(TextIndex.DIRECTORY));
        try (org.apache.lucene.store.Directory d = org.apache.lucene.store.FSDirectory.open(db.resolve(TextIndex.DIRECTORY))) {
            org.apache.jena.query.text.TextIndexLucene old = new org.apache.jena.query.text.TextIndexLucene(d, TextIndex.config());
            org.apache.jena.query.text.Entity e = new org.apache.jena.query.text.Entity(ID + "statement/old", ARTICLE_GRAPH.getURI());
            e.put("text", "Der Hafen bleibt geschlossen.");
            old.addEntity(e);
            old.commit();
            old.close();
            assertFalse(OrderedLuceneIndex.hasOrderKeys(d));
        }
        List<String> notes = new ArrayList<>();
        try (TdbStore store = TdbStore.open(db, notes::add)) {
            assertEquals(1, search(store, "WAFFENSTILLSTAND").size());
            assertEquals(0, count(store, "schema:text", "hafen"), "the old index's entries are gone");
        }
        assertEquals(List.of(db + ": building the full-text index again from the store's data (once; its hits had no fixed order)"), notes);
        assertFalse(Files.exists(db.resolve(TextIndex.OLD)));
        notes.clear();
        TdbStore.open(db, notes::add).close();
        assertEquals(List.of(), notes, "built once");
    }

    @Test
    void theIndexSurvivesClosingAndReopening() {
        Path db = dir.resolve("db");
        try (TdbStore store = TdbStore.open(db)) {
            store.replace(Fixture.graphs());
        }
        try (TdbStore again = TdbStore.open(db)) {
            assertEquals(1, search(again, "WAFFENSTILLSTAND").size());
            assertEquals(1, search(again, "moglich").size());
        }
    }

    @Test
    void replacingAGraphReplacesItsEntriesAndDroppingItRemovesThem() {
        Path db = dir.resolve("db");
        try (TdbStore store = TdbStore.open(db)) {
            store.replace(List.of(article(ARTICLE_GRAPH, "Jana Kühn", "Der Hafen bleibt geschlossen.")));
            store.replace(List.of(article(ARTICLE_GRAPH, "Jana Kühn", "Die Brücke wird geöffnet.")));
            assertEquals(List.of(), search(store, "Hafen"), "the old text is gone from the index");
            assertEquals(List.of("Jana Kühn | Die Brücke wird geöffnet."), search(store, "brucke geoffnet"));
            assertEquals(1, count(store, "rdfs:label", "kuhn"));
            store.replace(List.of(new ArticleGraph(ARTICLE_GRAPH, GraphFactory.createDefaultGraph())));
            assertEquals(List.of(), search(store, "Brücke"));
            assertEquals(0, count(store, "rdfs:label", "kuhn"), "a dropped graph leaves no entries");
        }
        try (TdbStore again = TdbStore.open(db)) {
            assertEquals(List.of(), search(again, "Brücke"));
        }
    }

    @Test
    void namesAndLabelsAreIndexedGraphByGraph() {
        try (TdbStore store = TdbStore.open(dir.resolve("db"))) {
            store.replace(Fixture.graphs());
            assertEquals(1, count(store, "rdfs:label", "MEDWEDEW"), "a person's full name");
            assertEquals(1, count(store, "schema:alternateName", "medwedew"), "a name an article uses");
            assertEquals(1, count(store, "rdfs:label", "föderationsrat*"));
            String inGraph = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + Fixture.HARBOUR.getURI() + "> { ?s text:query (schema:text \"krieg\") } }";
            assertEquals(0, number(store, inGraph), "inside GRAPH a search sees that graph only");
            assertEquals(1, number(store, inGraph.replace(Fixture.HARBOUR.getURI(), Fixture.ALASKA.getURI())));
        }
    }

    @Test
    void compactionKeepsTheIndexAndWritesAfterItAreIndexed() {
        Path db = dir.resolve("db");
        try (TdbStore store = TdbStore.open(db)) {
            store.replace(Fixture.graphs());
            store.replace(List.of(article(ARTICLE_GRAPH, "Jana Kühn", "Der Hafen bleibt geschlossen.")));
            store.compact();
            assertEquals(1, search(store, "WAFFENSTILLSTAND").size());
            store.replace(List.of(article(ARTICLE_GRAPH, "Jana Kühn", "Die Brücke wird geöffnet.")));
            assertEquals(List.of(), search(store, "Hafen"));
            assertEquals(1, search(store, "Brücke").size(), "a write after compaction updates the index");
        }
        try (TdbStore again = TdbStore.open(db)) {
            assertEquals(List.of(), search(again, "Hafen"));
            assertEquals(1, search(again, "Brücke").size());
            assertEquals(1, search(again, "WAFFENSTILLSTAND").size());
        }
    }

    @Test
    void aBulkLoadIsIndexedAndAFailedOneLeavesNoEntries() {
        try (TdbStore store = TdbStore.open(dir.resolve("db"))) {
            assertThrows(IllegalStateException.class, () -> store.bulkLoad(sink -> {
                article(ARTICLE_GRAPH, "Jana Kühn", "Der Hafen bleibt geschlossen.").graph().find().forEachRemaining(t -> sink.quad(Quad.create(ARTICLE_GRAPH, t)));
                throw new IllegalStateException("parse error (simulated)");
            }));
            store.bulkLoad(sink -> Fixture.dataset().find().forEachRemaining(sink::quad));
            assertEquals(1, search(store, "Waffenstillstand").size());
            assertEquals(0, count(store, "schema:text", "hafen"), "nothing of the failed load is in the index");
            store.replace(List.of(article(ARTICLE_GRAPH, "Jana Kühn", "Die Brücke wird geöffnet.")));
            assertEquals(0, count(store, "schema:text", "hafen"), "nor comes in with the next commit");
        }
    }

    @Test
    void aBulkLoadWhoseWriterFailsLeavesNoEntriesEvenOfWhatCameAfterTheFailure() {
        try (TdbStore store = TdbStore.open(dir.resolve("db"))) {
            Node s = NodeFactory.createURI(ID + "statement/x"), p = NodeFactory.createURI("https://example.org/p");
            assertThrows(RuntimeException.class, () -> store.bulkLoad(sink -> {
                sink.quad(Quad.create(ARTICLE_GRAPH, org.apache.jena.sparql.core.Var.alloc("x"), p, s));   // TDB2 stores no variable
                for (int i = 1; i < 10_000; i++) sink.quad(Quad.create(ARTICLE_GRAPH, s, p, NodeFactory.createLiteralString("filler " + i)));
                try {
                    Thread.sleep(1_000);   // the writer fails on the first batch and rolls the index back meanwhile
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                for (int i = 0; i < 15_000; i++)
                    sink.quad(Quad.create(ARTICLE_GRAPH, NodeFactory.createURI(ID + "statement/" + i), SchemaDO.text.asNode(), NodeFactory.createLiteralString("Hafen " + i)));
            }));
            assertTrue(store.isEmpty());
            store.replace(List.of(article(ARTICLE_GRAPH, "Jana Kühn", "Die Brücke wird geöffnet.")));
            assertEquals(1, count(store, "schema:text", "brücke"));
            assertEquals(0, count(store, "schema:text", "hafen"), "what the parser indexed after the writer failed is not committed with the next write");
        }
    }

    @Test
    void aStoreMadeBeforeTheIndexGetsItOnFirstOpenWithOneNote() throws Exception {
        Path db = dir.resolve("db");
        try (TdbStore store = TdbStore.open(db)) {
            store.replace(Fixture.graphs());
        }
        deleteTree(db.resolve(TextIndex.DIRECTORY));   // as a store made by an older newskg
        Files.createDirectories(db.resolve(TextIndex.BUILDING).resolve("junk"));   // and a build killed midway
        List<String> notes = new ArrayList<>();
        try (TdbStore store = TdbStore.open(db, notes::add)) {
            assertEquals(1, search(store, "WAFFENSTILLSTAND").size());
            assertEquals(1, count(store, "rdfs:label", "medwedew"));
        }
        assertEquals(List.of(db + ": building the full-text index from the store's data (once; the store was made without one)"), notes);
        assertFalse(Files.exists(db.resolve(TextIndex.BUILDING)));
        notes.clear();
        try (TdbStore store = TdbStore.open(db, notes::add)) {
            assertEquals(1, search(store, "WAFFENSTILLSTAND").size());
        }
        assertEquals(List.of(), notes, "built once");
        List<String> fresh = new ArrayList<>();
        TdbStore.open(dir.resolve("new"), fresh::add).close();
        assertEquals(List.of(), fresh, "a new, empty store gets its index without a note");
    }

    @Test
    void twoOpeningsInOneProcessShareTheIndex() {
        Path db = dir.resolve("db");
        try (TdbStore first = TdbStore.open(db)) {
            try (TdbStore second = TdbStore.open(db)) {
                second.replace(Fixture.graphs());
            }
            assertEquals(1, search(first, "WAFFENSTILLSTAND").size(), "closing one opening leaves the other working");
        }
        assertTrue(Files.isDirectory(db.resolve(TextIndex.DIRECTORY)));
    }

    /** The rows of search-statements as "speaker | text". */
    static List<String> search(TdbStore store, String words, String... more) {
        List<String> params = new ArrayList<>(List.of("words=" + words));
        params.addAll(List.of(more));
        return QueryRunner.run(store, QueryCatalogue.shipped().get("search-statements").orElseThrow(), Parameters.parse(params), Duration.ofSeconds(30))
                .rows().stream().map(r -> r.get("speaker") + " | " + r.get("text")).toList();
    }

    /** Hits of a text query on one predicate over every graph. */
    static long count(TdbStore store, String predicate, String lucene) {
        return number(store, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <urn:x-arq:UnionGraph> { (?s ?score ?v ?g) text:query (" + predicate + " \"" + lucene + "\") } }");
    }

    static long number(TdbStore store, String select) {
        String prefixes = "PREFIX text: <http://jena.apache.org/text#> PREFIX schema: <https://schema.org/> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> ";
        return store.query(QueryFactory.create(prefixes + select), b -> b, e -> e.select().next().get("n").getLiteralValue()) instanceof Number n ? n.longValue() : -1;
    }

    /** A contract-shaped article graph with one statement by one person (invented). */
    static ArticleGraph article(Node graph, String speaker, String words) {
        String key = graph.getURI().substring(graph.getURI().lastIndexOf('/') + 1);
        Node article = NodeFactory.createURI(ID + "article/" + key), statement = NodeFactory.createURI(ID + "statement/" + key + "/0");
        Node person = NodeFactory.createURI(ID + "person/" + speaker.toLowerCase().replace(' ', '-'));
        Node nkg = NodeFactory.createURI("https://w3id.org/newskg#DirectQuote");
        Graph g = GraphFactory.createDefaultGraph();
        g.add(Triple.create(article, RDF.type.asNode(), SchemaDO.NewsArticle.asNode()));
        g.add(Triple.create(article, SchemaDO.identifier.asNode(), NodeFactory.createLiteralString(key)));
        g.add(Triple.create(statement, RDF.type.asNode(), SchemaDO.Quotation.asNode()));
        g.add(Triple.create(statement, SchemaDO.text.asNode(), NodeFactory.createLiteralString(words)));
        g.add(Triple.create(statement, NodeFactory.createURI("https://w3id.org/newskg#kind"), nkg));
        g.add(Triple.create(statement, NodeFactory.createURI("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#beginIndex"),
                NodeFactory.createLiteralDT("0", org.apache.jena.datatypes.xsd.XSDDatatype.XSDnonNegativeInteger)));
        g.add(Triple.create(statement, NodeFactory.createURI("http://www.w3.org/ns/prov#wasAttributedTo"), person));
        g.add(Triple.create(person, RDFS.label.asNode(), NodeFactory.createLiteralString(speaker)));
        return new ArticleGraph(graph, g);
    }

    private static void deleteTree(Path root) throws Exception {
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
