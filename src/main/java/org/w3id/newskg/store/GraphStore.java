package org.w3id.newskg.store;

import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
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

    /**
     * Hands the whole dataset's quads, or one graph's, to {@code sink} (no start or finish) and says how many there
     * were. The embedded store streams them from one read transaction, so an export of any size needs no more
     * memory than its writer; other stores copy first.
     */
    default long export(Optional<Node> graph, StreamRDF sink) {
        long n = 0;
        for (Iterator<Quad> it = export(graph).find(); it.hasNext(); n++) sink.quad(it.next());
        return n;
    }

    /**
     * The graphs whose article records a text with this SHA-256 ({@code schema:sha256}): the same text loaded under
     * other names. The hash is bound into the query, not pasted into its text.
     */
    default List<Node> graphsWithText(String sha256) {
        return query(SAME_TEXT, b -> b.substitution(org.apache.jena.sparql.core.Var.alloc("hash"), org.apache.jena.graph.NodeFactory.createLiteralString(sha256)), exec -> {
            List<Node> graphs = new java.util.ArrayList<>();
            exec.select().forEachRemaining(row -> graphs.add(row.get("g")));
            return graphs;
        });
    }

    /** The query of {@link #graphsWithText}. */
    Query SAME_TEXT = org.apache.jena.query.QueryFactory.create(
            "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?article <" + org.w3id.newskg.rdf.Schema.sha256.getURI() + "> ?hash } } ORDER BY ?g LIMIT 8");

    /** The names of the graphs held, sorted. */
    List<Node> graphNames();

    /** Where the store is, for messages: a directory or a URL. */
    String location();

    @Override
    void close();
}
