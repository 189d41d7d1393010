package org.w3id.newskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.eclipse.jetty.io.ArrayByteBufferPool;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded Fuseki on a free localhost port over a TDB2 store in a temporary directory. */
class SparqlServerIT {
    @TempDir static Path dir;
    static TdbStore store;
    static SparqlServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final String COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER (?g != <https://w3id.org/newskg/id/tallies>) }";

    @BeforeAll
    static void start() {
        store = TdbStore.open(dir.resolve("db"));
        store.replace(Fixture.graphs());
        server = SparqlServer.start(store.dataset(), ServerSettings.defaults().withPort(0)
                .withUsers(Map.of("editor", "pw-1")).withQueryTimeout(Duration.ofSeconds(2)));
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    @Test
    void answersQueriesAnonymouslyOnSparqlAndQuery() throws Exception {
        for (String ep : new String[] {"/sparql", "/query"}) {
            HttpResponse<String> r = get(server.datasetUrl() + ep + "?query=" + enc(COUNT), "text/csv");
            assertEquals(200, r.statusCode());
            assertEquals("n\r\n" + store.size() + "\r\n", r.body());
        }
        assertTrue(server.datasetUrl().startsWith("http://127.0.0.1:"), server.datasetUrl());
    }

    @Test
    void writesWithoutCredentialsGet401AndChangeNothing() throws Exception {
        long before = store.size();
        HttpResponse<String> update = send(HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/update"))
                .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString("DROP ALL")));
        assertEquals(401, update.statusCode());
        assertTrue(update.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        HttpResponse<String> put = send(HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/data?graph=" + enc(Fixture.HARBOUR.getURI())))
                .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString("<http://a> <http://b> <http://c> .")));
        assertEquals(401, put.statusCode());
        HttpResponse<String> delete = send(HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/data?graph=" + enc(Fixture.HARBOUR.getURI()))).DELETE());
        assertEquals(401, delete.statusCode());
        HttpResponse<String> formUpdate = send(HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/sparql"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString("update=" + enc("DROP ALL"))));
        assertEquals(401, formUpdate.statusCode());
        HttpResponse<String> wrong = send(auth(HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/update")), "editor", "wrong")
                .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString("DROP ALL")));
        assertEquals(401, wrong.statusCode());
        HttpResponse<String> admin = send(HttpRequest.newBuilder(URI.create(server.serverUrl() + "/$/datasets?dbName=evil&dbType=mem")).POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(401, admin.statusCode());
        assertEquals(before, store.size(), "nothing changed");
        assertEquals(200, get(server.datasetUrl() + "/data?graph=" + enc(Fixture.HARBOUR.getURI()), "text/turtle").statusCode(), "GSP reads stay open");
        assertFalse(Files.exists(Path.of("run")), "Fuseki's admin area is not in the working directory");
    }

    @Test
    void writesWithCredentialsGoThrough() throws Exception {
        String g = "https://example.org/scratch-graph";
        HttpResponse<String> update = send(auth(HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/update")), "editor", "pw-1")
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { GRAPH <" + g + "> { <http://a> <http://b> <http://c> } }")));
        assertEquals(204, update.statusCode());
        HttpResponse<String> put = send(auth(HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/data?graph=" + enc(g))), "editor", "pw-1")
                .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString("<http://a> <http://b> <http://d> , <http://e> .")));
        assertTrue(put.statusCode() == 200 || put.statusCode() == 204, "PUT " + put.statusCode());
        assertEquals(2, store.size(org.apache.jena.graph.NodeFactory.createURI(g)), "PUT replaced the graph");
        HttpResponse<String> delete = send(auth(HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/data?graph=" + enc(g))), "editor", "pw-1").DELETE());
        assertTrue(delete.statusCode() == 200 || delete.statusCode() == 204, "DELETE " + delete.statusCode());
        assertEquals(0, store.size(org.apache.jena.graph.NodeFactory.createURI(g)));
    }

    @Test
    void aQueryTextParsedOnceIsStillAnsweredFromTheStoreEachTime() throws Exception {
        String url = server.datasetUrl() + "/sparql?query=" + enc(COUNT);
        assertEquals("n\r\n" + store.size() + "\r\n", get(url, "text/csv").body());
        String g = "https://example.org/parsed-once";
        HttpResponse<String> insert = send(auth(HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/update")), "editor", "pw-1")
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { GRAPH <" + g + "> { <http://a> <http://b> <http://c> } }")));
        assertEquals(204, insert.statusCode());
        try {
            assertEquals("n\r\n" + store.size() + "\r\n", get(url, "text/csv").body(), "the same text, the new count: no answer is kept");
            // the same text as a POST body (dispatched by its content type) and with a dataset description of its own
            HttpResponse<String> posted = send(HttpRequest.newBuilder(URI.create(server.datasetUrl()))
                    .header("Content-Type", "application/sparql-query").header("Accept", "text/csv").POST(HttpRequest.BodyPublishers.ofString(COUNT)));
            assertEquals("n\r\n" + store.size() + "\r\n", posted.body());
            String from = "SELECT (COUNT(*) AS ?n) FROM NAMED <" + g + "> WHERE { GRAPH ?g { ?s ?p ?o } }";
            for (int i = 0; i < 2; i++)
                assertEquals("n\r\n1\r\n", get(server.datasetUrl() + "/sparql?query=" + enc(from), "text/csv").body());
        } finally {
            send(auth(HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/update")), "editor", "pw-1")
                    .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString("DROP GRAPH <" + g + ">")));
        }
        String longer = "# " + "x".repeat(ParsedQueries.LONGEST) + "\n" + COUNT;   // not kept: parsed each time
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(server.datasetUrl()))
                    .header("Content-Type", "application/sparql-query").header("Accept", "text/csv").POST(HttpRequest.BodyPublishers.ofString(longer)));
            assertEquals("n\r\n" + store.size() + "\r\n", r.body());
        }
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> bad = get(server.datasetUrl() + "/sparql?query=" + enc("SELECT * WHERE { ?s ?p }"), "text/csv");
            assertEquals(400, bad.statusCode(), "a query that does not parse is refused every time: " + bad.body());
        }
    }

    /** A kept text's optimized algebra is made by its first request and used by the next; the answers still follow the store. */
    @Test
    void aKeptQuerysPlanIsMadeOnceAndRunAfresh() throws Exception {
        String q = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o FILTER (?p != <https://example.org/kept-plan>) } }";
        String url = server.datasetUrl() + "/sparql?query=" + enc(q);
        long before = KeptPlans.OPTIMIZED.get();
        String first = get(url, "text/csv").body();
        assertEquals(before + 1, KeptPlans.OPTIMIZED.get(), "the first request optimizes the query");
        for (int i = 0; i < 3; i++) assertEquals(first, get(url, "text/csv").body());
        assertEquals(before + 1, KeptPlans.OPTIMIZED.get(), "later requests run the kept plan");
        String g = "https://example.org/kept-plan-graph";
        send(auth(HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/update")), "editor", "pw-1").header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { GRAPH <" + g + "> { <http://a> <http://b> <http://c> } }")));
        try {
            long n = Long.parseLong(first.split("\r\n")[1]);
            assertEquals("n\r\n" + (n + 1) + "\r\n", get(url, "text/csv").body(), "the kept plan runs on the store as it is now");
        } finally {
            send(auth(HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/update")), "editor", "pw-1").header("Content-Type", "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.ofString("DROP GRAPH <" + g + ">")));
        }
        String from = "SELECT (COUNT(*) AS ?n) FROM NAMED <" + g + "-none> WHERE { GRAPH ?g { ?s ?p ?o } }";
        long withOwnDataset = KeptPlans.OPTIMIZED.get();
        for (int i = 0; i < 2; i++) assertEquals("n\r\n0\r\n", get(server.datasetUrl() + "/sparql?query=" + enc(from), "text/csv").body());
        assertEquals(withOwnDataset, KeptPlans.OPTIMIZED.get(), "a query with a dataset description of its own is planned by TDB2's own engine");
    }

    @Test
    void oneParsedQueryAnswersManyRequestsAtOnce() throws Exception {
        String q = "SELECT ?s ?text WHERE { GRAPH ?g { ?s <https://schema.org/text> ?text } } ORDER BY ?s";
        String url = server.datasetUrl() + "/sparql?query=" + enc(q);
        String expected = get(url, "application/sparql-results+json").body();
        assertTrue(expected.contains("\"text\""), expected);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            java.util.List<java.util.concurrent.Future<String>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 80; i++) answers.add(pool.submit(() -> get(url, "application/sparql-results+json").body()));
            for (java.util.concurrent.Future<String> a : answers) assertEquals(expected, a.get());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void servesTheFusekiUi() throws Exception {
        HttpResponse<String> page = get(server.serverUrl() + "/", "text/html");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<div id=\"app\"") || page.body().toLowerCase().contains("fuseki"), page.body());
        assertEquals(200, get(server.serverUrl() + "/$/datasets", "application/json").statusCode());
    }

    @Test
    void aQueryLongerThanTheTimeoutIsStopped() throws Exception {
        long t0 = System.nanoTime();
        String heavy = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?a ?b ?c . ?d ?e ?f . ?h ?i ?j . ?k ?l ?m } }";
        HttpResponse<String> r = get(server.datasetUrl() + "/sparql?query=" + enc(heavy), "text/csv");
        assertTrue(r.statusCode() >= 500 || !r.body().matches("(?s)n\\r\\n\\d+\\r\\n"), r.statusCode() + " " + r.body());
        assertTrue(System.nanoTime() - t0 < 30_000_000_000L, "answered within 30 s");
    }

    @Test
    void responsesOneAfterTheOtherReuseOnePooledOutputBuffer() throws Exception {
        // Fuseki buffers up to 5 MiB of each response; the connector's pool keeps buffers of that size, so requests
        // one after the other take the same buffer instead of allocating and zeroing a new one each
        ArrayByteBufferPool pool = (ArrayByteBufferPool) server.bufferPool();
        assertTrue(server.outputBufferSize() >= 1 << 20, "Fuseki's output buffer: " + server.outputBufferSize());
        assertTrue(pool.getMaxCapacity() >= server.outputBufferSize(), pool.getMaxCapacity() + " < " + server.outputBufferSize());
        String url = server.datasetUrl() + "/sparql?query=" + enc(COUNT);
        assertEquals(200, get(url, "application/sparql-results+json").statusCode());
        long memory = pool.getDirectMemory() + pool.getHeapMemory();
        assertTrue(memory >= server.outputBufferSize(), "pooled: " + memory);
        for (int i = 0; i < 20; i++) assertEquals(200, get(url, "application/sparql-results+json").statusCode());
        // no second output buffer pooled (a small buffer of a second connection may be: 1 KiB was, once in a full run)
        long grown = pool.getDirectMemory() + pool.getHeapMemory() - memory;
        assertTrue(grown < server.outputBufferSize(), "no more output buffers pooled after 20 requests: " + grown + " bytes more");
    }

    static HttpResponse<String> get(String url, String accept) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).GET());
    }

    static HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        return HTTP.send(b.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpRequest.Builder auth(HttpRequest.Builder b, String user, String pw) {
        return b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + pw).getBytes(StandardCharsets.UTF_8)));
    }

    static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }
}
