package org.w3id.newskg.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;

/**
 * The writing half of {@link TdbStore#bulkLoad}: a thread that hands the quads the caller's thread gives it, in
 * batches of {@value #BATCH} through a short queue, to its {@link Target} ({@link NextGeneration}), which it begins
 * first and completes or abandons at the end, all on this one thread (TDB2's transactions belong to a thread). The
 * caller writes to {@link #sink()} and ends with {@link #finish()} (the target completed, or the writer's failure
 * rethrown) or {@link #abort()}.
 */
final class BulkWriter {
    private static final int BATCH = 10_000;
    /** Markers for the writer, told apart by identity. */
    private static final List<Quad> END = Collections.unmodifiableList(new ArrayList<>()), ABORT = Collections.unmodifiableList(new ArrayList<>());

    /** Where the writer's quads go; every call on the writer's thread. */
    interface Target {
        /** Before the first quad. */
        void begin();
        void add(Quad quad);
        /** After the last quad: makes the load whole and visible. */
        void complete();
        /** After a failure, or when the caller gave up: leaves nothing of the load. */
        void abandon();
    }

    private final Target target;
    private final BlockingQueue<List<Quad>> queue = new ArrayBlockingQueue<>(4);
    private final Thread thread;
    private volatile RuntimeException failure;
    private List<Quad> batch = new ArrayList<>(BATCH);

    BulkWriter(Target target) {
        this.target = target;
        this.thread = new Thread(this::write, "newskg-bulk-writer");
        thread.setDaemon(true);   // a JVM that exits mid-load leaves the transaction uncommitted, the store empty
    }

    void start() { thread.start(); }

    /** Where the caller writes the quads; triples go to the default graph. */
    StreamRDF sink() {
        return new StreamRDFBase() {
            @Override public void quad(Quad quad) { add(quad); }
            @Override public void triple(Triple triple) { add(Quad.create(Quad.defaultGraphIRI, triple)); }
        };
    }

    /** Hands the last batch over and waits for the commit; the writer's failure, if any, is thrown here. */
    void finish() {
        if (!batch.isEmpty()) put(batch);
        put(END);
        join();
        if (failure != null) throw failure;
    }

    /** Ends the transaction without committing it (after the caller's own failure). */
    void abort() {
        batch = new ArrayList<>();
        try {
            if (thread.isAlive()) put(ABORT);
        } catch (StoreException e) {
            // the writer has stopped already; nothing was committed
        }
        join();
    }

    private void add(Quad quad) {
        batch.add(quad);
        if (batch.size() == BATCH) {
            put(batch);
            batch = new ArrayList<>(BATCH);
        }
    }

    /** Waits for room in the queue, giving up when the writer has stopped (it failed). */
    private void put(List<Quad> quads) {
        HandOff.put(queue, quads, thread, () -> failure, "the writer");
    }

    /** The writer's thread; never interrupted, as an interrupt during TDB2's file I/O closes its files. */
    private void write() {
        try {
            target.begin();
            List<Quad> quads;
            while ((quads = queue.take()) != END && quads != ABORT)
                for (Quad q : quads) target.add(q);
            if (quads == END) target.complete();
            else target.abandon();
        } catch (InterruptedException | RuntimeException | Error e) {
            RuntimeException f = e instanceof RuntimeException r ? r : new StoreException("bulk load: " + e, e);
            try {
                target.abandon();
            } catch (RuntimeException again) {
                f.addSuppressed(again);
            }
            failure = f;
        }
    }

    private void join() {
        HandOff.join(thread, "the writer");
    }
}
