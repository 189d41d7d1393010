package org.w3id.newskg.export;

import java.io.OutputStream;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
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

    /** Whether the format is written as the quads come ({@link #stream}): N-Quads and TriG (as blocks). */
    public static boolean streams(Format format) { return format == Format.NQ || format == Format.TRIG; }

    /**
     * Writes quads as they come, without holding them: N-Quads line by line, TriG a block per graph and subject
     * (quads of one graph must come together, as a store's index gives them). {@code source} writes the quads to
     * the sink it is given and returns how many.
     */
    public static long stream(Function<StreamRDF, Long> source, Format format, OutputStream out) {
        if (!streams(format)) throw new IllegalArgumentException(format.extension + " is not written as a stream");
        StreamRDF w = StreamRDFWriter.getWriterStream(out, format == Format.NQ ? RDFFormat.NQUADS_UTF8 : RDFFormat.TRIG_BLOCKS);
        w.start();
        if (format == Format.TRIG) PREFIXES.getNsPrefixMap().forEach(w::prefix);
        long n = source.apply(w);
        w.finish();
        return n;
    }

    /** The default graph and every named graph as one graph. */
    public static Graph union(DatasetGraph dsg) {
        Graph g = GraphFactory.createDefaultGraph();
        g.getPrefixMapping().setNsPrefixes(PREFIXES);
        dsg.find().forEachRemaining(q -> g.add(q.asTriple()));
        return g;
    }
}
