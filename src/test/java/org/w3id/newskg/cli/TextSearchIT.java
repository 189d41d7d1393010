package org.w3id.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.newskg.query.QueryCatalogue;
import org.w3id.newskg.store.ServerSettings;
import org.w3id.newskg.store.SparqlServer;
import org.w3id.newskg.store.TdbStore;

/**
 * Full-text search through the command line and over HTTP (issue 15): load, query, compact and serve on a store in a
 * temporary directory, and a store made before the index existed.
 */
class TextSearchIT {
    static final String FIXTURE = StoreCommandsIT.FIXTURE;
    static final String MOGLICH = "speaker,kind,text,article\r\n"
            + "Dmitri Medwedew,DirectQuote,Verhandlungen ohne Vorbedingungen und gleichzeitig mit der Fortsetzung der Sonderoperation sind möglich.,alaska-summit-reactions.de\r\n";
    @TempDir Path dir;

    @Test
    void searchStatementsFoldsCaseAndDiacriticsThroughLoadReloadCompactAndAStoreWithoutIndex() throws Exception {
        String store = dir.resolve("db").toString();
        assertEquals(0, StoreCommandsIT.run("load", FIXTURE, "--store", store).code());
        assertEquals(MOGLICH, search(store, "MOGLICH").out());
        assertEquals(MOGLICH, search(store, "Möglich").out());
        assertEquals(0, StoreCommandsIT.run("load", FIXTURE, "--store", store).code(), "loading again replaces the graphs");
        assertEquals(MOGLICH, search(store, "möglich").out(), "one row, not two");
        StoreCommandsIT.Run compact = StoreCommandsIT.run("compact", "--store", store);
        assertEquals(0, compact.code(), compact.err());
        assertEquals(MOGLICH, search(store, "moglich").out());

        deleteTree(dir.resolve("db").resolve("text-index"));   // as a store made before newskg had the index
        StoreCommandsIT.Run first = search(store, "MÖGLICH");
        assertEquals(MOGLICH, first.out());
        assertEquals("newskg: note: " + store + ": building the full-text index from the store's data (once; the store was made without one)\n", first.err());
        StoreCommandsIT.Run second = search(store, "MÖGLICH");
        assertEquals(MOGLICH, second.out());
        assertEquals("", second.err(), "the index is built once");
    }

    @Test
    void theServerSearchesTheIndexAndItsWritesUpdateIt() throws Exception {
        assertEquals(0, StoreCommandsIT.run("load", FIXTURE, "--store", dir.resolve("db").toString()).code());
        ServerSettings settings = ServerSettings.defaults().withPort(0).withUsers(Map.of("editor", "pw-1"));
        try (TdbStore tdb = TdbStore.open(dir.resolve("db"));
             SparqlServer server = ServeCommand.start(tdb, settings, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))) {
            String found = httpSearch(server, "GESPRÄCHE KONSTRUKTIV");
            assertEquals(2, found.lines().count(), found);
            assertTrue(found.contains("die Gespräche konstruktiv verliefen"), found);
            String graph = "https://w3id.org/newskg/id/graph/invented-pier.en";
            String insert = "PREFIX schema: <https://schema.org/> PREFIX nkg: <https://w3id.org/newskg#> "
                    + "PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> "
                    + "INSERT DATA { GRAPH <" + graph + "> { <https://w3id.org/newskg/id/article/invented-pier.en> a schema:NewsArticle ; schema:identifier \"invented-pier.en\" . "
                    + "<https://w3id.org/newskg/id/statement/invented-pier.en/0> a schema:Quotation ; schema:text \"The pier reopens on Monday\" ; "
                    + "nkg:kind nkg:DirectQuote ; nif:beginIndex 0 } }";
            assertEquals(204, update(server, insert).statusCode());
            assertTrue(httpSearch(server, "PIER").contains("The pier reopens on Monday"), "an update over HTTP is indexed");
            assertEquals(204, update(server, "DROP GRAPH <" + graph + ">").statusCode());
            assertEquals(1, httpSearch(server, "pier").lines().count(), "a dropped graph's entries are gone: the header alone");
        }
    }

    private static StoreCommandsIT.Run search(String store, String words) {
        return StoreCommandsIT.run("query", "search-statements", "--param", "words=" + words, "-f", "csv", "--store", store);
    }

    /** search-statements over HTTP, its parameter bound as the bench binds it (syntax substitution, not text). */
    private static String httpSearch(SparqlServer server, String words) throws Exception {
        var query = QueryTransformOps.syntaxSubstitute(QueryCatalogue.shipped().get("search-statements").orElseThrow().query(),
                Map.of(Var.alloc("words"), NodeFactory.createLiteralString(words)));
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/sparql?query="
                + URLEncoder.encode(query.toString(), StandardCharsets.UTF_8))).header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }

    private static HttpResponse<String> update(SparqlServer server, String update) throws Exception {
        String basic = Base64.getEncoder().encodeToString("editor:pw-1".getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/update"))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(update)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void deleteTree(Path root) throws Exception {
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
