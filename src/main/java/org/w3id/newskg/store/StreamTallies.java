package org.w3id.newskg.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;

/**
 * The {@link Tallies} of a bulk load counted while its quads pass, on a thread of its own: the quads that a tally
 * counts ({@link Tallies#counts}) are gathered a few whole graphs at a time, and a {@link TallyCounter} adds up each
 * graph's counts in plain Java as {@code tallies.ru} counts them; the tallies graph that results is what counting over
 * the whole store gives. So the load packs the tally quads with its other rows instead of counting over the packed
 * store afterwards.
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
    /** Quads that a tally counts, gathered before a batch is handed to the counting thread (at the next graph's first quad). */
    static final int BATCH = 50_000;
    private static final List<Quad> END = List.of();

    private final TallyCounter counter = new TallyCounter();
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
        List<Quad> tallies = counter.quads();
        if (tallies == null) return null;   // a row's text names two keys: tallies.ru over the store decides
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

    /** The tallies' thread: each batch's graphs, one after the other, to the counter. */
    private void count() {
        try {
            for (List<Quad> quads; (quads = queue.take()) != END; )
                for (int from = 0, to; from < quads.size(); from = to) {
                    Node g = quads.get(from).getGraph();
                    for (to = from + 1; to < quads.size() && quads.get(to).getGraph().equals(g); ) to++;
                    counter.count(g, quads.subList(from, to));
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
