package org.w3id.newskg.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;

/**
 * The {@link Tallies} of a bulk load counted while its quads pass: the quads of each graph that a tally counts
 * ({@link Tallies#counts}) are gathered until the next graph begins and handed to a {@link TallyCounter}, which adds
 * that graph's counts up in plain Java as {@code tallies.ru} counts them; at the end it gives the tallies graph that
 * counting over the whole store gives. So the load packs the tally quads with its other rows instead of counting over
 * the packed store afterwards. It runs on the caller's thread (the bulk load's writer): counting the 1,430 graphs of
 * the bench's 1 M cut took 0.24–0.26 s of CPU on a thread of its own, too little for that thread to be worth its queue.
 *
 * <p>{@code tallies.ru} stays the definition of the tallies. It needs each graph's quads to come together, as
 * newskg's export writes them: a graph met again after another one began, or a quad in the tallies graph itself, makes
 * {@link #finish} answer {@code null}, and the load counts over the store with {@code tallies.ru}, as it also does
 * when the counter cannot tell two keys apart ({@link TallyCounter#quads}). Quads of the default graph are in no tally.
 *
 * {@snippet :
 * StreamTallies tallies = new StreamTallies();
 * tallies.add(quad);                      // every quad of the load, in order, on one thread
 * List<Quad> counted = tallies.finish();  // the tallies graph's quads, or null: count over the store
 * }
 */
final class StreamTallies {
    private final TallyCounter counter = new TallyCounter();
    private final Set<Node> passed = new HashSet<>();
    private List<Quad> quads = new ArrayList<>();
    private Node graph;
    private boolean grouped = true;

    /** Takes the next quad of the load. */
    void add(Quad q) {
        if (!grouped || q.isDefaultGraph()) return;
        Node g = q.getGraph();
        if (!g.equals(graph)) {
            if (g.equals(Tallies.GRAPH) || passed.contains(g)) {
                abandon();   // the load counts over the store
                return;
            }
            if (graph != null) {
                passed.add(graph);
                counter.count(graph, quads);
                quads.clear();
            }
            graph = g;
        }
        if (Tallies.counts(q.getPredicate())) quads.add(q);
    }

    /**
     * After the last quad: the quads of the tallies graph, its marks included ({@link Tallies#marks}), or {@code null}
     * when the quads did not come graph by graph or the counter gave none.
     */
    List<Quad> finish() {
        if (!grouped) return null;
        if (graph != null) counter.count(graph, quads);
        grouped = false;
        List<Quad> tallies = counter.quads();
        if (tallies == null) return null;
        tallies.addAll(Tallies.marks());
        return tallies;
    }

    /** Stops counting (the load failed, or its quads did not come graph by graph). */
    void abandon() {
        grouped = false;
        quads = null;
    }
}
