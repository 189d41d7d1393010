package org.w3id.newskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading into and querying a Fuseki started in the test, over HTTP, as a user's own Fuseki would be. */
class RemoteStoreIT {
    @TempDir static Path dir;
    static TdbStore backing;
    static SparqlServer server;

    @BeforeAll
    static void start() {
        backing = TdbStore.open(dir.resolve("remote"));
        server = SparqlServer.start(backing.dataset(), ServerSettings.defaults().withPort(0).withUsers(Map.of("loader", "s3cret")));
    }

    @AfterAll
    static void stop() {
        server.close();
        backing.close();
    }

    @Test
    void loadingTwiceWithPutReplacesEachGraphAndDuplicatesNothing() {
        try (RemoteStore remote = RemoteStore.connect(server.datasetUrl() + "/sparql", Optional.of(new Credentials("loader", "s3cret")))) {
            remote.replace(Fixture.graphs());
            long once = backing.size();
            remote.replace(Fixture.graphs());
            assertEquals(once, backing.size());
            assertEquals(Fixture.dataset().stream().count(), once);
            assertEquals(List.of(Fixture.ALASKA, Fixture.HARBOUR), remote.graphNames());
            assertEquals(Fixture.graph(Fixture.HARBOUR).size(), remote.export(Optional.of(Fixture.HARBOUR)).stream().count());
            long n = remote.query(QueryFactory.create("SELECT ?t WHERE { GRAPH ?g { ?s <https://schema.org/text> ?t FILTER(CONTAINS(?t, ?w)) } }"),
                    b -> b.substitution("w", NodeFactory.createLiteralString("not there yet")), e -> e.select().stream().count());
            assertEquals(1, n);
        }
    }

    /**
     * A user's own Fuseki that holds article graphs loaded by other means (no tallies yet): the first load through
     * newskg counts them, and every graph it replaces is counted again, as the embedded store counts.
     */
    @Test
    void aFusekiWithoutTalliesGetsThemCountedAndKept() {
        org.apache.jena.sparql.core.DatasetGraph theirs = org.apache.jena.sparql.core.DatasetGraphFactory.createTxnMem();
        org.apache.jena.system.Txn.executeWrite(theirs, () -> Fixture.dataset().find().forEachRemaining(theirs::add));
        try (SparqlServer fuseki = SparqlServer.start(theirs, ServerSettings.defaults().withPort(0).withUsers(Map.of("loader", "s3cret")));
             RemoteStore remote = RemoteStore.connect(fuseki.datasetUrl(), Optional.of(new Credentials("loader", "s3cret")));
             TdbStore embedded = TdbStore.open(dir.resolve("embedded"))) {
            remote.replace(List.of(Fixture.graph(Fixture.HARBOUR)));
            embedded.replace(Fixture.graphs());
            java.util.Set<org.apache.jena.graph.Triple> kept = org.apache.jena.system.Txn.calculateRead(theirs, () -> theirs.getGraph(Tallies.GRAPH).find().toSet());
            java.util.Set<org.apache.jena.graph.Triple> counted = org.apache.jena.system.Txn.calculateRead(embedded.dataset(), () -> embedded.dataset().getGraph(Tallies.GRAPH).find().toSet());
            assertTrue(counted.size() > 50, counted.size() + " tally triples");
            assertEquals(counted, kept);
            assertEquals(List.of(Fixture.ALASKA, Fixture.HARBOUR), remote.graphNames(), "the tallies are no article graph");
        }
    }

    @Test
    void aWrongPasswordIsOneClearLine() {
        try (RemoteStore remote = RemoteStore.connect(server.datasetUrl(), Optional.of(new Credentials("loader", "nope")))) {
            StoreException e = assertThrows(StoreException.class, () -> remote.replace(Fixture.graphs()));
            assertTrue(e.getMessage().startsWith(server.datasetUrl() + ": PUT https://w3id.org/newskg/id/graph/"), e.getMessage());
            assertTrue(e.getMessage().contains("401 Unauthorized: the server refused user 'loader' or its password"), e.getMessage());
            assertEquals(1, e.getMessage().lines().count());
        }
        try (RemoteStore anonymous = RemoteStore.connect(server.datasetUrl(), Optional.empty())) {
            StoreException e = assertThrows(StoreException.class, () -> anonymous.replace(Fixture.graphs()));
            assertTrue(e.getMessage().contains("401 Unauthorized: the server wants a login (--user and --password-file)"), e.getMessage());
        }
    }

    @Test
    void noServerIsOneClearLine() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) { port = s.getLocalPort(); }
        try (RemoteStore remote = RemoteStore.connect("http://127.0.0.1:" + port + "/newskg", Optional.empty())) {
            StoreException e = assertThrows(StoreException.class, remote::ping);
            assertEquals("http://127.0.0.1:" + port + "/newskg: query failed: cannot connect (is the server running and the URL right?)", e.getMessage());
        }
    }

    @Test
    void aMissingDatasetIsOneClearLine() {
        try (RemoteStore remote = RemoteStore.connect(server.serverUrl() + "/nosuch", Optional.empty())) {
            StoreException e = assertThrows(StoreException.class, remote::ping);
            assertTrue(e.getMessage().contains("404 Not Found: no such dataset or endpoint"), e.getMessage());
        }
    }
}
