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
 * while another is loading waits for it.
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
