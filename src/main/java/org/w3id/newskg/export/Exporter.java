package org.w3id.newskg.export;

import java.io.OutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Writes a dataset in one of the {@link Format}s with the contract's prefixes. For Turtle the named graphs'
 * union (plus the default graph) is written, since Turtle has no graphs.
 */
public final class Exporter {
    /** The contract's prefixes plus rdf and the project's id space ({@link org.w3id.newskg.rdf.Prefixes}). */
    public static final PrefixMapping PREFIXES = org.w3id.newskg.rdf.Prefixes.CONTRACT;

    private Exporter() {}

    public static void write(DatasetGraph dsg, Format format, OutputStream out) {
        if (format.quads()) {
            DatasetGraph copy = DatasetGraphFactory.create();
            copy.prefixes().putAll(PREFIXES);
            dsg.find().forEachRemaining(copy::add);
            RDFWriter.source(copy).format(format.rdfFormat).output(out);
        } else {
            RDFWriter.source(union(dsg)).format(format.rdfFormat).output(out);
        }
    }

    /** The default graph and every named graph as one graph. */
    public static Graph union(DatasetGraph dsg) {
        Graph g = GraphFactory.createDefaultGraph();
        g.getPrefixMapping().setNsPrefixes(PREFIXES);
        dsg.find().forEachRemaining(q -> g.add(q.asTriple()));
        return g;
    }
}
