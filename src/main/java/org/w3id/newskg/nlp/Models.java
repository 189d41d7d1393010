package org.w3id.newskg.nlp;

import java.io.IOException;
import java.io.InputStream;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The four UD models of one language, read from the classpath (the {@code opennlp-models-*} jars put each
 * {@code .bin} at the jar root). Immutable and thread-safe once loaded.
 */
record Models(SentenceModel sentences, TokenizerModel tokens, POSModel pos, LemmatizerModel lemmas) {
    private static final String VERSION = "1.3-2.5.4";

    static Models load(String lang) {
        String treebank = switch (lang) {
            case "de" -> "de-ud-gsd";
            case "en" -> "en-ud-ewt";
            default -> throw new IllegalArgumentException("no models for language '" + lang + "' (supported: de, en)");
        };
        return new Models(
                read("opennlp-" + treebank + "-sentence-" + VERSION + ".bin", SentenceModel::new),
                read("opennlp-" + treebank + "-tokens-" + VERSION + ".bin", TokenizerModel::new),
                read("opennlp-" + treebank + "-pos-" + VERSION + ".bin", POSModel::new),
                read("opennlp-" + treebank + "-lemmas-" + VERSION + ".bin", LemmatizerModel::new));
    }

    interface ModelCtor<T> { T create(InputStream in) throws IOException; }

    static <T> T read(String resource, ModelCtor<T> ctor) {
        try (InputStream in = Models.class.getResourceAsStream("/" + resource)) {
            if (in == null) throw new NlpException("model not on the classpath: " + resource + " (is its opennlp-models jar a dependency?)", null);
            return ctor.create(in);
        } catch (IOException e) {
            throw new NlpException("cannot load model " + resource + ": " + e.getMessage(), e);
        }
    }
}
