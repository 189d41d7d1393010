package org.w3id.newskg.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.UpdateExec;

/**
 * The {@link Tallies} of a bulk load counted from its quads as they stream past, on the parser's thread, instead of
 * over the whole store after the load (3.3 s of CPU per million triples on the writer's thread, which is the one that
 * sets the load's pace). The quads that can change a tally ({@link Tallies#counts}) are gathered in memory, a few
 * whole graphs at a time; each such chunk is counted by the same update as the store's ({@code tallies.ru} with
 * {@code ?g} free and sign +1) into an in-memory tallies graph, which is thereby the sum of the chunks' counts, and the
 * chunk's graphs are dropped. Every tally is a count per graph summed over graphs (or, for the speakers' names on a
 * channel, a set that follows such counts), so the sum over chunks is what counting the whole store gives, provided
 * each graph is in one chunk whole: a graph whose quads come again after its chunk was counted (an export holds each
 * graph's quads together; a feed need not), or quads in the tallies' own graph, make the result {@code null}, and the
 * store is counted afresh after the load as before.
 *
 * {@snippet :
 * StreamTallies counter = new StreamTallies();
 * quads.forEach(counter::quad);           // on the parser's thread
 * List<Quad> tallies = counter.result();  // the tallies graph's quads with its markers, or null: count the store
 * }
 */
final class StreamTallies {
    /** Counted quads gathered before a chunk is counted (at the next change of graph): about 80 articles. */
    static final int CHUNK = 50_000;

    private final int chunkSize;
    private DatasetGraph chunk = DatasetGraphFactory.create();
    private final Set<Node> inChunk = new LinkedHashSet<>();
    private final Set<Node> done = new HashSet<>();
    private Node current;
    private int gathered;
    private boolean whole = true;

    StreamTallies() { this(CHUNK); }

    /** @param chunkSize counted quads gathered before a chunk is counted (tests use small chunks) */
    StreamTallies(int chunkSize) { this.chunkSize = chunkSize; }

    /** Takes one quad of the load (the default graph's are no article's and count for nothing). */
    void quad(Quad q) {
        if (!whole || q.isDefaultGraph()) return;
        Node g = q.getGraph();
        if (!g.equals(current)) {
            if (g.equals(Tallies.GRAPH) || done.contains(g)) {   // the store's own tallies, or a graph in parts
                whole = false;
                chunk = null;
                return;
            }
            if (gathered >= chunkSize) count();
            current = g;
            inChunk.add(g);
        }
        if (Tallies.counts(q.getPredicate())) {
            chunk.add(q);
            gathered++;
        }
    }

    /**
     * The tallies graph's quads for the whole load, its markers included (what {@link Tallies#rebuild} would leave),
     * or {@code null} when they cannot be known from the stream and the store must be counted.
     */
    List<Quad> result() {
        if (!whole) return null;
        count();
        List<Quad> quads = new ArrayList<>();
        chunk.find(Tallies.GRAPH, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(quads::add);
        quads.addAll(Tallies.markers());
        return quads;
    }

    /** Adds the chunk's counts to the tallies graph and drops the chunk's graphs. */
    private void count() {
        if (!inChunk.isEmpty() && gathered > 0) UpdateExec.dataset(chunk).update(Tallies.bound(null, 1)).execute();
        for (Node g : inChunk) chunk.removeGraph(g);
        done.addAll(inChunk);
        inChunk.clear();
        current = null;
        gathered = 0;
    }
}
