package org.w3id.newskg.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the Europeana Newspapers NER files ({@code token<SPACE>tag} per line, IOB, no sentence breaks; {@code #}
 * lines head a new document) into {@link GoldSentence}s.
 *
 * <p>A line that is not one token and one tag ({@code B-X}, {@code I-X} or {@code O}, any case) is skipped: the
 * files carry broken OCR lines ({@code ???}, tokens with spaces, bare tokens). Sentences are cut after
 * {@code .}, {@code !} or {@code ?} when the next token starts with a capital letter, and after at most
 * {@value #MAX_TOKENS} tokens (outside a name), since the files have no sentence breaks; a new document starts at
 * every {@code #} header and after every {@value #SENTENCES_PER_DOCUMENT} sentences of a headerless stream.
 */
final class EuropeanaCorpus {
    static final int MAX_TOKENS = 80;
    static final int SENTENCES_PER_DOCUMENT = 20;
    private static final Pattern LINE = Pattern.compile("(\\S+) ((?i:[BI]-[A-Z]+)|O)");
    private static final Set<String> ENDS = Set.of(".", "!", "?");

    private EuropeanaCorpus() {}

    /** The sentences, and how many lines were skipped as malformed. */
    record Result(List<GoldSentence> sentences, int skippedLines) {}

    static Result read(Path file) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(in);
        } catch (IOException e) {
            throw new NlpException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
    }

    static Result parse(Reader reader) throws IOException {
        BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        Buffer buf = new Buffer();
        int skipped = 0;
        for (String line = in.readLine(); ; line = in.readLine()) {
            if (line == null || line.startsWith("#")) {
                buf.flush();
                if (line == null) break;
                buf.documentStart = true;
                continue;
            }
            Matcher m = LINE.matcher(line.strip());
            if (!m.matches()) {
                if (!line.isBlank()) skipped++;
                continue;
            }
            String token = m.group(1), tag = m.group(2).toUpperCase(Locale.ROOT);
            boolean inName = tag.startsWith("I-");
            if (!buf.tokens.isEmpty() && !inName && (ENDS.contains(buf.tokens.getLast()) && Character.isUpperCase(token.codePointAt(0))
                    || buf.tokens.size() >= MAX_TOKENS && tag.equals("O"))) buf.flush();
            buf.tokens.add(token);
            buf.tags.add(tag);
        }
        return new Result(buf.out, skipped);
    }

    /** The sentence being read and the sentences done. */
    private static final class Buffer {
        final List<GoldSentence> out = new ArrayList<>();
        final List<String> tokens = new ArrayList<>(), tags = new ArrayList<>();
        boolean documentStart = true;
        int inDocument;

        void flush() {
            if (tokens.isEmpty()) return;
            if (documentStart) inDocument = 0;
            out.add(BioTags.sentence(tokens, tags, null, inDocument % SENTENCES_PER_DOCUMENT == 0));
            documentStart = false;
            inDocument++;
            tokens.clear();
            tags.clear();
        }
    }
}
