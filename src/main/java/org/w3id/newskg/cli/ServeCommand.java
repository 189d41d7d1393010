package org.w3id.newskg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import org.w3id.newskg.store.Credentials;
import org.w3id.newskg.store.ServerSettings;
import org.w3id.newskg.store.SparqlServer;
import org.w3id.newskg.store.TdbStore;
import org.w3id.newskg.view.ViewServlet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newskg serve}: the store over HTTP (SPARQL, Graph Store Protocol, Fuseki UI) until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the store with an embedded Fuseki: dataset /newskg (/sparql, /query, /update, /data), the Fuseki UI at /.",
                "Reads are open; writes need HTTP Basic credentials from --password-file or NEWSKG_ADMIN_PASSWORD (user admin). Stop with Ctrl-C."})
final class ServeCommand implements Callable<Integer> {
    private static final String REQUEST_LOG = "org.slf4j.simpleLogger.log.org.apache.jena.fuseki.Request";
    @Spec CommandSpec spec;

    @Option(names = "--store", paramLabel = "DIR", description = "./newskg-store unless given (or set in $NEWSKG_STORE): the embedded store.")
    Path store;

    @Option(names = "--port", paramLabel = "N", description = "HTTP port (default: 3030; 0 picks a free one).")
    int port = ServerSettings.DEFAULT_PORT;

    @Option(names = "--host", paramLabel = "HOST", description = "Interface to listen on (default: 127.0.0.1, this machine only).")
    String host = ServerSettings.DEFAULT_HOST;

    @Option(names = "--password-file", paramLabel = "FILE", description = "Users who may write: 'user:password' lines.")
    Path passwordFile;

    @Option(names = "--query-timeout", paramLabel = "SECONDS", description = "Longest a query may run (default: 30).")
    long queryTimeout = ServerSettings.DEFAULT_QUERY_TIMEOUT.toSeconds();

    @Override
    public Integer call() {
        logRequests();
        StoreOptions where = new StoreOptions();
        where.store = store;
        ServerSettings settings = settings(host, port, passwordFile, queryTimeout);
        try (TdbStore tdb = TdbStore.openExisting(where.storeDir(), StoreOptions.notes(spec)); SparqlServer server = start(tdb, settings, spec.commandLine().getOut(), spec.commandLine().getErr())) {
            server.join();
        }
        return 0;
    }

    /**
     * One line per request (Fuseki's NCSA request log) on stderr, unless the user set that logger's level. The level
     * is read when Jena creates its loggers, at its first use, so this runs before the store is opened.
     */
    static void logRequests() {
        if (System.getProperty(REQUEST_LOG) == null) System.setProperty(REQUEST_LOG, "info");
    }

    static ServerSettings settings(String host, int port, Path passwordFile, long queryTimeoutSeconds) {
        Map<String, String> users = Map.of();
        if (passwordFile != null) users = Credentials.users(passwordFile);
        else {
            String env = System.getenv("NEWSKG_ADMIN_PASSWORD");
            if (env != null && !env.isEmpty()) users = Map.of(Credentials.ADMIN, env);
        }
        if (queryTimeoutSeconds <= 0) throw new IllegalArgumentException("--query-timeout must be positive, not " + queryTimeoutSeconds);
        return new ServerSettings(host, port, users, Duration.ofSeconds(queryTimeoutSeconds), java.util.Optional.empty());
    }

    /** Starts the server and prints where it is. */
    static SparqlServer start(TdbStore tdb, ServerSettings settings, PrintWriter out, PrintWriter err) {
        if (!settings.loopback())
            err.println("newskg: warning: listening on " + settings.host() + ": the store can be read by other machines on the network");
        if (settings.users().isEmpty())
            err.println("newskg: note: no credentials (--password-file or NEWSKG_ADMIN_PASSWORD): the server is read-only");
        SparqlServer server = SparqlServer.start(tdb.dataset(), settings, uiQueries(), Map.of(ViewServlet.PATH + "/*", new ViewServlet(tdb.dataset())));
        announce(server, tdb, out);
        return server;
    }

    /** The shipped queries for the UI's example list, labelled "name — what it answers". */
    static Map<String, String> uiQueries() {
        Map<String, String> q = new java.util.LinkedHashMap<>();
        for (org.w3id.newskg.query.NamedQuery n : org.w3id.newskg.query.QueryCatalogue.shipped().all())
            q.put("newskg: " + n.name() + (n.answers().isEmpty() ? "" : " — " + n.answers()), n.text());
        return q;
    }

    static void announce(SparqlServer server, TdbStore tdb, PrintWriter out) {
        String ds = server.datasetUrl();
        out.println("newskg: serving " + tdb.directory() + " (" + tdb.graphNames().size() + " article graph(s))");
        out.println("  dataset     " + ds + "   (SPARQL: " + ds + "/sparql, Graph Store Protocol: " + ds + "/data)");
        out.println("  view        " + server.serverUrl() + ViewServlet.PATH + "/   (open in a browser: the articles, each statement by its speaker, the graph drawn)");
        out.println("  web UI      " + server.uiUrl());
        out.println("  try         curl -G '" + ds + "/sparql' -H 'Accept: text/csv' --data-urlencode 'query=SELECT ?speaker ?text WHERE { GRAPH ?g { ?s a <https://schema.org/Quotation> ; <https://schema.org/text> ?text . OPTIONAL { ?s <http://www.w3.org/ns/prov#wasAttributedTo>/<http://www.w3.org/2000/01/rdf-schema#label> ?speaker } } } LIMIT 5'");
        out.println("  writes      " + (server.settings().users().isEmpty() ? "disabled (read-only)" : "need HTTP Basic credentials (" + String.join(", ", server.settings().users().keySet()) + ")")
                + "; queries stop after " + server.settings().queryTimeout().toSeconds() + " s. Ctrl-C stops the server.");
        out.flush();
    }
}
