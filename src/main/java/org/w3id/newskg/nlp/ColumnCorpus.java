package org.w3id.newskg.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads tab-separated NER corpora with one token per line: GermEval 2014 ({@code index token outer-tag inner-tag},
 * a {@code #} line with the source before each sentence) and Universal NER ({@code index token tag - -}, with
 * {@code # newdoc id}, {@code # text = …} comment lines). Sentences end at blank lines.
 *
 * <p>Takes the token from column 2 and the BIO tag from column 3 (GermEval's outer layer; its embedded layer in
 * column 4 is ignored). Gives one {@link GoldSentence} per sentence; with a {@code # text = } line its text is the
 * sentence as written, else the tokens joined by spaces.
 *
 * {@snippet :
 * List<GoldSentence> test = ColumnCorpus.read(Path.of("NER-de-test.tsv"), ColumnCorpus.Documents.EVERY_SENTENCE);
 * }
 */
final class ColumnCorpus {
    private ColumnCorpus() {}

    /** Where documents start, for OpenNLP's adaptive (document-level) features. */
    enum Documents {
        /** GermEval: every sentence comes from another page. */
        EVERY_SENTENCE,
        /** Universal NER: at each {@code # newdoc} line. */
        NEWDOC_LINES
    }

    static List<GoldSentence> read(Path file, Documents documents) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(in, file.toString(), documents);
        } catch (IOException e) {
            throw new NlpException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
    }

    static List<GoldSentence> parse(Reader reader, String name, Documents documents) throws IOException {
        BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        List<GoldSentence> out = new ArrayList<>();
        List<String> tokens = new ArrayList<>(), tags = new ArrayList<>();
        String text = null;
        boolean newDoc = documents == Documents.EVERY_SENTENCE;
        int lineNo = 0;
        for (String line = in.readLine(); ; line = in.readLine()) {
            lineNo++;
            if (line == null || line.isBlank()) {
                if (!tokens.isEmpty()) {
                    out.add(BioTags.sentence(tokens, tags, text, newDoc || out.isEmpty()));
                    tokens = new ArrayList<>();
                    tags = new ArrayList<>();
                    newDoc = documents == Documents.EVERY_SENTENCE;
                }
                text = null;
                if (line == null) break;
                continue;
            }
            if (line.startsWith("#")) {
                if (line.startsWith("# newdoc")) newDoc = true;
                else if (line.startsWith("# text = ")) text = line.substring("# text = ".length());
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length < 3 || cols[1].isEmpty() || cols[2].isEmpty())
                throw new NlpException(name + ":" + lineNo + ": expected 'index<TAB>token<TAB>tag', got '" + line + "'", null);
            tokens.add(cols[1]);
            tags.add(cols[2]);
        }
        return out;
    }
}
