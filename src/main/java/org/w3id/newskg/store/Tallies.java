package org.w3id.newskg.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.UpdateExec;
import org.apache.jena.sparql.syntax.syntaxtransform.UpdateTransformOps;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.sparql.modify.request.UpdateDrop;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.apache.jena.vocabulary.RDF;

/**
 * The store's tallies: counts over all article graphs (statements per speaker and kind, per channel and speaker,
 * articles per event label and the events' articles and places (rows, and one text of each per event label), per
 * person name, link, office and nationality, per label of unlinked persons and their link candidates, channel names,
 * statements per graph, the graphs each speaker speaks in),
 * kept in one small named graph,
 * {@link #GRAPH}. The shipped queries that rank or list over the whole store read these few hundred rows instead of
 * every statement, so their work grows with the page, not with the store.
 *
 * <p>They are kept by the update {@code tallies.ru}, one SPARQL text for every store: run for a graph with sign −1
 * before it is replaced and +1 after, in the same transaction as the replacement (embedded) or the same request
 * (remote); over all graphs after a bulk load whose graphs come interleaved, or when a store made without them (or by
 * an older version) is opened. {@code tallies.ru} is the definition of the tallies: a bulk load whose graphs come one
 * after the other adds them up in plain Java instead ({@link TallyCounter}, through {@link StreamTallies}), and a test
 * holds that to giving the same tallies graph as {@code tallies.ru} over the same graphs. The graph
 * carries {@link #BUILT}, so that a store without tallies is told from a store whose tallies are all zero.
 *
 * {@snippet :
 * Txn.executeWrite(dsg, () -> {
 *     Tallies.subtract(dsg, graph);   // the old version's counts out
 *     // … replace the graph's quads …
 *     Tallies.add(dsg, graph);        // the new version's counts in
 * });
 * }
 */
public final class Tallies {
    /** The named graph of the tallies (no article's: article graphs are under {@code …/id/graph/}). */
    public static final Node GRAPH = NodeFactory.createURI("https://w3id.org/newskg/id/tallies");
    /**
     * {@code <GRAPH> nkg:talliesVersion 5}: the tallies were counted over the whole store once, with this version of
     * {@code tallies.ru}. A store whose tallies have another version (1: before the offices, countries, channel names and
     * the events' articles and places; 2: before the graphs of each speaker; 3: before each event tally's articles and
     * places as one text; 4: before the unlinked persons' labels and candidates) is counted afresh when it is opened.
     */
    static final Node BUILT = NodeFactory.createURI("https://w3id.org/newskg#talliesVersion");
    static final int VERSION_NUMBER = 5;
    private static final Node VERSION = NodeFactory.createLiteralDT(Integer.toString(VERSION_NUMBER), XSDDatatype.XSDinteger);
    private static final UpdateRequest UPDATE = load();

    private Tallies() {}

    /** Adds the counts of graph {@code g} as it is in {@code dsg} now; call inside the write transaction. */
    public static void add(DatasetGraph dsg, Node g) { run(dsg, g, 1); }

    /** Takes away the counts of graph {@code g} as it is in {@code dsg} now, before it is replaced or dropped. */
    public static void subtract(DatasetGraph dsg, Node g) { run(dsg, g, -1); }

    /** Counts the whole store afresh; call inside a write transaction. */
    public static void rebuild(DatasetGraph dsg) { UpdateExec.dataset(dsg).update(rebuildRequest()).execute(); }

    /** Drops the tallies, counts the whole store and marks the tallies {@link #BUILT}: one request, for any store. */
    static UpdateRequest rebuildRequest() {
        UpdateRequest r = new UpdateRequest();
        r.add(new UpdateDrop(GRAPH, true));
        bound(null, 1).getOperations().forEach(r::add);
        r.add(new UpdateDataInsert(new QuadDataAcc(marks())));
        return r;
    }

    /** The two quads that mark the tallies graph as counted over the whole store, with this version ({@link #BUILT}). */
    static List<Quad> marks() {
        return List.of(Quad.create(GRAPH, GRAPH, RDF.type.asNode(), NodeFactory.createURI("https://w3id.org/newskg#Tallies")),
                Quad.create(GRAPH, GRAPH, BUILT, VERSION));
    }

    /** Asks whether a store's tallies are {@link #BUILT}. */
    static final String ASK_BUILT = "ASK { GRAPH <" + GRAPH.getURI() + "> { <" + GRAPH.getURI() + "> <" + "https://w3id.org/newskg#talliesVersion> " + VERSION_NUMBER + " } }";

    /**
     * Whether a triple with this predicate can change a tally: a replacement that adds and removes none (a reload
     * with new PROV times, say) leaves the tallies as they are.
     */
    public static boolean counts(Node predicate) { return COUNTED.contains(predicate.isURI() ? predicate.getURI() : ""); }

    private static final Set<String> COUNTED = Set.of(RDF.type.getURI(), "http://www.w3.org/ns/prov#wasAttributedTo",
            "https://w3id.org/newskg#kind", "https://w3id.org/newskg#channel", "https://w3id.org/newskg#eventType",
            "http://www.w3.org/2000/01/rdf-schema#label", "https://schema.org/alternateName", "http://www.w3.org/2002/07/owl#sameAs",
            "https://w3id.org/newskg#role", "https://w3id.org/newskg#roleTitle", "https://w3id.org/newskg#roleOf",
            "https://schema.org/nationality", "https://schema.org/identifier", "http://semanticweb.cs.vu.nl/2009/11/sem/hasPlace",
            "https://w3id.org/newskg#linkCandidate", "https://w3id.org/newskg#candidate", "https://w3id.org/newskg#score");

    /** Whether the store's tallies were built (an empty store needs none: it counts as built once anything is added). */
    public static boolean built(DatasetGraph dsg) { return dsg.contains(GRAPH, GRAPH, BUILT, VERSION); }

    /**
     * The update with {@code ?g} and {@code ?sign} put into its syntax, sub-selects included (an execution's
     * substitution would leave the sub-selects' {@code ?g} free, and each run would count the whole store).
     */
    static UpdateRequest bound(Node g, int sign) {
        Map<Var, Node> values = new HashMap<>();
        values.put(Var.alloc("sign"), NodeFactory.createLiteralDT(Integer.toString(sign), XSDDatatype.XSDinteger));
        if (g != null) values.put(Var.alloc("g"), g);
        return UpdateTransformOps.transform(UPDATE, values);
    }

    private static void run(DatasetGraph dsg, Node g, int sign) {
        UpdateExec.dataset(dsg).update(bound(g, sign)).execute();
    }

    private static UpdateRequest load() {
        try (InputStream in = Tallies.class.getResourceAsStream("tallies.ru")) {
            if (in == null) throw new IllegalStateException("tallies.ru is missing from the jar");
            return UpdateFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
