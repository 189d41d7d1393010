package org.w3id.newskg.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.newskg.model.ArticleId;
import org.w3id.newskg.rdf.Iris;

/**
 * One article's named graph, as it is about to be loaded: its name ({@code https://w3id.org/newskg/id/graph/…})
 * and its triples. The unit of replacement: a store holds either the whole graph or its previous version.
 *
 * {@snippet :
 * for (ArticleGraph g : ArticleGraph.of(pipeline.toDataset(article))) loader.accept(g);
 * }
 */
public record ArticleGraph(Node name, Graph graph) {
    public ArticleGraph {
        if (name == null || !name.isURI()) throw new IllegalArgumentException("an article graph needs an IRI as its name, not " + name);
        if (graph == null) throw new IllegalArgumentException(name + ": no graph");
    }

    /** The named graphs of a dataset, each copied; the default graph is not an article's and is left out. */
    public static List<ArticleGraph> of(DatasetGraph dsg) {
        Map<Node, Graph> graphs = new LinkedHashMap<>();
        dsg.find().forEachRemaining(q -> {
            if (q.isDefaultGraph()) return;
            graphs.computeIfAbsent(q.getGraph(), g -> GraphFactory.createDefaultGraph()).add(q.asTriple());
        });
        List<ArticleGraph> out = new ArrayList<>();
        graphs.forEach((n, g) -> out.add(new ArticleGraph(n, g)));
        return out;
    }

    /** The name of a graph as a user writes it, an IRI with or without its angle brackets. */
    public static Node graphName(String iri) {
        return NodeFactory.createURI(iri.replaceAll("^<|>$", ""));
    }

    /**
     * The article graphs of a TriG or N-Quads file, each copied, its default graph left out. A file with triples
     * and no named graph (Turtle, {@code extract}'s default output, or N-Triples) is one article's graph, named
     * after the file as {@code extract} names it: {@code OUT/alaska.de.ttl} is {@code id:graph/alaska.de}. A file
     * that does not parse is a {@link StoreException} {@code FILE: not valid RDF (…)} with the first line of the
     * parser's message; a file without triples is one too, since it holds nothing to check.
     */
    public static List<ArticleGraph> read(Path file) {
        DatasetGraph dsg;
        try {
            dsg = RDFParser.source(file).toDatasetGraph();
        } catch (RiotException e) {
            throw new StoreException(file + ": not valid RDF (" + firstLine(e) + ")", e);
        }
        List<ArticleGraph> named = of(dsg);
        if (!named.isEmpty()) return named;
        if (dsg.getDefaultGraph().isEmpty()) throw new StoreException(file + ": no triples to check");
        Graph copy = GraphFactory.createDefaultGraph();
        dsg.getDefaultGraph().find().forEachRemaining(copy::add);
        return List.of(new ArticleGraph(Iris.graph(ArticleId.slug(stem(file))), copy));
    }

    private static String stem(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot <= 0 ? n : n.substring(0, dot);
    }

    /** The first line of a parser's message, which says where the file went wrong. */
    static String firstLine(RiotException e) {
        return String.valueOf(e.getMessage()).lines().findFirst().orElse("");
    }

    public int size() { return graph.size(); }

    @Override
    public String toString() { return "<" + name.getURI() + "> (" + graph.size() + " triples)"; }
}
