package org.w3id.newskg.store;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** Handing batches to a worker thread of the bulk load through a bounded queue (the writer's). */
final class HandOff {
    private HandOff() {}

    /**
     * Waits for room in {@code queue}, giving up when {@code worker} has stopped: then its failure is thrown, or, when
     * it left none, a {@link StoreException} saying that {@code what} stopped.
     */
    static <T> void put(BlockingQueue<T> queue, T item, Thread worker, Supplier<RuntimeException> failure, String what) {
        try {
            while (!queue.offer(item, 100, TimeUnit.MILLISECONDS))
                if (!worker.isAlive()) {
                    RuntimeException f = failure.get();
                    throw f != null ? f : new StoreException("bulk load: " + what + " stopped");
                }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("bulk load: interrupted", e);
        }
    }

    /** Waits for {@code worker} to end; an interrupt of the waiting thread is kept and reported as {@code what}. */
    static void join(Thread worker, String what) {
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("bulk load: interrupted while " + what + " finished", e);
        }
    }
}
