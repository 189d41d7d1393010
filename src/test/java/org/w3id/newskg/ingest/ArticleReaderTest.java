package org.w3id.newskg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.newskg.model.Article;

/** Ingest without models: the language is declared or fixed, so no detector is needed. */
class ArticleReaderTest {
    @TempDir Path dir;
    final List<Article> read = new ArrayList<>();
    final List<String> failed = new ArrayList<>();
    final ArticleReader reader = ArticleReader.create().languages(text -> Optional.of(text.contains(" the ") ? "en" : text.contains("le ") ? "fr" : "de")).build();

    private Path file(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    private void read(Path... p) { reader.read(List.of(p), read::add, failed::add); }

    /** NFD text ("u" + U+0308) comes out NFC, so a label matches what a keyboard types (issue 14). */
    @Test
    void textAndHeadlineAreNormalisedToNfc() throws IOException {
        String nfd = "Jana Ku\u0308hn sagte, die Gespra\u0308che seien gut.";
        read(file("nfd.txt", nfd.getBytes(StandardCharsets.UTF_8)),
                file("nfd.json", ("{\"text\": \"" + nfd + "\", \"headline\": \"Ku\u0308hn\", \"lang\": \"de\"}").getBytes(StandardCharsets.UTF_8)));
        assertEquals(2, read.size(), failed.toString());
        assertEquals("Jana Kühn sagte, die Gespräche seien gut.", read.get(0).text());
        assertEquals("Jana Kühn sagte, die Gespräche seien gut.", read.get(1).text());
        assertEquals(Optional.of("Kühn"), read.get(1).meta().headline());
    }

    @Test
    void plainTextKeepsItsTextAndTakesItsIdFromTheFileName() throws IOException {
        read(file("kurz.txt", "Die Ministerin sagte, es gehe voran.".getBytes(StandardCharsets.UTF_8)));
        assertEquals(1, read.size(), failed.toString());
        assertEquals("kurz", read.getFirst().id().value());
        assertEquals("Die Ministerin sagte, es gehe voran.", read.getFirst().text());
        assertEquals("de", read.getFirst().lang());
    }

    @Test
    void utf8BomIsDroppedAndUtf16IsDecoded() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "Über die Lage".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, withBom, 0, 3);
        System.arraycopy(body, 0, withBom, 3, body.length);
        read(file("bom.txt", withBom), file("le.txt", "Über die Lage im Land".getBytes(StandardCharsets.UTF_16LE)));
        assertEquals(List.of("Über die Lage", "Über die Lage im Land"), read.stream().map(Article::text).toList(), failed.toString());
    }

    @Test
    void badInputGivesOneLineNamingTheFileAndTheBatchGoesOn() throws IOException {
        Path empty = file("empty.txt", new byte[0]);
        Path binary = file("bin.txt", new byte[] {1, 2, 0, 3, 0, 0, 7, 8, 9, 10});
        Path latin1 = file("latin.txt", "Gr\u00fc\u00dfe".getBytes(StandardCharsets.ISO_8859_1));
        Path broken = file("broken.json", "{\"text\": \"abc".getBytes(StandardCharsets.UTF_8));
        Path french = file("fr.txt", "le chat est sur la table".getBytes(StandardCharsets.UTF_8));
        Path good = file("good.txt", "Er sagte, alles sei gut.".getBytes(StandardCharsets.UTF_8));
        read(empty, binary, latin1, broken, french, good, dir.resolve("missing.txt"));
        assertEquals(1, read.size());
        assertEquals(6, failed.size(), failed.toString());
        assertTrue(failed.get(0).startsWith(empty + ": empty file"), failed.get(0));
        assertTrue(failed.get(1).contains("binary"), failed.get(1));
        assertTrue(failed.get(2).contains("not valid UTF-8") && failed.get(2).contains("--encoding"), failed.get(2));
        assertTrue(failed.get(3).contains("broken JSON at line 1"), failed.get(3));
        assertTrue(failed.get(4).endsWith("unsupported language 'fr' (supported: de, en)"), failed.get(4));
        assertTrue(failed.get(5).contains("no such file"), failed.get(5));
        failed.forEach(f -> assertEquals(1, f.lines().count()));
    }

    @Test
    void jsonAndJsonLinesReadTheirFieldsAndReportBadLinesByNumber() throws IOException {
        Path json = file("one.json", """
                {"id": "a-1", "text": "Sie sagte, es sei gut.", "lang": "de", "source_url": "https://example.org/a", "title": "Titel", "date": "2025-03-01"}
                """.getBytes(StandardCharsets.UTF_8));
        Path lines = file("many.jsonl", """
                {"text": "He said the plan was good.", "lang": "en"}
                not json
                {"lang": "en"}
                {"text": "Er sagte, es gehe.", "lang": "de", "id": "x"}
                """.getBytes(StandardCharsets.UTF_8));
        read(json, lines);
        assertEquals(List.of("a-1", "many-1", "x"), read.stream().map(a -> a.id().value()).toList());
        Article a = read.getFirst();
        assertEquals(Optional.of("https://example.org/a"), a.meta().url());
        assertEquals(Optional.of("Titel"), a.meta().headline());
        assertEquals(Optional.of("2025-03-01"), a.meta().datePublished());
        assertEquals(2, failed.size(), failed.toString());
        assertTrue(failed.get(0).startsWith(lines + ":2: broken JSON"), failed.get(0));
        assertTrue(failed.get(1).startsWith(lines + ":3: JSON has no \"text\""), failed.get(1));
    }

    @Test
    void htmlGivesMainTextHeadlineDateAndUrl() throws IOException {
        Path html = file("page.html", """
                <html><head><title>Seite</title><meta property="og:title" content="Gipfel in Porto">
                <meta property="article:published_time" content="2025-06-02T10:00:00Z">
                <link rel="canonical" href="https://example.org/porto"></head>
                <body><nav>Menü</nav><article><h1>Gipfel in Porto</h1><p>Die Ministerin sagte, es sei gut.</p>
                <p>Er widersprach.</p></article><footer>Impressum</footer><script>var x=1;</script></body></html>
                """.getBytes(StandardCharsets.UTF_8));
        read(html);
        Article a = read.getFirst();
        assertEquals("Gipfel in Porto\nDie Ministerin sagte, es sei gut.\nEr widersprach.", a.text());
        assertEquals(Optional.of("Gipfel in Porto"), a.meta().headline());
        assertEquals(Optional.of("2025-06-02T10:00:00Z"), a.meta().datePublished());
        assertEquals(Optional.of("https://example.org/porto"), a.meta().url());
    }

    @Test
    void directoriesAreReadRecursivelyInNameOrder() throws IOException {
        Files.createDirectories(dir.resolve("b/c"));
        file("b/c/z.txt", "Er sagte, es sei gut.".getBytes(StandardCharsets.UTF_8));
        file("b/a.txt", "Sie sagte, es sei gut.".getBytes(StandardCharsets.UTF_8));
        file("b/ignored.png", new byte[] {1, 2, 3});
        read(dir.resolve("b"));
        assertEquals(List.of("a", "z"), read.stream().map(x -> x.id().value()).toList());
        assertTrue(failed.isEmpty(), failed.toString());
    }
}
