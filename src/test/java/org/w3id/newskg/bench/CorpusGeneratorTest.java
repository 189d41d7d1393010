package org.w3id.newskg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.newskg.model.Article;

class CorpusGeneratorTest {
    private final CorpusGenerator corpus = CorpusGenerator.create().seed(7).build();

    @Test
    void theSameSeedAndIndexGiveTheSameArticle() {
        Article a = corpus.article(12);
        Article b = CorpusGenerator.create().seed(7).build().article(12);
        assertEquals(a, b);
        assertNotEquals(a.text(), corpus.article(14).text());
        assertNotEquals(a.text(), CorpusGenerator.create().seed(8).build().article(12).text());
    }

    @Test
    void articlesAlternateGermanAndEnglishWithQuotationsReportedSpeechAndTitles() {
        List<Article> all = corpus.articles(40);
        for (int i = 0; i < all.size(); i++) {
            Article a = all.get(i);
            assertEquals(i % 2 == 0 ? "de" : "en", a.lang(), a.id().value());
            assertTrue(a.text().length() > 400, a.id() + " is too short: " + a.text().length());
            assertTrue(a.text().indexOf('\n') > 0, "a headline line first");
        }
        String de = String.join("\n", all.stream().filter(a -> a.lang().equals("de")).map(Article::text).toList());
        String en = String.join("\n", all.stream().filter(a -> a.lang().equals("en")).map(Article::text).toList());
        for (String s : List.of("„", "»", "‚", "sagte", "betonte", " sei", "Laut ", "ministerin", "Telegram", "Stunden"))
            assertTrue(de.contains(s), "German articles lack " + s);
        for (String s : List.of("“", "\"", "‘", " said", "stressed that", "According to", "Minister", " on X", "hours"))
            assertTrue(en.contains(s), "English articles lack " + s);
    }

    @Test
    void everyArticleHasItsOwnId() {
        Set<String> ids = new HashSet<>();
        for (Article a : corpus.articles(500)) assertTrue(ids.add(a.id().value()), "duplicate id " + a.id());
    }

    @Test
    void germanShareOneGivesOnlyGerman() {
        CorpusGenerator de = CorpusGenerator.create().seed(3).germanShare(1).build();
        assertTrue(de.articles(20).stream().allMatch(a -> a.lang().equals("de")));
        assertThrows(IllegalArgumentException.class, () -> CorpusGenerator.create().germanShare(1.5));
    }

    @Test
    void jsonLinesHoldOneArticlePerLineWithItsLanguage(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("c.jsonl");
        corpus.writeJsonl(f, 25);
        List<String> lines = Files.readAllLines(f);
        assertEquals(25, lines.size());
        JsonNode third = new ObjectMapper().readTree(lines.get(3));
        Article a = corpus.article(3);
        assertEquals(a.text(), third.get("text").asText());
        assertEquals("en", third.get("lang").asText());
        assertEquals(a.id().value(), third.get("id").asText());
    }
}
