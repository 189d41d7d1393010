package org.w3id.newskg.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.UpdateExec;
import org.apache.jena.update.UpdateRequest;

/**
 * The {@link Tallies} of a bulk load counted while its quads pass, on a thread of its own: the quads that a tally
 * counts ({@link Tallies#counts}) are gathered a few whole graphs at a time, and {@code tallies.ru} runs over each
 * batch in memory, adding to the tallies of the batches before (each graph's counts are added once, as loading graph
 * by graph adds them); the tallies graph that results is what counting over the whole store gives. So the load packs
 * the tally quads with its other rows instead of counting over the packed store afterwards.
 *
 * <p>That needs each graph's quads to come together, as newskg's export writes them: a graph met again after another
 * one began, or a quad in the tallies graph itself, makes {@link #finish} answer {@code null}, and the load counts over
 * the store as before. Quads of the default graph are in no tally.
 *
 * {@snippet :
 * StreamTallies tallies = new StreamTallies();
 * tallies.add(quad);                      // every quad of the load, in order, on one thread
 * List<Quad> counted = tallies.finish();  // the tallies graph's quads, or null: count over the store
 * }
 */
final class StreamTallies {
    /**
     * Quads that a tally counts, gathered before a batch is counted (at the next graph's first quad): fewer runs of
     * the update cost less (its fixed cost per run), more quads per run more heap (about 500 bytes a quad in memory).
     */
    static final int BATCH = 50_000;
    private static final List<Quad> END = List.of();

    private final UpdateRequest update = Tallies.bound(null, 1);
    private final DatasetGraph counted = DatasetGraphFactory.create();
    private final BlockingQueue<List<Quad>> queue = new ArrayBlockingQueue<>(2);
    private final Set<Node> passed = new HashSet<>();
    private final Thread thread;
    private volatile RuntimeException failure;
    private List<Quad> batch = new ArrayList<>();
    private Node graph;
    private boolean grouped = true;

    private final int batchSize;

    StreamTallies() { this(BATCH); }

    /** With batches of at least {@code batchSize} counted quads (1 in tests: a batch per graph). */
    StreamTallies(int batchSize) {
        this.batchSize = batchSize;
        thread = new Thread(this::count, "newskg-bulk-tallies");
        thread.setDaemon(true);
        thread.start();
    }

    /** Takes the next quad of the load. */
    void add(Quad q) {
        if (!grouped || q.isDefaultGraph()) return;
        Node g = q.getGraph();
        if (!g.equals(graph)) {
            if (g.equals(Tallies.GRAPH) || passed.contains(g)) {
                grouped = false;   // the load counts over the store
                batch = null;
                put(END);
                return;
            }
            if (graph != null) passed.add(graph);
            graph = g;
            if (batch.size() >= batchSize) {
                put(batch);
                batch = new ArrayList<>();
            }
        }
        if (Tallies.counts(q.getPredicate())) batch.add(q);
    }

    /**
     * After the last quad: the quads of the tallies graph, its marks included ({@link Tallies#marks}), or {@code null}
     * when the quads did not come graph by graph.
     */
    List<Quad> finish() {
        if (grouped) {
            if (!batch.isEmpty()) put(batch);
            put(END);
        }
        join();
        if (failure != null) throw failure;
        if (!grouped) return null;
        List<Quad> tallies = new ArrayList<>();
        counted.find(Tallies.GRAPH, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(tallies::add);
        tallies.addAll(Tallies.marks());
        return tallies;
    }

    /** Stops counting (the load failed). */
    void abandon() {
        grouped = false;
        batch = null;
        queue.clear();
        queue.offer(END);
        join();
    }

    private void put(List<Quad> quads) {
        HandOff.put(queue, quads, thread, () -> failure, "the tallies");
    }

    /** The tallies' thread: each batch into memory, counted, its graphs dropped again (the tallies graph stays). */
    private void count() {
        try {
            for (List<Quad> quads; (quads = queue.take()) != END; ) {
                Set<Node> graphs = new HashSet<>();
                for (Quad q : quads) {
                    counted.add(q);
                    graphs.add(q.getGraph());
                }
                UpdateExec.dataset(counted).update(update).execute();
                for (Node g : graphs) counted.removeGraph(g);
            }
        } catch (InterruptedException e) {
            failure = new StoreException("bulk load: interrupted while counting the tallies", e);
        } catch (RuntimeException e) {
            failure = e;
        }
    }

    private void join() {
        HandOff.join(thread, "the tallies");
    }
}
