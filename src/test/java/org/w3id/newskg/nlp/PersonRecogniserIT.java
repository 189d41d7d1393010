package org.w3id.newskg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.w3id.newskg.model.AnnotatedText;
import org.w3id.newskg.model.Article;
import org.w3id.newskg.model.ArticleId;
import org.w3id.newskg.model.ArticleMeta;
import org.w3id.newskg.model.ScoredSpan;

/** The shipped German person model (issue 12) on invented sentences, through newskg's own tokens. */
class PersonRecogniserIT {
    private static final Annotator NLP = new Annotator();

    private static AnnotatedText text(String lang, String s) {
        return NLP.annotate(new Article(ArticleId.slug("t"), lang, s, ArticleMeta.of("t")), false);
    }

    private static List<String> names(AnnotatedText t, List<ScoredSpan> spans) {
        return spans.stream().map(s -> t.span(s.tokens()).in(t.text())).toList();
    }

    @Test
    void findsThePersonsOfAnInventedGermanSentence() {
        AnnotatedText t = text("de", "Die Ministerin Jana Beispiel traf gestern Tom Novak in Kiel.");
        List<ScoredSpan> found = PersonRecogniser.shipped().persons(t);
        assertEquals(List.of("Jana Beispiel", "Tom Novak"), names(t, found));
        for (ScoredSpan s : found) assertTrue(s.probability() > 0.5 && s.probability() <= 1, s.toString());
    }

    @Test
    void rangesAreDocumentGlobalInLaterSentences() {
        AnnotatedText t = text("de", "Der Haushalt wurde gestern beschlossen.\nDanach sprach Kanzlerin Ada Kowalczyk in Bonn.");
        List<ScoredSpan> found = PersonRecogniser.shipped().persons(t);
        assertEquals(List.of("Ada Kowalczyk"), names(t, found));
        assertEquals(1, t.sentenceOf(found.getFirst().tokens().begin()).index());
    }

    @Test
    void findsNoPersonInASentenceWithoutOne() {
        AnnotatedText t = text("de", "Der Ausschuss tagte am Montag in Kiel und beschloss den Haushalt für das kommende Jahr.");
        assertEquals(List.of(), names(t, PersonRecogniser.shipped().persons(t)));
    }

    @Test
    void englishGivesNothing() {
        AnnotatedText t = text("en", "Minister Jana Beispiel met Tom Novak in Kiel yesterday.");
        assertEquals(List.of(), PersonRecogniser.shipped().persons(t));
    }

    @Test
    void twoThreadsGiveTheSameAnswersAsOne() throws Exception {
        AnnotatedText t = text("de", Files.readString(Path.of("data/articles/alaska-summit-reactions.de.txt")));
        List<ScoredSpan> expected = PersonRecogniser.shipped().persons(t);
        assertTrue(expected.size() > 10, "too few persons in the example article: " + expected.size());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<ScoredSpan>>> runs = List.of(pool.submit(() -> PersonRecogniser.shipped().persons(t)),
                    pool.submit(() -> PersonRecogniser.shipped().persons(t)), pool.submit(() -> PersonRecogniser.shipped().persons(t)));
            for (Future<List<ScoredSpan>> r : runs) assertEquals(expected, r.get());
        } finally {
            pool.shutdown();
        }
    }

    /** Prints what loading and one article cost, for the README; asserts only generous bounds. */
    @Test
    void loadsQuicklyAndCostsLittlePerArticle() throws IOException {
        long t0 = System.nanoTime();
        PersonRecogniser fresh = fromClasspath();
        long loadMs = (System.nanoTime() - t0) / 1_000_000;
        AnnotatedText t = text("de", Files.readString(Path.of("data/articles/alaska-summit-reactions.de.txt")));
        for (int i = 0; i < 20; i++) fresh.persons(t);
        int rounds = 100;
        long t1 = System.nanoTime();
        for (int i = 0; i < rounds; i++) fresh.persons(t);
        double perArticleMs = (System.nanoTime() - t1) / 1e6 / rounds;
        System.out.printf("PersonRecogniserIT: model load %d ms; %.2f ms per article of %d tokens (%.0f tokens/s)%n",
                loadMs, perArticleMs, t.tokens().size(), t.tokens().size() / perArticleMs * 1000);
        assertTrue(loadMs < 5_000, "model load took " + loadMs + " ms");
        assertTrue(perArticleMs < 200, "one article took " + perArticleMs + " ms");
    }

    private static PersonRecogniser fromClasspath() throws IOException {
        try (var in = PersonRecogniser.class.getClassLoader().getResourceAsStream(PersonRecogniser.RESOURCE)) {
            return new PersonRecogniser(new opennlp.tools.namefind.TokenNameFinderModel(in));
        }
    }
}
