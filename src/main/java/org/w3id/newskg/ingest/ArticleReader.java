package org.w3id.newskg.ingest;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.w3id.newskg.model.Article;
import org.w3id.newskg.model.ArticleId;
import org.w3id.newskg.model.ArticleMeta;

/**
 * Reads files and directories into articles, one at a time, so a corpus of any size streams through.
 *
 * <p>Formats by extension: {@code .txt} (and any other text), {@code .html}/{@code .htm}, {@code .json} (one
 * article), {@code .jsonl} (one article per line). JSON fields: {@code text} (required), {@code lang},
 * {@code url} or {@code source_url}, {@code headline} or {@code title}, {@code datePublished} or {@code date},
 * {@code id}. Directories are read recursively in name order, taking only files with those extensions.
 * Every input that cannot be read becomes one {@code file: problem} line for the failure consumer; reading
 * goes on with the next.
 *
 * {@snippet :
 * ArticleReader reader = ArticleReader.create().languages(detector).build();
 * reader.read(List.of(Path.of("data/articles")), article -> handle(article), failure -> log(failure));
 * }
 */
public final class ArticleReader {
    /** The languages newskg extracts. */
    public static final Set<String> SUPPORTED_LANGUAGES = Set.of("de", "en");
    private static final Set<String> EXTENSIONS = Set.of("txt", "text", "html", "htm", "json", "jsonl", "ndjson");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final LanguageIdentifier identifier;
    private final Optional<String> forcedLang;
    private final Optional<Charset> encoding;
    private final long maxChars;

    private ArticleReader(Builder b) {
        this.identifier = b.identifier;
        this.forcedLang = b.lang;
        this.encoding = b.encoding;
        this.maxChars = b.maxChars;
    }

    public static Builder create() { return new Builder(); }

    /** Reads every input; each article to {@code sink}, each problem as one line to {@code failures}. */
    public void read(List<Path> inputs, Consumer<Article> sink, Consumer<String> failures) {
        for (Path input : inputs) {
            if (!Files.exists(input)) { failures.accept(input + ": no such file or directory"); continue; }
            if (Files.isDirectory(input)) {
                List<Path> files;
                try (Stream<Path> walk = Files.walk(input)) {
                    files = walk.filter(Files::isRegularFile).filter(p -> EXTENSIONS.contains(extension(p))).sorted().toList();
                } catch (IOException | RuntimeException e) {
                    failures.accept(input + ": cannot list directory (" + e.getMessage() + ")");
                    continue;
                }
                for (Path f : files) readFile(f, sink, failures);
            } else {
                readFile(input, sink, failures);
            }
        }
    }

    /** Reads exactly one file that holds one article (not JSON Lines); throws on any problem. */
    public Article readOne(Path file) {
        List<Article> got = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        readFile(file, got::add, failed::add);
        if (!failed.isEmpty()) throw new IngestException(failed.getFirst());
        if (got.size() != 1) throw new IngestException(file + ": expected one article, found " + got.size());
        return got.getFirst();
    }

    /** An article from text in memory (tests, the API). */
    public Article fromText(String id, String text, Optional<String> lang) {
        return article(id, text, lang, ArticleMeta.of(id), ArticleId.slug(id));
    }

    /**
     * Reads one input given as its name and content, as {@link #read} reads a file of that name: the extension gives
     * the format, the stem the id, the name the messages. For readers that hand over bytes, not paths (Spark's
     * {@code binaryFile} source).
     *
     * {@snippet :
     * reader.read("hdfs://archive/2025/a.html", bytes, articles::add, failures::add);
     * }
     */
    public void read(String name, byte[] content, Consumer<Article> sink, Consumer<String> failures) {
        String file = name.substring(name.lastIndexOf('/') + 1);
        String ext = extension(file);
        try {
            if (ext.equals("jsonl") || ext.equals("ndjson")) { readJsonLines(name, stem(file), new java.io.ByteArrayInputStream(content), sink, failures); return; }
            readContent(name, stem(file), ext, content.length, () -> content, sink);
        } catch (IngestException e) {
            failures.accept(e.getMessage());
        } catch (IOException e) {
            failures.accept(name + ": cannot read (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
    }

    /**
     * An article from named fields, as a JSON object gives them ({@code text}, {@code id}, {@code lang},
     * {@code url}, {@code headline}, {@code date}; blank values count as absent): a row that another reader made,
     * a Parquet row, a JSON record parsed elsewhere. Throws an {@link IngestException} naming {@code where}.
     */
    public Article fromFields(String where, java.util.Map<String, String> fields, ArticleId fallbackId) {
        String text = fields.get("text");
        if (text == null) throw new IngestException(where + ": no \"text\"");
        ArticleId id = field(fields, "id").map(ArticleId::slug).orElse(fallbackId);
        return article(where, text, field(fields, "lang"),
                new ArticleMeta(where, field(fields, "url"), field(fields, "headline"), field(fields, "date")), id);
    }

    private static Optional<String> field(java.util.Map<String, String> fields, String name) {
        String v = fields.get(name);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
    }

    private void readFile(Path file, Consumer<Article> sink, Consumer<String> failures) {
        String ext = extension(file);
        try {
            if (ext.equals("jsonl") || ext.equals("ndjson")) {
                try (InputStream in = Files.newInputStream(file)) { readJsonLines(file.toString(), stem(file), in, sink, failures); }
                return;
            }
            readContent(file.toString(), stem(file), ext, Files.size(file), () -> Files.readAllBytes(file), sink);
        } catch (IngestException e) {
            failures.accept(e.getMessage());
        } catch (IOException e) {
            failures.accept(file + ": cannot read (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
    }

    /** The bytes of an input, read only once its size is known to be acceptable. */
    private interface Content { byte[] bytes() throws IOException; }

    private void readContent(String where, String stem, String ext, long size, Content content, Consumer<Article> sink) throws IOException {
        if (size > maxChars * 4 + 4) throw new IngestException(where + ": too large (" + size + " bytes; at most " + maxChars + " characters an article)");
        String text = Decoder.decode(where, content.bytes(), encoding);
        ArticleId id = ArticleId.slug(stem);
        Article a = switch (ext) {
            case "html", "htm" -> {
                HtmlExtractor.Page page = HtmlExtractor.extract(text);
                yield article(where, page.text(), Optional.empty(), new ArticleMeta(where, page.url(), page.headline(), page.date()), id);
            }
            case "json" -> fromJson(where, parse(where, text), id);
            default -> article(where, text, Optional.empty(), ArticleMeta.of(where), id);
        };
        sink.accept(a);
    }

    private void readJsonLines(String file, String stem, InputStream in, Consumer<Article> sink, Consumer<String> failures) throws IOException {
        Charset cs = encoding.orElse(StandardCharsets.UTF_8);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, cs.newDecoder()
                     .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)))) {
            int lineNo = 0, outcomes = 0;
            String line;
            while (true) {
                try {
                    line = r.readLine();
                } catch (IOException e) {
                    failures.accept(file + ":" + (lineNo + 1) + ": not valid " + cs.name() + " (" + e.getMessage() + "); the rest of the file is skipped");
                    return;
                }
                if (line == null) break;
                lineNo++;
                if (lineNo == 1 && line.startsWith("\uFEFF")) line = line.substring(1);
                if (line.isBlank()) continue;
                String where = file + ":" + lineNo;
                outcomes++;
                try {
                    if (line.length() > maxChars * 2L) throw new IngestException(where + ": too large (" + line.length() + " characters)");
                    sink.accept(fromJson(where, parse(where, line), ArticleId.slug(stem + "-" + lineNo)));
                } catch (IngestException e) {
                    failures.accept(e.getMessage());
                }
            }
            if (lineNo == 0) failures.accept(file + ": empty file");
            else if (outcomes == 0) failures.accept(file + ": no articles (only blank lines)");
        }
    }

    private static JsonNode parse(String where, String json) {
        try {
            JsonNode node = JSON.readTree(json);
            if (node == null || node.isMissingNode()) throw new IngestException(where + ": empty JSON");
            if (!node.isObject()) throw new IngestException(where + ": JSON is not an object with a \"text\" field");
            return node;
        } catch (JsonParseException e) {
            throw new IngestException(where + ": broken JSON at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + " (" + e.getOriginalMessage().lines().findFirst().orElse("") + ")");
        } catch (JsonProcessingException e) {
            throw new IngestException(where + ": broken JSON (" + e.getOriginalMessage().lines().findFirst().orElse("") + ")");
        }
    }

    private Article fromJson(String where, JsonNode n, ArticleId fallbackId) {
        JsonNode text = n.get("text");
        if (text == null || !text.isTextual()) throw new IngestException(where + ": JSON has no \"text\" string");
        Optional<String> url = str(n, "url").or(() -> str(n, "source_url"));
        Optional<String> headline = str(n, "headline").or(() -> str(n, "title"));
        Optional<String> date = str(n, "datePublished").or(() -> str(n, "date"));
        ArticleId id = str(n, "id").map(ArticleId::slug).orElse(fallbackId);
        return article(where, text.asText(), str(n, "lang"), new ArticleMeta(where, url, headline, date), id);
    }

    private static Optional<String> str(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v != null && v.isValueNode() && !v.isNull() && !v.asText().isBlank() ? Optional.of(v.asText().strip()) : Optional.empty();
    }

    /**
     * The article, its text and headline in Unicode NFC: a text in NFD ("u" + combining diaeresis, as some Mac tools
     * and PDF extractors write it) would give labels that a query typed in NFC, as keyboards write, never finds.
     * Normalising here, before any offset is taken, keeps every offset valid.
     */
    private Article article(String where, String rawText, Optional<String> declaredLang, ArticleMeta rawMeta, ArticleId id) {
        String text = Normalizer.normalize(rawText, Normalizer.Form.NFC);
        ArticleMeta meta = new ArticleMeta(rawMeta.source(), rawMeta.url(), rawMeta.headline().map(h -> Normalizer.normalize(h, Normalizer.Form.NFC)), rawMeta.datePublished());
        if (text.isBlank()) throw new IngestException(where + ": no text");
        if (text.length() > maxChars) throw new IngestException(where + ": too large (" + text.length() + " characters; at most " + maxChars + ")");
        String lang = forcedLang.or(() -> declaredLang.map(l -> l.toLowerCase(Locale.ROOT)))
                .or(() -> identifier.identify(text))
                .orElseThrow(() -> new IngestException(where + ": cannot tell the language (give it with --lang; supported: de, en)"));
        lang = lang.length() > 2 && lang.charAt(2) == '-' ? lang.substring(0, 2) : lang;
        if (!SUPPORTED_LANGUAGES.contains(lang))
            throw new IngestException(where + ": unsupported language '" + lang + "' (supported: de, en)");
        return new Article(id, lang, text, meta);
    }

    private static String extension(Path p) { return extension(p.getFileName().toString()); }

    private static String extension(String n) {
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String stem(Path p) { return stem(p.getFileName().toString()); }

    private static String stem(String n) {
        int dot = n.lastIndexOf('.');
        return dot <= 0 ? n : n.substring(0, dot);
    }

    public static final class Builder {
        private LanguageIdentifier identifier = text -> Optional.empty();
        private Optional<String> lang = Optional.empty();
        private Optional<Charset> encoding = Optional.empty();
        private long maxChars = 5_000_000;

        /** Guesses the language of articles that do not declare one. Default: none (the language must be given). */
        public Builder languages(LanguageIdentifier identifier) { this.identifier = identifier; return this; }

        /** Every article is in this language, whatever the input says. */
        public Builder lang(String lang) { this.lang = Optional.ofNullable(lang); return this; }

        /** Inputs are in this charset instead of UTF-8/UTF-16 detection. */
        public Builder encoding(Charset cs) { this.encoding = Optional.ofNullable(cs); return this; }

        /** The largest article, in characters. Default 5,000,000. */
        public Builder maxChars(long n) { this.maxChars = n; return this; }

        public ArticleReader build() {
            lang.ifPresent(l -> {
                // a bad argument, not a bad input: the command line turns it into exit code 2
                if (!SUPPORTED_LANGUAGES.contains(l)) throw new IllegalArgumentException("--lang: unsupported language '" + l + "' (supported: de, en)");
            });
            return new ArticleReader(this);
        }
    }
}
