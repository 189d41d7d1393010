package org.w3id.newskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.JarURLConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a user of the Fuseki UI meets on newskg's server (issue 14): a first query without GRAPH that finds the
 * articles' triples, newskg's prefixes and queries in the query page, each endpoint registered once, no directory
 * listing, and a read-only server that answers writes with 405 rather than asking for a login.
 */
class ServerUiIT {
    @TempDir static Path dir;
    static TdbStore store;
    static SparqlServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        store = TdbStore.open(dir.resolve("db"));
        store.replace(Fixture.graphs());
        server = SparqlServer.start(store.dataset(), ServerSettings.defaults().withPort(0),
                Map.of("newskg: channels — the channels", "SELECT ?c WHERE { GRAPH ?g { ?s nkg:channel ?c } }"));
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    static HttpResponse<String> send(HttpRequest.Builder b) throws Exception { return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString()); }

    static HttpResponse<String> get(String url) throws Exception { return send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/csv")); }

    @Test
    void aQueryWithoutGraphSeesTheUnionOfTheArticleGraphs() throws Exception {
        String q = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";
        String distinct = "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } }";
        HttpResponse<String> r = get(server.datasetUrl() + "/sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode());
        String expected = get(server.datasetUrl() + "/sparql?query=" + URLEncoder.encode(distinct, StandardCharsets.UTF_8)).body();
        assertTrue(expected.matches("n\r\n1\\d{3}\r\n"), expected);   // the fixture's 1,468 quads, a triple in both graphs once
        assertEquals(expected, r.body());
    }

    @Test
    void eachEndpointIsRegisteredOnce() throws Exception {
        String json = get(server.serverUrl() + "/$/datasets").body();
        Matcher m = Pattern.compile("\"data\"").matcher(json);
        int n = 0;
        while (m.find()) n++;
        assertEquals(1, n, json);
    }

    @Test
    void aReadOnlyServerAnswersWritesWith405EvenWithCredentials() throws Exception {
        String basic = "Basic " + Base64.getEncoder().encodeToString("admin:secret".getBytes(StandardCharsets.UTF_8));
        long before = store.size();
        HttpResponse<String> put = send(HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/data?graph=urn:x")).header("Authorization", basic)
                .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> <urn:c> .")));
        assertEquals(405, put.statusCode(), put.body());
        HttpResponse<String> update = send(HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/update")).header("Authorization", basic)
                .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString("DROP ALL")));
        assertEquals(405, update.statusCode(), update.body());
        assertEquals(before, store.size());
    }

    @Test
    void theUiFilesAreNotListed() throws Exception {
        assertEquals(404, get(server.serverUrl() + "/static/").statusCode());
    }

    @Test
    void theQueryPageOffersNewskgPrefixesAndQueries() throws Exception {
        HttpResponse<String> r = get(server.serverUrl() + "/static/" + queryScript());
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("{uri:\"https://w3id.org/newskg#\",text:\"nkg\"}"), "nkg prefix offered");
        assertTrue(r.body().contains("{uri:\"https://schema.org/\",text:\"schema\"}"), "schema prefix offered");
        assertTrue(r.body().contains("text:\"newskg: channels — the channels\""), "the query offered");
        assertTrue(r.body().contains("{value:SELECT_TRIPLES_QUERY,text:\"Selection of triples\"}"), "the UI's own examples kept");
    }

    /** The name of the UI's query script, which carries a content hash: read from the UI's jar. */
    static String queryScript() throws Exception {
        JarURLConnection c = (JarURLConnection) ServerUiIT.class.getResource("/webapp/index.html").openConnection();
        try (JarFile jar = c.getJarFile()) {
            return jar.stream().map(e -> e.getName()).filter(n -> n.matches("webapp/static/Query-[^/]*\\.js")).findFirst().orElseThrow()
                    .substring("webapp/static/".length());
        }
    }
}
