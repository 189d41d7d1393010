package org.w3id.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.newskg.store.ServerSettings;
import org.w3id.newskg.store.SparqlServer;
import org.w3id.newskg.store.TdbStore;

/** load, query, export, validate and compact through {@link Main#execute}, on a store in a temporary directory. */
class StoreCommandsIT {
    static final String FIXTURE = "src/test/resources/store/example.trig";
    @TempDir Path dir;

    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Main.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void loadAnExportTwiceThenQueryExportValidateAndCompact() throws Exception {
        String store = dir.resolve("db").toString();
        Run first = run("load", FIXTURE, "--store", store);
        assertEquals(0, first.code(), first.err());
        assertEquals("2 graph(s) loaded into " + store + " (2 article(s) in the store); 0 refused, 0 failed\n", first.out());
        Run second = run("load", FIXTURE, "--store", store);
        assertEquals(first.out(), second.out(), "loading again replaces: the same quads");

        Run q = run("query", "statements-by-person", "--param", "person=Medwedew", "--format", "csv", "--store", store);
        assertEquals(0, q.code(), q.err());
        assertEquals("speaker,kind,channel,text,article\r\n"
                + "Dmitri Medwedew,ReportedSpeech,Telegram,US-Präsident Trump auf zusätzlichen Druck auf Russland in der Ukraine-Frage verzichtet habe,alaska-summit-reactions.de\r\n"
                + "Dmitri Medwedew,DirectQuote,,Verhandlungen ohne Vorbedingungen und gleichzeitig mit der Fortsetzung der Sonderoperation sind möglich.,alaska-summit-reactions.de\r\n", q.out());

        Run injected = run("query", "search-statements", "--param", "words=x\")) } } DELETE WHERE { GRAPH ?g { ?s ?p ?o } } #", "-f", "tsv", "--store", store);
        assertEquals(0, injected.code(), injected.err());
        assertEquals("?speaker\t?kind\t?text\t?article\n", injected.out(), "no rows, and nothing deleted:");
        assertTrue(run("load", FIXTURE, "--store", store).out().contains("(2 article(s) in the store)"));

        Run bad = run("query", "channels", "--param", "person=x", "--store", store);
        assertEquals(2, bad.code());
        assertEquals("newskg: channels: no parameter 'person' (takes: none)\n", bad.err());

        Run text = run("query", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s a <https://schema.org/Quotation> } }", "-f", "csv", "--store", store);
        assertEquals("n\r\n17\r\n", text.out());

        Path nq = dir.resolve("harbour.nq");
        Run export = run("export", "--store", store, "--graph", "https://w3id.org/newskg/id/graph/harbour-talks.en", "-f", "nq", "-o", nq.toString());
        assertEquals(0, export.code(), export.err());
        assertEquals(202, Files.readAllLines(nq).size());

        Run valid = run("validate", "--store", store);
        assertEquals(0, valid.code(), valid.out());
        assertTrue(valid.out().endsWith("2 graph(s) checked: 0 break the contract, 0 warning(s)\n"), valid.out());

        Path broken = dir.resolve("broken.nq");
        Files.write(broken, Files.readAllLines(nq).stream().filter(l -> !l.contains("newskg#kind")).toList());
        Run invalid = run("validate", broken.toString());
        assertEquals(1, invalid.code());
        assertTrue(invalid.out().contains("id:graph/harbour-talks.en: 2 violation(s), 0 warning(s)"), invalid.out());
        assertTrue(invalid.out().contains("nkg:kind: a statement has exactly one nkg:kind"), invalid.out());
        Run refused = run("load", broken.toString(), "--store", store);
        assertEquals(1, refused.code());
        assertTrue(refused.err().startsWith("refused id:graph/harbour-talks.en: breaks the contract (2 violation(s); first: violation"), refused.err());

        Run compact = run("compact", "--store", store);
        assertEquals(0, compact.code(), compact.err());
        assertTrue(compact.out().startsWith(store + " compacted"), compact.out());
        try (TdbStore s = TdbStore.open(Path.of(store))) {
            assertEquals(1468, s.size(), "the refused graph did not replace the stored one; compaction kept everything");
        }
    }

    @Test
    void loadIntoARemoteFusekiWithAndWithoutCredentials() throws Exception {
        Path pw = dir.resolve("passwd");
        Files.writeString(pw, "# who may write\nloader:s3cret\n");
        try (TdbStore backing = TdbStore.open(dir.resolve("remote"));
             SparqlServer server = SparqlServer.start(backing.dataset(), ServerSettings.defaults().withPort(0).withUsers(Map.of("loader", "s3cret")))) {
            Run denied = run("load", FIXTURE, "--endpoint", server.datasetUrl());
            assertEquals(1, denied.code());
            assertTrue(denied.err().contains(server.datasetUrl() + ": write check failed: "), "checked before loading: " + denied.err());
            assertTrue(denied.err().contains("401 Unauthorized: the server wants a login (--user and --password-file)"), denied.err());
            assertEquals(0, backing.size());

            Run ok = run("load", FIXTURE, "--endpoint", server.datasetUrl(), "--user", "loader", "--password-file", pw.toString());
            assertEquals(0, ok.code(), ok.err());
            assertEquals("2 graph(s) loaded into " + server.datasetUrl() + "; 0 refused, 0 failed\n", ok.out());
            run("load", FIXTURE, "--endpoint", server.datasetUrl(), "--password-file", pw.toString());
            assertEquals(1468, backing.size());

            Run ranked = run("query", "speakers-ranked", "--endpoint", server.datasetUrl(), "-f", "csv");
            assertTrue(run("load", FIXTURE, "--store", dir.resolve("embedded").toString()).code() == 0);
            assertEquals(run("query", "speakers-ranked", "--store", dir.resolve("embedded").toString(), "-f", "csv").out(), ranked.out(),
                    "the remote store's tallies rank as the embedded store's do");
            assertTrue(ranked.out().lines().count() > 3, ranked.out());
            Run q = run("query", "kinds-per-article", "--endpoint", server.datasetUrl() + "/sparql", "-f", "csv");
            assertEquals("article,direct,reported,total\r\nalaska-summit-reactions.de,8,7,15\r\nharbour-talks.en,1,1,2\r\n", q.out());
            Run export = run("export", "--endpoint", server.datasetUrl(), "-f", "nq");
            assertEquals(1468, export.out().lines().count());
        }
    }

    @Test
    void theServerAnnouncesItsUrlsAndAnExampleQuery() {
        try (TdbStore tdb = TdbStore.open(dir.resolve("db"));
             SparqlServer server = ServeCommand.start(tdb, ServerSettings.defaults().withPort(0), new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))) {
            StringWriter out = new StringWriter();
            ServeCommand.announce(server, tdb, new PrintWriter(out));
            String text = out.toString();
            assertTrue(text.contains("  dataset     " + server.datasetUrl()), text);
            assertTrue(text.contains("  web UI      " + server.serverUrl() + "/#/dataset/newskg/query"), text);
            assertTrue(text.contains("curl -G '" + server.datasetUrl() + "/sparql'"), text);
            assertTrue(text.contains("writes      disabled (read-only)"), text);
        }
    }

    @Test
    void aHostThatIsNotLoopbackIsWarnedAbout() {
        assertTrue(new ServerSettings("127.0.0.1", 0, Map.of(), ServerSettings.DEFAULT_QUERY_TIMEOUT, java.util.Optional.empty()).loopback());
        assertFalse(new ServerSettings("0.0.0.0", 0, Map.of(), ServerSettings.DEFAULT_QUERY_TIMEOUT, java.util.Optional.empty()).loopback());
        StringWriter err = new StringWriter();
        try (TdbStore tdb = TdbStore.open(dir.resolve("db"));
             SparqlServer server = ServeCommand.start(tdb, ServerSettings.defaults().withHost("0.0.0.0").withPort(0), new PrintWriter(new StringWriter()), new PrintWriter(err))) {
            assertTrue(err.toString().startsWith("newskg: warning: listening on 0.0.0.0"), err.toString());
        }
    }

    @Test
    void storeAndEndpointTogetherIsBadUsage() {
        Run r = run("query", "channels", "--store", dir.toString(), "--endpoint", "http://localhost:1/newskg");
        assertEquals(2, r.code());
        assertEquals("newskg: --store and --endpoint exclude each other: give one\n", r.err());
    }
}
