package org.w3id.newskg.nlp;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.w3id.newskg.model.CharSpan;

/**
 * Reads the DFKI SmartData corpus v1: a gzip of concatenated JSON objects (Avro JSON), each a document with
 * {@code text.string} and {@code conceptMentions.array[]} of {@code type} and {@code span.start/end}.
 *
 * <p>Gives the documents with their {@code person} mentions as UTF-16 spans: the corpus counts offsets in code
 * points (an emoji of a tweet is one), Java strings in UTF-16 units, so each offset is converted. A mention whose
 * text differs from its {@code normalizedValue} is dropped as misaligned, as is one overlapping an earlier mention.
 * v1 has no tokens or sentences: the trainer cuts the text with {@link Annotator}.
 */
final class SmartDataCorpus {
    private SmartDataCorpus() {}

    /** One document: its text and its persons, in text order and not overlapping. */
    record Document(String id, String text, List<CharSpan> persons) {}

    /** The documents, and how many person mentions were dropped. */
    record Result(List<Document> documents, int droppedMentions) {}

    static Result read(Path file) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return parse(new java.io.InputStreamReader(in, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new NlpException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
    }

    static Result parse(Reader reader, String name) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Document> docs = new ArrayList<>();
        int dropped = 0;
        try (JsonParser p = json.getFactory().createParser(reader);
             MappingIterator<JsonNode> it = json.readerFor(JsonNode.class).readValues(p)) {
            while (it.hasNextValue()) {
                JsonNode doc = it.nextValue();
                String text = doc.path("text").path("string").asText(null);
                if (text == null) throw new NlpException(name + ": document " + (docs.size() + 1) + " has no text.string", null);
                List<CharSpan> persons = new ArrayList<>();
                for (JsonNode m : doc.path("conceptMentions").path("array")) {
                    if (!"person".equals(m.path("type").asText())) continue;
                    int b = m.path("span").path("start").asInt(-1), e = m.path("span").path("end").asInt(-1);
                    CharSpan span = utf16(text, b, e);
                    String value = m.path("normalizedValue").path("string").asText(null);
                    if (span == null || value != null && !value.equals(span.in(text))) { dropped++; continue; }
                    persons.add(span);
                }
                persons.sort(Comparator.comparingInt(CharSpan::begin).thenComparing(s -> -s.end()));
                List<CharSpan> kept = new ArrayList<>();
                for (CharSpan s : persons) {
                    if (!kept.isEmpty() && s.begin() < kept.getLast().end()) { dropped++; continue; }
                    kept.add(s);
                }
                docs.add(new Document(doc.path("id").asText("document " + (docs.size() + 1)), text, kept));
            }
        }
        return new Result(docs, dropped);
    }

    /** Code-point offsets to a UTF-16 span, or null if they do not fit the text. */
    static CharSpan utf16(String text, int begin, int end) {
        int points = text.codePointCount(0, text.length());
        if (begin < 0 || end <= begin || end > points) return null;
        int b = text.offsetByCodePoints(0, begin);
        return new CharSpan(b, text.offsetByCodePoints(b, end - begin));
    }
}
