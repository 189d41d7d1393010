package org.w3id.newskg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.newskg.store.Fixture;
import org.w3id.newskg.store.ServerSettings;
import org.w3id.newskg.store.SparqlServer;
import org.w3id.newskg.store.TdbStore;

/**
 * The server from an attacker's side: it listens on loopback only by default; no write path — SPARQL Update in
 * every form, the Graph Store Protocol, every admin endpoint — works without credentials, and none changes the
 * store; a runaway query is stopped by the timeout; a query parameter cannot turn into SPARQL; no response
 * carries a Java stack trace.
 */
class StoreSecurityIT {
    @TempDir static Path dir;
    static TdbStore store;
    static SparqlServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        store = TdbStore.open(dir.resolve("db"));
        store.replace(Fixture.graphs());
        server = SparqlServer.start(store.dataset(), ServerSettings.defaults().withPort(0)
                .withUsers(Map.of("editor", "s3cret")).withQueryTimeout(Duration.ofSeconds(1)));
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    @Test
    void theDefaultServerListensOnLoopbackOnly() throws Exception {
        assertEquals("127.0.0.1", ServerSettings.defaults().host());
        assertTrue(ServerSettings.defaults().loopback());
        assertTrue(server.serverUrl().startsWith("http://127.0.0.1:"), server.serverUrl());
        List<InetAddress> others = new ArrayList<>();
        for (NetworkInterface ni : Collections.list(NetworkInterface.getNetworkInterfaces()))
            for (InetAddress a : Collections.list(ni.getInetAddresses()))
                if (a instanceof Inet4Address && !a.isLoopbackAddress()) others.add(a);
        for (InetAddress a : others)
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(a, server.port()), 2000);
                throw new AssertionError("the server answers on " + a + ":" + server.port());
            } catch (java.io.IOException expected) {
                // refused: not listening there
            }
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.port()), 2000);
        }
    }

    @Test
    void noWritePathWorksWithoutCredentialsAndNothingChanges() throws Exception {
        long before = store.size();
        String ds = server.datasetUrl(), root = server.serverUrl(), g = URLEncoder.encode(Fixture.HARBOUR.getURI(), StandardCharsets.UTF_8);
        List<HttpRequest.Builder> writes = List.of(
                post(ds + "/update", "application/sparql-update", "DROP ALL"),
                post(ds, "application/sparql-update", "DROP ALL"),
                post(ds + "/", "application/sparql-update", "DROP ALL"),
                post(ds + "/sparql", "application/x-www-form-urlencoded", "update=" + URLEncoder.encode("DROP ALL", StandardCharsets.UTF_8)),
                post(ds + "/query", "application/x-www-form-urlencoded", "update=" + URLEncoder.encode("CLEAR ALL", StandardCharsets.UTF_8)),
                post(ds + "/data?graph=" + g, "text/turtle", "<http://a> <http://b> <http://c> ."),
                post(ds + "?graph=" + g, "text/turtle", "<http://a> <http://b> <http://c> ."),
                post(ds + "/data?default", "text/turtle", "<http://a> <http://b> <http://c> ."),
                HttpRequest.newBuilder(URI.create(ds + "/data?graph=" + g)).header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString("")),
                HttpRequest.newBuilder(URI.create(ds + "/data?graph=" + g)).DELETE(),
                HttpRequest.newBuilder(URI.create(ds + "?graph=" + g)).DELETE(),
                HttpRequest.newBuilder(URI.create(ds + "/data?graph=" + g)).header("Content-Type", "text/turtle").method("PATCH", HttpRequest.BodyPublishers.ofString("")),
                post(root + "/$/datasets?dbName=evil&dbType=mem", "application/x-www-form-urlencoded", ""),
                HttpRequest.newBuilder(URI.create(root + "/$/datasets/newskg")).DELETE(),
                post(root + "/$/datasets/newskg?state=offline", "application/x-www-form-urlencoded", ""),
                post(root + "/$/backup/newskg", "application/x-www-form-urlencoded", ""),
                post(root + "/$/compact/newskg?deleteOld=true", "application/x-www-form-urlencoded", ""),
                post(root + "/$/reload", "application/x-www-form-urlencoded", ""),
                post(root + "/$/sleep", "application/x-www-form-urlencoded", ""),
                post(root + "/$/stats/newskg", "application/x-www-form-urlencoded", ""),
                HttpRequest.newBuilder(URI.create(ds + "/update?update=" + URLEncoder.encode("DROP ALL", StandardCharsets.UTF_8))).GET());
        for (HttpRequest.Builder w : writes) {
            HttpRequest r = w.timeout(Duration.ofSeconds(30)).build();
            HttpResponse<String> anon = HTTP.send(r, HttpResponse.BodyHandlers.ofString());
            assertTrue(anon.statusCode() == 401 || anon.statusCode() == 405 && r.method().equals("GET"),
                    r.method() + " " + r.uri() + " without credentials: " + anon.statusCode());
            HttpResponse<String> wrong = HTTP.send(HttpRequest.newBuilder(r, (k, v) -> true).header("Authorization", basic("editor", "guess")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(wrong.statusCode() == 401 || wrong.statusCode() == 405 && r.method().equals("GET"),
                    r.method() + " " + r.uri() + " with a wrong password: " + wrong.statusCode());
            assertNoStackTrace(anon);
        }
        assertEquals(before, store.size(), "nothing changed");
        assertEquals(2, store.graphNames().size());
    }

    @Test
    void aRunawayQueryIsStoppedByTheTimeout() throws Exception {
        String runaway = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?a ?b ?c . ?d ?e ?f . ?h ?i ?j . ?k ?l ?m . ?o ?p ?q } }";
        long t0 = System.nanoTime();
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/sparql?query="
                + URLEncoder.encode(runaway, StandardCharsets.UTF_8))).header("Accept", "text/csv").timeout(Duration.ofSeconds(120)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertTrue(seconds < 15, "stopped after the 1 s timeout, not after " + seconds + " s");
        assertTrue(r.statusCode() != 200 || !r.body().matches("(?s)n\\r\\n\\d+\\r\\n"), "no complete answer: " + r.statusCode() + " " + r.body());
        assertNoStackTrace(r);
        NamedQuery all = NamedQuery.parse("runaway", "# Answers: nothing useful\n" + runaway);
        QueryException e = assertThrows(QueryException.class, () -> QueryRunner.run(store, all, Map.of(), Duration.ofSeconds(1)));
        assertTrue(e.getMessage().contains("timeout"), e.getMessage());
    }

    @Test
    void aParameterStaysAValueAndCannotInjectSparql() {
        NamedQuery byPerson = QueryCatalogue.shipped().resolve("statements-by-person");
        long before = store.size();
        for (String evil : List.of("x\" } } ; DROP ALL ; SELECT * { \"", "x\") || true || (\"", "x' } UNION { ?s ?p ?o } #",
                "\\\" . ?s ?p ?o . FILTER(\"", "<https://w3id.org/newskg/id/person/x> } } DELETE WHERE { ?s ?p ?o } #")) {
            Node term = Parameters.term(evil);
            assertTrue(term.isLiteral() && term.getLiteralLexicalForm().equals(evil), "a plain value is a literal of itself: " + term);
            QueryRunner.Answer a = QueryRunner.run(store, byPerson, Map.of("person", term), Duration.ofSeconds(10));
            assertEquals(0, a.rows().size(), "no person is called " + evil);
        }
        assertThrows(IllegalArgumentException.class, () -> Parameters.term("<http://x> } DROP ALL { <http://y>"));
        assertThrows(IllegalArgumentException.class, () -> Parameters.term("<http://a\"b>"));
        assertEquals(before, store.size());
    }

    @Test
    void errorsCarryNoStackTrace() throws Exception {
        String ds = server.datasetUrl();
        List<HttpResponse<String>> rs = List.of(
                get(ds + "/sparql?query=" + URLEncoder.encode("SELEC * WHERE {", StandardCharsets.UTF_8)),
                get(ds + "/sparql?query=" + URLEncoder.encode("SELECT * WHERE { ?s ?p ?o } LIMIT -1", StandardCharsets.UTF_8)),
                get(ds + "/sparql"),
                get(ds + "/nowhere"),
                get(server.serverUrl() + "/$/datasets/nothing"),
                HTTP.send(post(ds + "/update", "application/sparql-update", "INSERT DATA { broken").header("Authorization", basic("editor", "s3cret"))
                        .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString()),
                HTTP.send(post(ds + "/data?graph=" + URLEncoder.encode("http://x/g", StandardCharsets.UTF_8), "text/turtle", "<a> <b> \"unterminated")
                        .header("Authorization", basic("editor", "s3cret")).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString()));
        for (HttpResponse<String> r : rs) {
            assertTrue(r.statusCode() >= 400, r.uri() + ": " + r.statusCode());
            assertNoStackTrace(r);
        }
    }

    private static void assertNoStackTrace(HttpResponse<String> r) {
        String b = r.body();
        assertFalse(b.matches("(?s).*\\bat [a-z][\\w$.]+\\([\\w$]+\\.java:\\d+\\).*") || b.contains("Exception:") || b.contains("\tat "),
                r.uri() + " answered with a stack trace:\n" + b);
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder post(String url, String type, String body) {
        return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private static String basic(String user, String pw) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + pw).getBytes(StandardCharsets.UTF_8));
    }
}
