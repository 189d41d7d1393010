package org.w3id.newskg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.newskg.store.ArticleGraph;
import org.w3id.newskg.store.Fixture;
import org.w3id.newskg.store.TdbStore;

/** Every shipped query against the fixed fixture in a TDB2 store, with the rows it must answer. */
class QueriesTest {
    @TempDir static Path dir;
    static TdbStore store;

    @BeforeAll
    static void load() {
        store = TdbStore.open(dir.resolve("db"));
        store.replace(Fixture.graphs());
    }

    @AfterAll
    static void close() { store.close(); }

    /** Rows as "a | b | c" lines, the columns in the query's order. */
    static List<String> rows(String query, String... params) { return rows(store, query, params); }

    /** A shipped query's rows on {@code on} as "a | b | c" lines, the columns in the query's order. */
    static List<String> rows(TdbStore on, String query, String... params) {
        QueryRunner.Answer a = QueryRunner.run(on, QueryCatalogue.shipped().get(query).orElseThrow(), Parameters.parse(List.of(params)), Duration.ofSeconds(30));
        return a.rows().stream().map(r -> String.join(" | ", r.values())).toList();
    }

    @Test
    void thereAreAtLeastTwelveQueriesEachWithWhatItAnswersItsParametersAndAnExampleRow() throws Exception {
        List<NamedQuery> all = QueryCatalogue.shipped().all();
        assertTrue(all.size() >= 12, all.size() + " queries");
        for (NamedQuery q : all) {
            assertFalse(q.answers().isBlank(), q.name() + ": no '# Answers:' line");
            assertTrue(q.text().contains("# Parameters:"), q.name() + ": no '# Parameters:' line");
            assertTrue(q.text().contains("# Example row:"), q.name() + ": no '# Example row:' line");
            assertTrue(q.text().contains("# Shape:"), q.name() + ": no '# Shape:' line (how the query keeps its work to the page: issue 15)");
            for (NamedQuery.Parameter p : q.parameters()) assertTrue(q.text().contains("?" + p.name() + ")") || q.text().matches("(?s).*\\?" + p.name() + "\\b.*WHERE.*"), q.name() + ": ?" + p.name());
            q.query();
        }
        try (var files = Files.list(Path.of("queries"))) {
            assertEquals(all.size(), files.filter(f -> f.toString().endsWith(".rq")).count(), "the shipped catalogue is queries/");
        }
    }

    @Test
    void everyShippedQueryHasATestHere() throws Exception {
        String source = Files.readString(Path.of("src/test/java/org/w3id/newskg/query/QueriesTest.java"));
        for (NamedQuery q : QueryCatalogue.shipped().all()) assertTrue(source.contains("rows(\"" + q.name() + "\""), q.name() + " has no test with rows");
    }

    @Test
    void statements() {
        List<String> rows = rows("statements");
        assertEquals(17, rows.size());
        assertEquals("alaska-summit-reactions.de | Alexei Puschkow | ReportedSpeech |  | die Gespräche konstruktiv verliefen und einen strategischen Charakter hatten", rows.get(0));
        assertEquals("alaska-summit-reactions.de | Dmitri Medwedew | ReportedSpeech | Telegram | US-Präsident Trump auf zusätzlichen Druck auf Russland in der Ukraine-Frage verzichtet habe", rows.get(2));
        assertEquals("harbour-talks.en | Tom Ellis | ReportedSpeech |  | the union would meet again next week", rows.get(16));
    }

    @Test
    void statementsByPersonByNameSurnameOrQid() {
        List<String> expected = List.of(
                "Dmitri Medwedew | ReportedSpeech | Telegram | US-Präsident Trump auf zusätzlichen Druck auf Russland in der Ukraine-Frage verzichtet habe | alaska-summit-reactions.de",
                "Dmitri Medwedew | DirectQuote |  | Verhandlungen ohne Vorbedingungen und gleichzeitig mit der Fortsetzung der Sonderoperation sind möglich. | alaska-summit-reactions.de");
        assertEquals(expected, rows("statements-by-person", "person=Dmitri Medwedew"));
        assertEquals(expected, rows("statements-by-person", "person=medwedew"));
        assertEquals(expected, rows("statements-by-person", "person=Q23530"));
        assertEquals(expected, rows("statements-by-person", "person=wd:Q23530"));
        assertEquals(List.of(), rows("statements-by-person", "person=Nobody"));
    }

    @Test
    void eventParticipantsWithTheirSides() {
        assertEquals(List.of(
                "Gipfel in Alaska | Russland | Wladimir Putin | true",
                "Gipfel in Alaska | Russland | Juri Uschakow | false",
                "Gipfel in Alaska | Russland | Sergei Lawrow | false",
                "Gipfel in Alaska | USA | Donald Trump | true",
                "Gipfel in Alaska | USA | Mark Rubio | false",
                "Gipfel in Alaska | USA | Steve Witkoff | false"), rows("event-participants", "words=alaska"));
        assertEquals(8, rows("event-participants").size());
    }

    @Test
    void personsWithOfficesCountriesAndWikidataLinks() {
        List<String> rows = rows("persons");
        assertEquals(14, rows.size());
        assertTrue(rows.contains("Dmitri Medwedew | ehemalige russische Präsident (Russland) | Russland | http://www.wikidata.org/entity/Q23530"), rows.toString());
        assertTrue(rows.contains("Gennadi Sjuganow | Vorsitzende (Kommunistische Partei der Russischen Föderation) | Russland | "), rows.toString());
        assertTrue(rows.contains("Jana Kühn | Mayor (Port Avery) |  | "), rows.toString());
    }

    @Test
    void speakersRanked() {
        List<String> rows = rows("speakers-ranked");
        assertEquals("Igor Kastjukewitsch | 3 | 3 | 0", rows.get(0));
        assertEquals("Alexei Puschkow | 2 | 1 | 1", rows.get(1));
        assertEquals("Zoltán Kovács | 1 | 1 | 0", rows.get(rows.size() - 1));
        assertEquals(10, rows.size());
    }

    @Test
    void quotedAboutAnEvent() {
        List<String> rows = rows("quoted-about-event", "words=Alaska");
        assertEquals(8, rows.size());
        assertEquals("Gipfel in Alaska | Igor Kastjukewitsch | 3", rows.get(0));
        assertEquals("Gipfel in Alaska | Donald Trump | 1", rows.get(5), "the Truth Social statement is not about the summit");
        assertEquals(List.of("Harbour talks | Jana Kühn | 1", "Harbour talks | Tom Ellis | 1"), rows("quoted-about-event", "words=harbour"));
    }

    @Test
    void kindsPerArticle() {
        assertEquals(List.of("alaska-summit-reactions.de | 8 | 7 | 15", "harbour-talks.en | 1 | 1 | 2"), rows("kinds-per-article"));
    }

    @Test
    void anArticleWithoutStatementsHasNoneOfEitherKind(@TempDir Path tmp) {
        Node g = NodeFactory.createURI("https://w3id.org/newskg/id/graph/quiet.en"), a = NodeFactory.createURI("https://w3id.org/newskg/id/article/quiet.en");
        DatasetGraph quiet = DatasetGraphFactory.create();
        quiet.add(g, a, RDF.type.asNode(), NodeFactory.createURI("https://schema.org/NewsArticle"));
        quiet.add(g, a, NodeFactory.createURI("https://schema.org/identifier"), NodeFactory.createLiteralString("quiet.en"));
        try (TdbStore one = TdbStore.open(tmp.resolve("db"))) {
            one.replace(ArticleGraph.of(quiet));
            QueryRunner.Answer answer = QueryRunner.run(one, QueryCatalogue.shipped().get("kinds-per-article").orElseThrow(), Map.of(), Duration.ofSeconds(30));
            assertEquals(List.of(Map.of("article", "quiet.en", "direct", "0", "reported", "0", "total", "0")), answer.rows());
        }
    }

    @Test
    void channels() {
        assertEquals(List.of("Telegram | 1 | Dmitri Medwedew", "Truth Social | 1 | Donald Trump", "X | 1 | Zoltán Kovács"), rows("channels"));
    }

    @Test
    void coParticipants() {
        List<String> expected = List.of("Donald Trump | 1 | Gipfel in Alaska", "Juri Uschakow | 1 | Gipfel in Alaska",
                "Mark Rubio | 1 | Gipfel in Alaska", "Sergei Lawrow | 1 | Gipfel in Alaska", "Steve Witkoff | 1 | Gipfel in Alaska");
        assertEquals(expected, rows("co-participants", "person=Putin"));
        assertEquals(expected, rows("co-participants", "person=Q7747"));
        assertEquals(List.of("Jana Kühn | 1 | Harbour talks"), rows("co-participants", "person=Tom Ellis"));
    }

    @Test
    void statementProvenance() {
        List<String> rows = rows("statement-provenance", "words=ohne Vorbedingungen");
        assertEquals(1, rows.size());
        assertEquals("Verhandlungen ohne Vorbedingungen und gleichzeitig mit der Fortsetzung der Sonderoperation sind möglich. | 1578 | 1682 | Medwedew | 1549 | bekräftigte | 1558 | quote+colon-before | Dmitri Medwedew | "
                + "Medwedew bekräftigte zudem: \"Verhandlungen ohne Vorbedingungen und gleichzeitig mit der Fortsetzung der Sonderoperation sind möglich.\" | 2026-11-25T12:00:00Z | https://w3id.org/newskg/id/graph/alaska-summit-reactions.de",
                rows.get(0));
        assertEquals(17, rows("statement-provenance").size());
    }

    @Test
    void articlesPerEvent() {
        assertEquals(List.of("Gipfel in Alaska | summit | 1 | alaska-summit-reactions.de | Alaska; Militärbasis Elmendorf-Richardson",
                "Harbour talks | talks | 1 | harbour-talks.en | Port Avery"), rows("articles-per-event").stream().map(QueriesTest::sortPlaces).toList());
    }

    @Test
    void unlinkedPersonsWithTheirUnsureCandidate() {
        List<String> rows = rows("unlinked-persons");
        assertEquals(11, rows.size());
        assertTrue(rows.contains("Mark Rubio | http://www.wikidata.org/entity/Q324546 | 0.55 | 1"), rows.toString());
        assertTrue(rows.contains("Sergei Lawrow |  |  | 1"), rows.toString());
        assertFalse(rows.stream().anyMatch(r -> r.startsWith("Wladimir Putin")));
    }

    /**
     * On the invented tally cases: a name whose persons are all linked somewhere is not listed, though unlinked in one
     * article; the best candidate is the highest score over the articles, and an article where the name has no
     * candidate leaves the score as it is.
     */
    @Test
    void unlinkedPersonsTakeTheBestCandidateOfTheNameOverItsArticles() {
        DatasetGraph cases = DatasetGraphFactory.create();
        org.apache.jena.riot.RDFParser.source(QueriesTest.class.getResourceAsStream("/store/tally-cases.trig")).lang(org.apache.jena.riot.Lang.TRIG).parse(cases);
        try (TdbStore other = TdbStore.open(dir.resolve("cases"))) {
            other.replace(ArticleGraph.of(cases));
            assertEquals(List.of("Lone Person | http://www.wikidata.org/entity/Q7 | 0.7 | 2"), rows(other, "unlinked-persons"));
        }
    }

    @Test
    void searchStatements() {
        assertEquals(List.of("Donald Trump | ReportedSpeech | der beste Weg, den schrecklichen Krieg zwischen Russland und der Ukraine zu beenden, sei es, auf ein Friedensabkommen hinzuarbeiten, das den Krieg tatsächlich beendet – und nicht nur ein oft nicht eingehaltenes Waffenstillstandsabkommen | alaska-summit-reactions.de"),
                rows("search-statements", "words=WAFFENSTILLSTAND"));
    }

    @Test
    void graphs() {
        assertEquals(List.of("https://w3id.org/newskg/id/graph/alaska-summit-reactions.de | alaska-summit-reactions.de | de | 15 | 2026-11-25T12:00:00Z",
                "https://w3id.org/newskg/id/graph/harbour-talks.en | harbour-talks.en | en | 2 | 2026-11-25T12:05:00Z"), rows("graphs"));
    }

    @Test
    void limitAndOffsetPageTheQueriesThatDeclareThem() {
        List<String> all = rows("statements");
        assertEquals(all.subList(0, 15), rows("statements", "limit=1"), "a page of statements is the statements of its articles");
        assertEquals(all.subList(15, 17), rows("statements", "offset=1"));
        assertEquals(List.of(), rows("statements", "offset=2"));
        List<String> medwedew = rows("statements-by-person", "person=Medwedew");
        assertEquals(medwedew.subList(1, 2), rows("statements-by-person", "person=Medwedew", "limit=1", "offset=1"));
        assertEquals(rows("graphs").subList(1, 2), rows("graphs", "limit=1", "offset=1"), "the page is the sub-select that picks the graphs");
        assertEquals(List.of("Igor Kastjukewitsch | 3 | 3 | 0", "Donald Trump | 2 | 0 | 2"), rows("speakers-ranked", "limit=2"),
                "equal counts are cut at the page's end in the order of the speakers' IRIs (wd:Q22686 before alexei-puschkow)");
        var e = assertThrows(IllegalArgumentException.class, () -> rows("statements", "limit=-1"));
        assertEquals("--param limit=-1: expected a whole number ≥ 0", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> rows("channels", "limit=5"));
        assertEquals("channels: no parameter 'limit' (takes: none)", e.getMessage(), "a query that is not paged takes no page");
    }

    @Test
    void anInjectionAttemptThroughAParameterStaysAPlainLiteral() {
        long before = store.size();
        String attack = "x\")) } } DELETE WHERE { GRAPH ?g { ?s ?p ?o } } #";
        assertEquals(List.of(), rows("search-statements", "words=" + attack));
        assertEquals(List.of(), rows("statements-by-person", "person=" + attack));
        assertEquals(before, store.size(), "the store is unchanged");
        QueryRunner.Answer echo = QueryRunner.run(store, NamedQuery.parse("query", "SELECT ?v WHERE { }"), Map.of("v", Parameters.term(attack)), Duration.ofSeconds(5));
        assertEquals(List.of(Map.of("v", attack)), echo.rows(), "the value comes back unchanged, as a string");
    }

    @Test
    void parametersAreCheckedAgainstTheQuery() {
        var e = assertThrows(IllegalArgumentException.class, () -> rows("channels", "person=x"));
        assertEquals("channels: no parameter 'person' (takes: none)", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> rows("co-participants"));
        assertTrue(e.getMessage().startsWith("co-participants: needs --param person=…"), e.getMessage());
    }

    @Test
    void parameterValuesBecomeTerms() {
        assertEquals(NodeFactory.createURI("http://www.wikidata.org/entity/Q7747"), Parameters.term("wd:Q7747"));
        assertEquals(NodeFactory.createURI("https://example.org/a"), Parameters.term("<https://example.org/a>"));
        assertEquals(NodeFactory.createLiteralString("Q7747"), Parameters.term("Q7747"));
        assertEquals(NodeFactory.createLiteralString("<not an iri"), Parameters.term("<not an iri"));
        assertEquals(NodeFactory.createLiteralDT("5", org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger), Parameters.term("\"5\"^^xsd:integer"));
        assertEquals(NodeFactory.createLiteralLang("Putin", "de"), Parameters.term("\"Putin\"@de"));
        assertThrows(IllegalArgumentException.class, () -> Parameters.term("<relative>"));
    }

    @Test
    void aQueryThatRunsTooLongIsStopped() {
        NamedQuery heavy = NamedQuery.parse("heavy", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?a ?b ?c . ?d ?e ?f . ?h ?i ?j . ?k ?l ?m } }");
        long t0 = System.nanoTime();
        QueryException e = assertThrows(QueryException.class, () -> QueryRunner.run(store, heavy, Map.of(), Duration.ofMillis(500)));
        assertTrue(e.getMessage().startsWith("heavy: stopped after the timeout"), e.getMessage());
        assertTrue(System.nanoTime() - t0 < 20_000_000_000L, "stopped within 20 s");
    }

    private static String sortPlaces(String row) {
        String[] cols = row.split(" \\| ");
        String[] places = cols[4].split("; ");
        java.util.Arrays.sort(places);
        cols[4] = String.join("; ", places);
        return String.join(" | ", cols);
    }
}
