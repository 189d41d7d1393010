package org.w3id.newskg.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.w3id.newskg.ingest.ArticleReader;
import org.w3id.newskg.model.Article;
import org.w3id.newskg.model.Extraction;

/**
 * Runs the pipeline over many inputs on N threads. Articles stream from the reader through a bounded queue,
 * so memory stays bounded whatever the corpus size; each result goes to the sink as soon as it is ready
 * (the sink must be thread-safe). A failing article is recorded and the batch goes on.
 */
public final class Batch {
    private static final Article POISON = new Article(org.w3id.newskg.model.ArticleId.slug("end"), "de", "", org.w3id.newskg.model.ArticleMeta.of("end"));
    private final Pipeline pipeline;
    private final ArticleReader reader;
    private final int threads;

    public Batch(Pipeline pipeline, ArticleReader reader, int threads) {
        if (threads < 1) throw new IllegalArgumentException("threads must be ≥ 1, not " + threads);
        this.pipeline = pipeline;
        this.reader = reader;
        this.threads = threads;
    }

    /** Extracts and links every article; {@code sink} gets each result on the worker thread that made it. */
    public BatchReport run(List<Path> inputs, Consumer<Extraction.Linked> sink) { return run(inputs, sink, r -> { }); }

    /** As {@link #run(List, Consumer)}, and {@code progress} hears of every article, done or failed, as it is counted. */
    public BatchReport run(List<Path> inputs, Consumer<Extraction.Linked> sink, Consumer<BatchReport> progress) {
        BatchReport report = new BatchReport();
        report.listener(progress);
        BlockingQueue<Article> queue = new ArrayBlockingQueue<>(threads * 4);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "newskg-worker");
            t.setDaemon(true);
            return t;
        });
        for (int i = 0; i < threads; i++) {
            pool.submit(() -> {
                while (true) {
                    Article a;
                    try { a = queue.take(); } catch (InterruptedException e) { Thread.currentThread().interrupt(); return; }
                    if (a == POISON) return;
                    try {
                        Extraction.Linked linked = pipeline.link(pipeline.extract(a));
                        sink.accept(linked);
                        report.succeeded(linked.extraction().statements().size(), linked.extraction().text().tokens().size());
                    } catch (RuntimeException | StackOverflowError e) {
                        report.failed(a.meta().source() + ": extraction failed (" + e.getClass().getSimpleName() + ": " + firstLine(e.getMessage()) + ")");
                    }
                }
            });
        }
        try {
            reader.read(inputs, a -> put(queue, a), report::failed);
        } finally {
            for (int i = 0; i < threads; i++) put(queue, POISON);
            pool.shutdown();
            try {
                while (!pool.awaitTermination(1, TimeUnit.MINUTES)) { /* keep waiting: articles are still being processed */ }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return report;
    }

    private static void put(BlockingQueue<Article> q, Article a) {
        try { q.put(a); } catch (InterruptedException e) { Thread.currentThread().interrupt(); throw new IllegalStateException("interrupted", e); }
    }

    private static String firstLine(String s) { return s == null ? "" : s.lines().findFirst().orElse(""); }
}
