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
    /** The contract's prefixes plus rdf and the project's id space. */
    public static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefix("schema", "https://schema.org/")
            .setNsPrefix("prov", "http://www.w3.org/ns/prov#")
            .setNsPrefix("sem", "http://semanticweb.cs.vu.nl/2009/11/sem/")
            .setNsPrefix("owl", "http://www.w3.org/2002/07/owl#")
            .setNsPrefix("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#")
            .setNsPrefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#")
            .setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#")
            .setNsPrefix("wd", "http://www.wikidata.org/entity/")
            .setNsPrefix("nif", "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
            .setNsPrefix("nkg", "https://w3id.org/newskg#")
            .setNsPrefix("id", "https://w3id.org/newskg/id/")
            .lock();

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
