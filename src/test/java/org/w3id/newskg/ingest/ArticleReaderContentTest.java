package org.w3id.newskg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.w3id.newskg.model.Article;
import org.w3id.newskg.model.ArticleId;

/** Issue 16: readers that hand over bytes or fields (Spark's) get the articles and messages a file on disk gets. */
class ArticleReaderContentTest {
    private final ArticleReader reader = ArticleReader.create().languages(text -> Optional.of("de")).build();

    @Test
    void contentIsReadByItsNamesExtensionAndStem() {
        List<Article> got = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        reader.read("hdfs://news/2025/a-page.html", "<html><head><title>Kopf</title></head><body><p>Die Ministerin sprach.</p></body></html>"
                .getBytes(StandardCharsets.UTF_8), got::add, failed::add);
        reader.read("s3a://b/day.jsonl", "{\"text\": \"Er sprach.\", \"lang\": \"de\"}\n\n{\"text\": \"x\", \"lang\": \"fr\"}\n"
                .getBytes(StandardCharsets.UTF_8), got::add, failed::add);
        reader.read("s3a://b/empty.txt", new byte[0], got::add, failed::add);
        assertEquals(List.of("a-page", "day-1"), got.stream().map(a -> a.id().value()).toList());
        assertEquals(Optional.of("Kopf"), got.getFirst().meta().headline());
        assertEquals(2, failed.size(), failed::toString);
        assertTrue(failed.get(0).startsWith("s3a://b/day.jsonl:3: unsupported language 'fr'"), failed::toString);
        assertTrue(failed.get(1).startsWith("s3a://b/empty.txt: "), failed::toString);
    }

    @Test
    void fieldsMakeAnArticleAsAJsonObjectDoes() {
        Map<String, String> f = new HashMap<>(Map.of("text", "Die Ministerin sprach.", "id", "x-1", "url", "https://news.example.org/x", "date", "2025-03-01"));
        f.put("headline", "  ");
        Article a = reader.fromFields("t.parquet (id x-1)", f, ArticleId.slug("fallback"));
        assertEquals("x-1", a.id().value());
        assertEquals(Optional.of("2025-03-01"), a.meta().datePublished());
        assertEquals(Optional.empty(), a.meta().headline());
        assertEquals("fallback", reader.fromFields("t", Map.of("text", "Er sprach."), ArticleId.slug("fallback")).id().value());
        IngestException e = assertThrows(IngestException.class, () -> reader.fromFields("t.parquet (id y)", Map.of("id", "y"), ArticleId.slug("y")));
        assertEquals("t.parquet (id y): no \"text\"", e.getMessage());
    }
}
