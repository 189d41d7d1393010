package org.w3id.newskg.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/** Samples the heap every 20 ms on a daemon thread: the most in use, and the most left after a collection. */
final class HeapSampler {
    volatile long peakUsed, peakLive;
    private volatile boolean running = true;
    private final Thread thread;

    HeapSampler() {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        thread = new Thread(() -> {
            while (running) {
                sample(heap);
                try { Thread.sleep(20); } catch (InterruptedException e) { return; }
            }
        }, "newskg-heap-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    private void sample(List<MemoryPoolMXBean> heap) {
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        long live = 0;
        for (MemoryPoolMXBean p : heap) if (p.getCollectionUsage() != null) live += p.getCollectionUsage().getUsed();
        peakUsed = Math.max(peakUsed, used);
        peakLive = Math.max(peakLive, live);
    }

    void stop() {
        running = false;
        thread.interrupt();
        try { thread.join(1000); } catch (InterruptedException e) { Thread.currentThread().interrupt(); }
    }
}
