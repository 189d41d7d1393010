package org.w3id.newskg.store;

import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.DSP;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.exec.http.QueryExecHTTPBuilder;
import org.apache.jena.sparql.exec.http.StoreProtocol;
import org.apache.jena.sparql.exec.http.UpdateExecHTTP;
import org.apache.jena.sparql.exec.http.UpdateExecHTTPBuilder;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;

/**
 * A dataset on a Fuseki server (newskg's own {@code serve} or any other), by its dataset URL, e.g.
 * {@code http://localhost:3030/newskg}. Uses Fuseki's standard endpoint names: {@code /sparql} for queries and
 * {@code /data} for the Graph Store Protocol; a graph is replaced with one PUT, which the server applies whole.
 * Failures become one line: no connection, no such dataset, login needed or refused.
 *
 * {@snippet :
 * try (RemoteStore fuseki = RemoteStore.connect("http://localhost:3030/newskg", Optional.of(credentials))) {
 *     fuseki.replace(graphs);        // one PUT per graph
 * }
 * }
 */
public final class RemoteStore implements GraphStore {
    private final String dataset;
    private final Optional<Credentials> credentials;
    private final HttpClient http;
    private boolean talliesBuilt;

    private RemoteStore(String dataset, Optional<Credentials> credentials) {
        this.dataset = dataset;
        this.credentials = credentials;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /**
     * @param url the dataset URL; an endpoint URL ({@code …/sparql}, {@code …/query}, {@code …/data},
     *            {@code …/get}, {@code …/update}) is taken for its dataset
     */
    public static RemoteStore connect(String url, Optional<Credentials> credentials) {
        return new RemoteStore(datasetUrl(url), credentials);
    }

    static String datasetUrl(String url) {
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(url + ": not a URL (" + e.getMessage() + ")");
        }
        if (uri.getScheme() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https")) || uri.getHost() == null)
            throw new IllegalArgumentException(url + ": not an http(s) URL of a dataset (e.g. http://localhost:3030/newskg)");
        String s = uri.toString().replaceAll("/+$", "");
        return s.replaceFirst("/(sparql|query|data|get|update)$", "");
    }

    @Override
    public String location() { return dataset; }

    public String queryEndpoint() { return dataset + "/sparql"; }

    public String graphStoreEndpoint() { return dataset + "/data"; }

    @Override
    public void replace(List<ArticleGraph> graphs) {
        if (!graphs.isEmpty() && !talliesBuilt) {
            boolean built = query(QueryFactory.create(Tallies.ASK_BUILT), b -> b, QueryExec::ask);
            if (!built) update("counting the tallies", Tallies.rebuildRequest());
            talliesBuilt = true;
        }
        for (ArticleGraph g : graphs) {
            // the tallies are kept by three requests, not one transaction: a load cut off between them leaves one
            // article miscounted until the store's tallies are counted afresh (README, "The store's tallies")
            update("PUT " + g.name().getURI(), Tallies.bound(g.name(), -1));   // the counts of the old version out
            put(g);
            update("PUT " + g.name().getURI(), Tallies.bound(g.name(), 1));    // and the new one's in
        }
    }

    private void update(String what, UpdateRequest request) {
        call(what, () -> {
            sendOrProbe(() -> updateExec(request).execute(), () -> updateExec(UpdateFactory.create("INSERT DATA {}")).execute());
            return null;
        });
    }

    private UpdateExecHTTPBuilder updateExec(UpdateRequest request) {
        UpdateExecHTTPBuilder b = UpdateExecHTTP.service(dataset + "/update").httpClient(http).update(request);
        credentials.ifPresent(c -> b.httpHeader("Authorization", c.basicHeader()));
        return b;
    }

    private void put(ArticleGraph g) {
        call("PUT " + g.name().getURI(), () -> {
            sendOrProbe(() -> authorize(GSP.service(graphStoreEndpoint()).httpClient(http)).graphName(g.name()).PUT(g.graph()),
                    () -> authorize(GSP.service(graphStoreEndpoint()).httpClient(http)).graphName(g.name()).POST(GraphFactory.createDefaultGraph()));
            return null;
        });
    }

    /**
     * A server that refuses the login may answer 401 and close while a request's body is still being sent (a graph, the
     * tallies' update), which the client sees as "Broken pipe": then {@code probe}, the same kind of request without
     * content (an empty POST to the graph, "INSERT DATA {}": it changes nothing), gets the status itself.
     */
    private static void sendOrProbe(Runnable send, Runnable probe) {
        try {
            send.run();
        } catch (RuntimeException e) {
            if (networkCause(e) == null) throw e;
            probe.run();
            throw e;
        }
    }

    @Override
    public <T> T query(Query query, Function<QueryExecBuilder, QueryExecBuilder> setup, Function<QueryExec, T> use) {
        return call("query", () -> {
            QueryExecHTTPBuilder b = QueryExecHTTP.service(queryEndpoint()).httpClient(http).query(query);
            credentials.ifPresent(c -> b.httpHeader("Authorization", c.basicHeader()));
            try (QueryExec exec = setup.apply(b).build()) {
                return use.apply(exec);
            }
        });
    }

    @Override
    public DatasetGraph export(Optional<Node> graph) {
        return call("read", () -> {
            if (graph.isPresent()) {
                DatasetGraph dsg = DatasetGraphFactory.create();
                try {
                    dsg.addGraph(graph.get(), authorize(GSP.service(graphStoreEndpoint()).httpClient(http)).graphName(graph.get()).GET());
                } catch (HttpException e) {
                    if (e.getStatusCode() != 404) throw e;
                }
                return dsg;
            }
            DatasetGraph all = authorize(DSP.service(graphStoreEndpoint()).httpClient(http)).GET();
            all.removeGraph(Tallies.GRAPH);   // the store's counts, no article's graph
            return all;
        });
    }

    @Override
    public List<Node> graphNames() {
        Query q = QueryFactory.create("SELECT DISTINCT ?g WHERE { GRAPH ?g { } FILTER (?g != <" + Tallies.GRAPH.getURI() + ">) } ORDER BY ?g");
        return query(q, b -> b, exec -> {
            List<Node> names = new ArrayList<>();
            RowSet rows = exec.select();
            rows.forEachRemaining(r -> names.add(r.get("g")));
            return names;
        });
    }

    /** Checks that the dataset answers a query; throws the one-line reason when it does not. */
    public void ping() {
        query(QueryFactory.create("ASK { }"), b -> b, QueryExec::ask);
    }

    /**
     * Checks, before any work, that the dataset exists and takes writes with these credentials: a query first (a
     * missing dataset is a 404 there, where a write to it meets the server's static files and a 405 that reads as
     * "read-only"), then an empty POST to a graph of its own, which adds nothing.
     */
    public void checkWritable() {
        call("check", () -> {
            try {
                QueryExecHTTPBuilder b = QueryExecHTTP.service(queryEndpoint()).httpClient(http).query("ASK { }");
                credentials.ifPresent(c -> b.httpHeader("Authorization", c.basicHeader()));
                try (QueryExec exec = b.build()) {
                    exec.ask();
                }
            } catch (org.apache.jena.sparql.engine.http.QueryExceptionHTTP e) {
                if (e.getStatusCode() == 404) throw new StoreException(dataset + ": no such dataset (nothing answers at " + queryEndpoint() + ")", e);
                throw e;
            }
            return null;
        });
        call("write check", () -> {
            authorize(GSP.service(graphStoreEndpoint()).httpClient(http)).graphName(CHECK_GRAPH).POST(GraphFactory.createDefaultGraph());
            return null;
        });
    }

    /** The graph the write check posts nothing to. */
    private static final Node CHECK_GRAPH = org.apache.jena.graph.NodeFactory.createURI("urn:newskg:write-check");

    private <P extends StoreProtocol<P>> P authorize(P protocol) {
        credentials.ifPresent(c -> protocol.httpHeader("Authorization", c.basicHeader()));
        return protocol;
    }

    private <T> T call(String what, Supplier<T> action) {
        try {
            return action.get();
        } catch (HttpException e) {
            throw new StoreException(dataset + ": " + what + " failed: " + reason(e), e);
        } catch (org.apache.jena.sparql.engine.http.QueryExceptionHTTP e) {
            Throwable net = networkCause(e);
            throw new StoreException(dataset + ": " + what + " failed: " + (net != null ? reason(net)
                    : status(e.getStatusCode(), e.getResponseMessage(), null)), e);
        } catch (RuntimeException e) {
            Throwable net = networkCause(e);
            if (net != null) throw new StoreException(dataset + ": " + what + " failed: " + reason(net), e);
            throw e;
        }
    }

    private String reason(HttpException e) {
        Throwable net = networkCause(e);
        if (net != null) return reason(net);
        return status(e.getStatusCode(), e.getStatusLine(), e.getResponse());
    }

    private String status(int code, String statusLine, String body) {
        return switch (code) {
            case 401 -> "401 Unauthorized: " + (credentials.isPresent() ? "the server refused user '" + credentials.get().user() + "' or its password"
                    : "the server wants a login (--user and --password-file)");
            case 403 -> "403 Forbidden: user " + credentials.map(Credentials::user).orElse("(anonymous)") + " may not do this";
            case 404 -> "404 Not Found: no such dataset or endpoint (expected " + dataset + "/sparql and " + dataset + "/data)";
            case 405 -> "405 Method Not Allowed: the endpoint is read-only";
            case -1 -> "no response";
            default -> code + " " + Optional.ofNullable(statusLine).orElse("") + firstLine(body);
        };
    }

    private String reason(Throwable net) {
        if (net instanceof ConnectException) return "cannot connect (is the server running and the URL right?)";
        if (net instanceof UnknownHostException || net instanceof UnresolvedAddressException) return "unknown host";
        if (net instanceof HttpConnectTimeoutException) return "connection timed out";
        if (net instanceof HttpTimeoutException) return "no answer in time";
        return net.getClass().getSimpleName() + firstLine(net.getMessage());
    }

    private static Throwable networkCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof UnknownHostException || t instanceof UnresolvedAddressException
                    || t instanceof HttpTimeoutException || t instanceof java.nio.channels.ClosedChannelException)
                return t;
            if (t instanceof java.io.IOException && !(t instanceof java.io.UncheckedIOException) && t.getCause() == null) return t;
        }
        return null;
    }

    private static String firstLine(String s) {
        if (s == null || s.isBlank()) return "";
        return ": " + s.strip().lines().findFirst().orElse("");
    }

    @Override
    public void close() { http.close(); }
}
