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
     * The article graphs of a TriG or N-Quads file, each copied, its default graph left out. A file that does not
     * parse is a {@link StoreException} {@code FILE: not valid RDF (…)} with the first line of the parser's message.
     */
    public static List<ArticleGraph> read(Path file) {
        try {
            return of(RDFParser.source(file).toDatasetGraph());
        } catch (RiotException e) {
            throw new StoreException(file + ": not valid RDF (" + firstLine(e) + ")", e);
        }
    }

    /** The first line of a parser's message, which says where the file went wrong. */
    static String firstLine(RiotException e) {
        return String.valueOf(e.getMessage()).lines().findFirst().orElse("");
    }

    public int size() { return graph.size(); }

    @Override
    public String toString() { return "<" + name.getURI() + "> (" + graph.size() + " triples)"; }
}
