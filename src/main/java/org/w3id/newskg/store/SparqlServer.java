package org.w3id.newskg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import jakarta.servlet.http.HttpServlet;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mod.admin.FMod_Admin;
import org.apache.jena.fuseki.mod.ui.FMod_UI;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.riot.WebContent;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.TDB2;
import org.w3id.newskg.rdf.Prefixes;
import org.eclipse.jetty.io.ArrayByteBufferPool;
import org.eclipse.jetty.io.ByteBufferPool;
import org.eclipse.jetty.server.ConnectionFactory;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The embedded Fuseki over the store: one dataset, {@value #DATASET}, with Fuseki's usual endpoints —
 * {@code /newskg/sparql} and {@code /newskg/query} (SPARQL query), {@code /newskg/update} (SPARQL Update),
 * {@code /newskg/data} (Graph Store Protocol), {@code /newskg/get} (GSP read) — and the Fuseki web UI at
 * {@code /}. Reads are open; every write (update, GSP PUT/POST/DELETE, admin API) needs the credentials of a
 * configured user ({@link WriteGuard}), else 401 and nothing changes. Listens on 127.0.0.1:3030 unless told
 * otherwise; queries are stopped after the configured timeout. Each query text is parsed once ({@link ParsedQueries});
 * SELECT answers in SPARQL JSON are written one row a line, without indentation ({@link CompactJsonResults}).
 *
 * <p>Fuseki's admin module, which the UI needs, keeps a work area in {@code FUSEKI_BASE}; this class points
 * that system property at a temporary directory (or {@link ServerSettings#fusekiBase()}) unless it is already
 * set, because otherwise Fuseki creates {@code run/} in the working directory. Fuseki keeps that area in static
 * fields, so all servers of one JVM share it.
 *
 * {@snippet :
 * try (SparqlServer server = SparqlServer.start(store.dataset(), ServerSettings.defaults().withPort(0))) {
 *     HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/sparql?query=ASK{}")).build(), ...);
 * }
 * }
 */
public final class SparqlServer implements AutoCloseable {
    public static final String DATASET = "/newskg";
    private final FusekiServer fuseki;
    private final ServerSettings settings;

    private SparqlServer(FusekiServer fuseki, ServerSettings settings) {
        this.fuseki = fuseki;
        this.settings = settings;
    }

    /** Starts the server; it runs until {@link #close()}. */
    public static SparqlServer start(DatasetGraph dsg, ServerSettings settings) { return start(dsg, settings, Map.of(), Map.of()); }

    /** {@link #start(DatasetGraph, ServerSettings, Map, Map)} with these UI queries and no more servlets. */
    public static SparqlServer start(DatasetGraph dsg, ServerSettings settings, Map<String, String> uiQueries) {
        return start(dsg, settings, uiQueries, Map.of());
    }

    /**
     * Starts the server, its UI offering these queries (label to SPARQL text) and newskg's prefixes, with more
     * servlets beside Fuseki's by path spec ({@code /view/*} → the article view): the one hook through which the
     * packages above {@code store} add pages without this package knowing them. The default graph of every query is
     * the union of the named graphs: every article is a named graph, and the UI's first query, {@code ?s ?p ?o}
     * without GRAPH, would otherwise find nothing.
     */
    public static SparqlServer start(DatasetGraph dsg, ServerSettings settings, Map<String, String> uiQueries,
                                     Map<String, ? extends HttpServlet> servlets) {
        prepareFusekiBase(settings);
        CompactJsonResults.install();
        dsg.getContext().set(ARQ.queryTimeout, Long.toString(settings.queryTimeout().toMillis()));
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        FusekiServer.Builder builder = FusekiServer.create()
                .port(settings.port())
                .loopback(settings.loopback())
                .fusekiModules(FusekiModules.create(FMod_Admin.create(), FMod_UI.create()))
                .registerOperation(Operation.Query, WebContent.contentTypeSPARQLQuery, new ParsedQueries())
                .addDataset(DATASET, dsg);
        // each endpoint once: add(name, dsg, false) registers "data" as GSP read, and a second "data" for GSP
        // read-write made the UI log "Duplicate key 'data'" on every page
        builder.addEndpoint(DATASET, "sparql", Operation.Query)
                .addEndpoint(DATASET, "query", Operation.Query)
                .addOperation(DATASET, Operation.Query)
                .addEndpoint(DATASET, "get", Operation.GSP_R)
                .addOperation(DATASET, Operation.GSP_R);
        if (settings.users().isEmpty()) {
            builder.addEndpoint(DATASET, "data", Operation.GSP_R);   // read-only: no update, and the UI offers no upload
        } else {
            builder.addEndpoint(DATASET, "update", Operation.Update)
                    .addEndpoint(DATASET, "data", Operation.GSP_RW);
        }
        builder.addFilter("/*", new WriteGuard(settings.users(), DATASET))
                .addFilter("/static/*", new UiQueries(uiQueries, Prefixes.CONTRACT))
                .enablePing(true)
                .enableStats(true);
        servlets.forEach(builder::addServlet);
        FusekiServer fuseki = builder.build();
        pooledOutputBuffers(fuseki.getJettyServer(), settings.host());
        try {
            fuseki.start();
        } catch (RuntimeException e) {
            String m = String.valueOf(e.getMessage());
            Throwable root = e;
            while (root.getCause() != null) root = root.getCause();
            if (root instanceof java.net.BindException || m.contains("bind"))
                throw new StoreException(settings.host() + ":" + settings.port() + ": cannot listen (" + root.getMessage()
                        + "; is another server on that port? try --port)", e);
            throw new StoreException(settings.host() + ":" + settings.port() + ": the server did not start (" + m.lines().findFirst().orElse(m) + ")", e);
        }
        return new SparqlServer(fuseki, settings);
    }

    /**
     * Replaces each of the server's connectors by one that listens on {@code host} and takes its buffers from a pool
     * that keeps buffers as large as a response's output buffer. Fuseki buffers up to 5 MiB of each response (so that
     * a query failing before that much is written still gets its error status), and Jetty's default pool keeps buffers
     * of at most 64 KiB: every request allocated and zeroed a fresh 5 MiB direct buffer, a third of the CPU of a request
     * with a small answer (JFR, issue 15). The pooled buffer is the same size, so responses are buffered as before.
     */
    private static void pooledOutputBuffers(Server jetty, String host) {
        for (Connector c : jetty.getConnectors()) {
            if (!(c instanceof ServerConnector old)) continue;
            HttpConnectionFactory http = old.getConnectionFactory(HttpConnectionFactory.class);
            int size = http == null ? 0 : http.getHttpConfiguration().getOutputBufferSize();
            ByteBufferPool pool = new ArrayByteBufferPool.Quadratic(0, Math.max(64 << 10, Integer.highestOneBit(Math.max(1, size - 1)) << 1), Integer.MAX_VALUE);
            ServerConnector sc = new ServerConnector(jetty, old.getExecutor(), old.getScheduler(), pool, old.getAcceptors(),
                    old.getSelectorManager().getSelectorCount(), old.getConnectionFactories().toArray(ConnectionFactory[]::new));
            sc.setPort(old.getPort());
            sc.setHost(host);
            sc.setIdleTimeout(old.getIdleTimeout());
            sc.setAcceptQueueSize(old.getAcceptQueueSize());
            sc.setReuseAddress(old.getReuseAddress());
            sc.setName(old.getName());
            jetty.removeConnector(old);
            jetty.addConnector(sc);
        }
    }

    private static void prepareFusekiBase(ServerSettings settings) {
        if (System.getProperty("FUSEKI_BASE") != null || System.getenv("FUSEKI_BASE") != null) return;
        try {
            Path base = settings.fusekiBase().orElse(null);
            if (base == null) {
                Path tmp = Files.createTempDirectory("newskg-fuseki-");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(tmp), "newskg-fuseki-cleanup"));
                base = tmp;
            }
            Files.createDirectories(base);
            System.setProperty("FUSEKI_BASE", base.toAbsolutePath().toString());
        } catch (IOException e) {
            throw new StoreException("FUSEKI_BASE: cannot create Fuseki's work area (" + e.getMessage() + ")", e);
        }
    }

    private static void deleteTree(Path dir) {
        try {
            StoreDirectory.deleteTree(dir);
        } catch (IOException | RuntimeException e) {
            // best effort on exit: a leftover temporary directory is harmless
        }
    }

    /** The actual port (useful after port 0). */
    public int port() { return fuseki.getHttpPort(); }

    /** {@code http://127.0.0.1:3030} */
    public String serverUrl() {
        String h = settings.host().contains(":") && !settings.host().startsWith("[") ? "[" + settings.host() + "]" : settings.host();
        if (h.equals("0.0.0.0")) h = "localhost";
        return "http://" + h + ":" + port();
    }

    /** {@code http://127.0.0.1:3030/newskg}: add {@code /sparql} for queries, {@code /data} for the Graph Store Protocol. */
    public String datasetUrl() { return serverUrl() + DATASET; }

    /** The Fuseki UI's query page for the dataset. */
    public String uiUrl() { return serverUrl() + "/#/dataset" + DATASET + "/query"; }

    public ServerSettings settings() { return settings; }

    /** The buffer pool of the server's first connector (for tests). */
    ByteBufferPool bufferPool() { return fuseki.getJettyServer().getConnectors()[0].getByteBufferPool(); }

    /** The bytes of a response that the server buffers before it sends any (Fuseki's choice; for tests). */
    int outputBufferSize() {
        return fuseki.getJettyServer().getConnectors()[0].getConnectionFactory(HttpConnectionFactory.class).getHttpConfiguration().getOutputBufferSize();
    }

    /** Blocks until the server stops. */
    public void join() { fuseki.join(); }

    @Override
    public void close() { fuseki.stop(); }
}
