package org.w3id.newskg.spark;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.w3id.newskg.ingest.ArticleReader;
import org.w3id.newskg.link.Linkers;
import org.w3id.newskg.nlp.OpenNlpLanguageIdentifier;
import org.w3id.newskg.pipeline.Pipeline;

/**
 * The reader and pipeline of one executor JVM: made by the first task that asks, shared by every task thread after it
 * (the {@link Pipeline} is thread-safe; OpenNLP's per-thread objects are the annotator's affair). Loading the models,
 * lexicons and the gazetteer takes seconds, so it must happen once per JVM, not per task or record; a task that asks
 * while another is loading waits for it. On one machine ({@code local[N]}) the driver is the executor, and
 * {@link #loadInBackground} starts that loading beside Spark's own start-up, which keeps one thread busy for seconds
 * while the other cores wait.
 *
 * {@snippet :
 * Extractors.Extractor ex = Extractors.of(settings);
 * ex.pipeline().link(ex.pipeline().extract(ex.reader().fromFields(where, fields, id)));
 * }
 */
final class Extractors {
    private static final Map<ExtractSettings, Extractor> LOADED = new ConcurrentHashMap<>();

    private Extractors() {}

    /** The reader and pipeline that read and extract as {@code newskg extract} with the same options. */
    record Extractor(ArticleReader reader, Pipeline pipeline) {}

    static Extractor of(ExtractSettings settings) {
        return LOADED.computeIfAbsent(settings, Extractors::load);
    }

    /**
     * Starts loading the reader and pipeline for these settings on a daemon thread and returns at once; the first task
     * that asks waits for it. A loading that fails is left to that task, which loads again and reports it.
     */
    static void loadInBackground(ExtractSettings settings) {
        Thread loader = new Thread(() -> {
            try {
                of(settings);
            } catch (RuntimeException e) {
                // the first task loads again and fails with the reason
            }
        }, "newskg-models");
        loader.setDaemon(true);
        loader.start();
    }

    private static Extractor load(ExtractSettings s) {
        ArticleReader reader = ArticleReader.create().languages(new OpenNlpLanguageIdentifier()).lang(s.lang()).build();
        // the executor's log gets the linker's warnings (no network for --wikidata online, say), one line each
        Pipeline pipeline = Pipeline.create()
                .linker(Linkers.create(Linkers.Mode.parse(s.wikidata()), Linkers.defaultCache(), Optional.of(Linkers.defaultUserGazetteer()),
                        w -> System.err.println("newskg: " + w)))
                .build();
        return new Extractor(reader, pipeline);
    }
}
