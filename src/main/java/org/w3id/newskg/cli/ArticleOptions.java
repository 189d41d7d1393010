package org.w3id.newskg.cli;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Optional;
import org.w3id.newskg.ingest.ArticleReader;
import org.w3id.newskg.link.Linker;
import org.w3id.newskg.link.Linkers;
import org.w3id.newskg.nlp.OpenNlpLanguageIdentifier;
import org.w3id.newskg.pipeline.Pipeline;
import picocli.CommandLine.Option;

/**
 * The options of every command that reads articles (extract, explain, load, demo): language, encoding, threads
 * and linking, and the reader and pipeline they make. One place, so every command reads and links alike.
 */
final class ArticleOptions {
    @Option(names = "--lang", paramLabel = "LANG", description = "Language of every article (de or en); default: detected.")
    String lang;

    @Option(names = "--encoding", paramLabel = "CHARSET", description = "Charset of the articles; default: UTF-8 (UTF-16 with BOM detected).")
    Charset encoding;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--wikidata", paramLabel = "MODE",
            description = "Linking to Wikidata: offline (default: the shipped gazetteer and the user's), online (then Wikidata's API, cached) or none.")
    String wikidata = "offline";

    @Option(names = "--wikidata-cache", paramLabel = "DIR", description = "Cache of Wikidata answers for --wikidata online (default: ~/.newskg/wikidata-cache).")
    Path wikidataCache;

    /** Fails on a bad option (language, linking mode, threads) before any work starts. */
    void check() {
        reader();
        Linkers.Mode.parse(wikidata);
        if (threads <= 0) throw new IllegalArgumentException("--threads must be positive, not " + threads);
    }

    ArticleReader reader() {
        return ArticleReader.create().languages(new OpenNlpLanguageIdentifier()).lang(lang).encoding(encoding).build();
    }

    /** The pipeline with the chosen linking; the linker's warnings go to {@code err}, one line each. */
    Pipeline pipeline(PrintWriter err) { return pipeline(err, java.util.Set.of()); }

    /** The pipeline without the named extraction rules ({@code explain --without}). */
    Pipeline pipeline(PrintWriter err, java.util.Set<String> without) {
        Linker linker = Linkers.create(Linkers.Mode.parse(wikidata), wikidataCache != null ? wikidataCache : Linkers.defaultCache(),
                Optional.of(Linkers.defaultUserGazetteer()), w -> { synchronized (err) { err.println("newskg: " + w); err.flush(); } });
        return Pipeline.create().linker(linker).without(without).build();
    }
}
