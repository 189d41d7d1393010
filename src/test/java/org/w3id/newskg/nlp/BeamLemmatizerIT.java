package org.w3id.newskg.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import opennlp.tools.lemmatizer.LemmatizerME;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.newskg.model.AnnotatedText;
import org.w3id.newskg.model.Article;
import org.w3id.newskg.model.ArticleId;
import org.w3id.newskg.model.ArticleMeta;
import org.w3id.newskg.model.Sentence;
import org.w3id.newskg.model.Token;
import org.w3id.newskg.bench.CorpusGenerator;

/** The lemmatizer with the cheap beam threshold gives exactly OpenNLP's lemmas, sentence by sentence. */
class BeamLemmatizerIT {
    private static final Annotator NLP = new Annotator();

    @ParameterizedTest
    @ValueSource(strings = {"de", "en"})
    void givesTheLemmasOfOpenNlpsLemmatizer(String lang) throws IOException {
        Models models = Models.load(lang);
        LemmatizerME original = new LemmatizerME(models.lemmas());
        BeamLemmatizer beam = new BeamLemmatizer(models.lemmas());
        int sentences = 0, tokens = 0;
        for (String text : texts(lang)) {
            AnnotatedText at = NLP.annotate(new Article(ArticleId.slug("t"), lang, text, ArticleMeta.of("t")), false);
            for (Sentence s : at.sentences()) {
                String[] words = s.tokens().stream().map(Token::text).toArray(String[]::new);
                String[] tags = s.tokens().stream().map(Token::upos).toArray(String[]::new);
                assertArrayEquals(original.lemmatize(words, tags), beam.lemmatize(words, tags), () -> String.join(" ", words));
                sentences++;
                tokens += words.length;
            }
        }
        System.out.printf("BeamLemmatizerIT %s: %d sentences, %d tokens alike%n", lang, sentences, tokens);
        assertTrue(tokens > 20_000, "too little text to compare: " + tokens + " tokens");
    }

    /** The evaluation passages, generated articles, and odd text (marks, scripts, a line without a full stop). */
    private static List<String> texts(String lang) throws IOException {
        List<String> texts = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/eval", lang))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) texts.add(json.readTree(f.toFile()).get("text").asText());
        }
        CorpusGenerator.create().seed(7).build().articles(240).stream().filter(a -> a.lang().equals(lang)).forEach(a -> texts.add(a.text()));
        texts.add("„Ja“, sagte Novak. »Nein!« – “Yes,” she said. Сергей 東京 🙂 x\u200By d\u0308e");
        texts.add("word ".repeat(450));
        return texts;
    }
}
