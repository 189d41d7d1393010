package org.w3id.newskg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.newskg.store.ArticleGraph;
import org.w3id.newskg.store.TdbStore;

/**
 * The queries that find how far their page reaches before they sort it (issue 15): every page of
 * {@code event-participants}, {@code unlinked-persons} and {@code statements-by-person}, at any offset, is the slice of
 * the whole answer in its order. The invented store has many events under few labels, written in an order unlike that of their IRIs (the
 * store keeps a label's events in the order it met them, not in the order of their IRIs), and persons with and
 * without a Wikidata link whose labels interleave.
 */
class PagedQueriesTest {
    private static final int ARTICLES = 12;
    private static final List<String> LABELS = List.of("Besuch in Lübeck", "Gipfel", "Treffen in Kiel", "Anhörung");
    @TempDir static Path dir;
    static TdbStore store;

    /** The statements of the persons called "Ost" (text), in the order statements-by-person gives: by graph IRI, then position. */
    static final Map<String, String> STATEMENTS = new TreeMap<>();

    /** The events as the query must order them: by label, then IRI; each one's rows, its actors by name. */
    static final List<List<String>> EVENTS = new ArrayList<>();

    @BeforeAll
    static void load() {
        store = TdbStore.open(dir.resolve("db"));
        StringBuilder trig = new StringBuilder("""
                @prefix schema: <https://schema.org/> . @prefix sem: <http://semanticweb.cs.vu.nl/2009/11/sem/> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> . @prefix owl: <http://www.w3.org/2002/07/owl#> .
                @prefix wd: <http://www.wikidata.org/entity/> . @prefix nkg: <https://w3id.org/newskg#> . @prefix prov: <http://www.w3.org/ns/prov#> .
                @prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
                """);
        Map<String, List<String>> events = new TreeMap<>();   // "label iri" -> rows
        for (int a = 0; a < ARTICLES; a++) {
            trig.append("<https://w3id.org/newskg/id/graph/a").append(a).append("> {\n  <https://w3id.org/newskg/id/article/a").append(a)
                    .append("> a schema:NewsArticle ; schema:identifier \"a").append(a).append("\" .\n");
            for (int k = 0; k < 3; k++) {
                int n = (a * 7 + k * 5) % 23;   // event IRIs met out of their order
                String iri = "https://w3id.org/newskg/id/event/e" + (char) ('z' - n) + a;
                String label = LABELS.get((a + k) % LABELS.size());
                int p1 = (a + k) % 9, p2 = (a + 2 * k + 1) % 9;
                trig.append("  <").append(iri).append("> a sem:Event ; rdfs:label \"").append(label)
                        .append("\" ; sem:hasActor <https://w3id.org/newskg/id/person/p").append(p1).append("> , <https://w3id.org/newskg/id/person/p").append(p2).append("> .\n");
                events.put(label + " " + iri, List.of(name(p1), name(p2)).stream().sorted().map(m -> label + " |  | " + m + " | false").toList());
            }
            for (int p = 0; p < 9; p++) {
                trig.append("  <https://w3id.org/newskg/id/person/p").append(p).append("> a schema:Person ; rdfs:label \"").append(name(p)).append("\"");
                if (p % 3 == 0) trig.append(" ; owl:sameAs wd:Q").append(100 + p);
                if (p == 0 || p == 6) trig.append(" ; schema:alternateName \"Ost\"");
                trig.append(" .\n");
            }
            for (int k = 0; k <= a % 4; k++) {   // statements of the two persons called "Ost", at positions unlike their order, and one of another
                int begin = (k * 37 + a * 11) % 100, p = k % 2 == 0 ? 0 : 6;
                String text = "s" + a + "-" + k;
                trig.append("  <https://w3id.org/newskg/id/statement/").append(text).append("> a schema:Quotation ; schema:text \"").append(text)
                        .append("\" ; nkg:kind nkg:DirectQuote ; nif:beginIndex ").append(begin).append(" ; prov:wasAttributedTo <https://w3id.org/newskg/id/person/p")
                        .append(p).append("> .\n");
                STATEMENTS.put("https://w3id.org/newskg/id/graph/a" + a + " " + "%03d".formatted(begin), text);
            }
            trig.append("  <https://w3id.org/newskg/id/statement/other").append(a).append("> a schema:Quotation ; schema:text \"other\" ; nkg:kind nkg:DirectQuote ; nif:beginIndex 5 ; prov:wasAttributedTo <https://w3id.org/newskg/id/person/p1> .\n");
            trig.append("}\n");
        }
        EVENTS.addAll(events.values());
        store.replace(ArticleGraph.of(RDFParser.fromString(trig.toString(), Lang.TRIG).toDatasetGraph()));
    }

    /** Names whose order is not that of the persons' numbers. */
    private static String name(int p) { return List.of("Vera Ost", "Anna Berg", "Kai Lind", "Otto Brandt", "Ida Sommer", "Bea Falk", "Jan Roth", "Cem Aydin", "Lea Wolf").get(p); }

    @AfterAll
    static void close() { store.close(); }

    static List<String> rows(String query, String... params) { return QueriesTest.rows(store, query, params); }

    @Test
    void everyPageOfEventParticipantsIsItsSliceOfTheEventsInLabelAndIriOrder() {
        assertEquals(EVENTS.stream().flatMap(List::stream).toList(), rows("event-participants", "limit=1000"), "the whole answer");
        assertEquals(EVENTS.subList(0, 20).stream().flatMap(List::stream).toList(), rows("event-participants"), "the first page, 20 events");
        for (int limit : new int[] {1, 3, 5, 20})
            for (int offset = 0; offset <= EVENTS.size(); offset++)
                assertEquals(EVENTS.subList(Math.min(offset, EVENTS.size()), Math.min(offset + limit, EVENTS.size())).stream().flatMap(List::stream).toList(),
                        rows("event-participants", "limit=" + limit, "offset=" + offset), "limit " + limit + ", offset " + offset);
        assertEquals(EVENTS.stream().filter(e -> e.getFirst().startsWith("Treffen")).skip(2).limit(3).flatMap(List::stream).toList(),
                rows("event-participants", "words=KIEL", "limit=3", "offset=2"), "the page of the events whose label has the words");
    }

    /**
     * statements-by-person reads the graphs of the persons called "Ost" from the tallies in graph order only until
     * its page ends: every page is still the slice of all their statements by graph and position, also when the page
     * ends inside a graph that holds statements of both (graphs a0, a1, a10, a11, a2, … in IRI order).
     */
    @Test
    void everyPageOfStatementsByPersonIsItsSliceOfTheStatementsInGraphAndPositionOrder() {
        List<String> texts = List.copyOf(STATEMENTS.values());
        List<String> all = rows("statements-by-person", "person=ost", "limit=1000");
        assertEquals(texts, all.stream().map(PagedQueriesTest::text).toList(), "the whole answer");
        assertEquals(all.subList(0, 20), rows("statements-by-person", "person=OST", "limit=20"));
        for (int limit : new int[] {1, 2, 3, 5, 7})
            for (int offset = 0; offset <= texts.size(); offset++)
                assertEquals(all.subList(Math.min(offset, all.size()), Math.min(offset + limit, all.size())),
                        rows("statements-by-person", "person=Ost", "limit=" + limit, "offset=" + offset), "limit " + limit + ", offset " + offset);
    }

    private static String text(String row) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("s\\d+-\\d").matcher(row);
        return m.find() ? m.group() : row;
    }

    @Test
    void everyPageOfUnlinkedPersonsIsItsSliceOfTheNamesInOrder() {
        List<String> all = rows("unlinked-persons");
        assertEquals(6, all.size(), all.toString());
        assertTrue(all.getFirst().startsWith("Anna Berg |"), all.toString());
        for (int limit : new int[] {1, 2, 4})
            for (int offset = 0; offset <= 7; offset++)
                assertEquals(all.subList(Math.min(offset, all.size()), Math.min(offset + limit, all.size())),
                        rows("unlinked-persons", "limit=" + limit, "offset=" + offset), "limit " + limit + ", offset " + offset);
    }
}
