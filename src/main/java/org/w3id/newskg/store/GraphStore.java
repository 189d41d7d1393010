package org.w3id.newskg.store;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExecBuilder;

/**
 * A place article graphs are loaded into and queried from: the embedded {@link TdbStore} or a
 * {@link RemoteStore} (a Fuseki dataset over HTTP). Both keep one named graph per article and replace it whole.
 */
public interface GraphStore extends AutoCloseable {
    /**
     * Replaces each graph by its new version: after the call the store holds exactly these triples under each
     * name, nothing of an older version. The embedded store does all of them in one write transaction (all or
     * none); a remote store replaces each with one Graph Store Protocol PUT (each whole or not at all).
     */
    void replace(List<ArticleGraph> graphs);

    /**
     * Runs a query: {@code setup} gets a builder with the query set (bind parameters, set a timeout there),
     * {@code use} consumes the execution; on the embedded store both run inside one read transaction.
     */
    <T> T query(Query query, Function<QueryExecBuilder, QueryExecBuilder> setup, Function<org.apache.jena.sparql.exec.QueryExec, T> use);

    /** A copy of the whole dataset, or of one named graph when {@code graph} is given (empty if absent). */
    DatasetGraph export(Optional<Node> graph);

    /** The names of the graphs held, sorted. */
    List<Node> graphNames();

    /** Where the store is, for messages: a directory or a URL. */
    String location();

    @Override
    void close();
}
