package org.w3id.newskg.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import org.w3id.newskg.model.AnnotatedText;
import org.w3id.newskg.model.Article;
import org.w3id.newskg.model.CharSpan;
import org.w3id.newskg.model.Sentence;
import org.w3id.newskg.model.Token;

/**
 * Sentences, tokens, UPOS tags and lemmas for an article, with document-absolute offsets.
 *
 * <p>The text is split at line breaks first (the sentence model would merge a headline with the next
 * sentence), then each line into sentences. A sentence longer than {@value #MAX_TAGGED} tokens (no news
 * sentence is; a line of words without a full stop is) is cut into sentences of at most that many tokens,
 * tagged one by one: this keeps the tagger's cost, and that of every rule that looks across a sentence,
 * linear on pathological input (issue 7). Thread-safe: models are shared, the
 * {@code *ME} objects are per thread.
 *
 * {@snippet :
 * Annotator nlp = new Annotator();
 * AnnotatedText text = nlp.annotate(article);   // text.sentences(), text.tokens()
 * }
 */
public final class Annotator {
    static final int MAX_TAGGED = 200;
    private final Map<String, Models> models = new ConcurrentHashMap<>();
    private final ThreadLocal<Map<String, Tools>> tools = ThreadLocal.withInitial(java.util.HashMap::new);

    private record Tools(SentenceDetectorME sentences, TokenizerME tokens, POSTaggerME pos, BeamLemmatizer lemmas) {}

    /** Loads the models of a language now rather than at its first article. */
    public void preload(String lang) { models(lang); }

    private Models models(String lang) { return models.computeIfAbsent(lang, Models::load); }

    private Tools tools(String lang) {
        return tools.get().computeIfAbsent(lang, l -> {
            Models m = models(l);
            return new Tools(new SentenceDetectorME(m.sentences()), new TokenizerME(m.tokens()),
                    new POSTaggerME(m.pos(), POSTagFormat.CUSTOM), new BeamLemmatizer(m.lemmas()));
        });
    }

    public AnnotatedText annotate(Article article) {
        return annotate(article, true);
    }

    /**
     * @param lemmas false skips the lemmatizer (each lemma is then the lower-cased token) and the person recogniser
     *               (German texts get the names it proposes, {@link AnnotatedText#names()})
     */
    public AnnotatedText annotate(Article article, boolean lemmas) {
        Tools t = tools(article.lang());
        String text = article.text();
        List<Sentence> sentences = new ArrayList<>();
        int tokenIndex = 0;
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = nextBreak(text, lineStart);
            String line = text.substring(lineStart, lineEnd);
            if (!line.isBlank()) {
                for (Span s : mergeFalseBreaks(line, t.sentences().sentPosDetect(line))) {
                    int sb = lineStart + s.getStart(), se = lineStart + s.getEnd();
                    String sentence = text.substring(sb, se);
                    Span[] spans = splitFinalStop(sentence, splitMarks(sentence, t.tokens().tokenizePos(sentence)));
                    if (spans.length == 0) continue;
                    String[] words = new String[spans.length];
                    for (int i = 0; i < spans.length; i++) words[i] = spans[i].getCoveredText(sentence).toString();
                    String[] tags = new String[words.length];
                    String[] lemmaOut = new String[words.length];
                    for (int from = 0; from < words.length; from += MAX_TAGGED) {
                        int to = Math.min(words.length, from + MAX_TAGGED);
                        String[] part = java.util.Arrays.copyOfRange(words, from, to);
                        String[] ptags = t.pos().tag(part);
                        String[] plemmas = lemmas ? t.lemmas().lemmatize(part, ptags) : null;
                        for (int i = 0; i < part.length; i++) {
                            tags[from + i] = punctuation(part[i]) ? "PUNCT" : ptags[i];
                            lemmaOut[from + i] = lemma(part[i], plemmas == null ? null : plemmas[i]);
                        }
                    }
                    for (int from = 0; from < words.length; from += MAX_TAGGED) {   // an over-long sentence becomes pieces
                        int to = Math.min(words.length, from + MAX_TAGGED);
                        List<Token> toks = new ArrayList<>(to - from);
                        for (int i = from; i < to; i++) {
                            CharSpan span = new CharSpan(sb + spans[i].getStart(), sb + spans[i].getEnd());
                            toks.add(new Token(tokenIndex++, span, words[i], tags[i], lemmaOut[i]));
                        }
                        int pieceBegin = from == 0 ? sb : toks.getFirst().span().begin();
                        int pieceEnd = to == words.length ? se : toks.getLast().span().end();
                        sentences.add(new Sentence(sentences.size(), new CharSpan(pieceBegin, pieceEnd), toks));
                    }
                }
            }
            if (lineEnd >= text.length()) break;
            lineStart = lineEnd + (text.startsWith("\r\n", lineEnd) ? 2 : 1);
        }
        AnnotatedText annotated = new AnnotatedText(article, sentences);
        return lemmas && article.lang().equals("de") ? annotated.withNames(PersonRecogniser.shipped().persons(annotated)) : annotated;
    }

    private static final java.util.regex.Pattern ORDINAL_OR_ABBREVIATION = java.util.regex.Pattern.compile(
            "(?:\\b\\d{1,2}\\.|\\b(?:St|Dr|Prof|Nr|bzw|ca|vgl|z\\.B|u\\.a|Mr|Mrs|Ms|Jr|Sen|Rep|Gen|Gov|Lt|Col|No|Abs|Art|Hr|Fr)\\.)$");
    /** An initialism at the end of a piece: "U.S.", "U.K.", "E.U.". */
    private static final java.util.regex.Pattern INITIALISM = java.util.regex.Pattern.compile("(?:^|[\\s(])(?:\\p{Lu}\\.){2,}$");
    /** Two capitalised words at the start of a piece: a title and a name ("President Donald …", "Ambassador Tom …"). */
    private static final java.util.regex.Pattern TITLE_AND_NAME = java.util.regex.Pattern.compile("^\\p{Lu}\\p{Ll}+\\s+\\p{Lu}");
    private static final java.util.regex.Pattern MONTH = java.util.regex.Pattern.compile(
            "^(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Jahrhundert|Jahrhunderts)\\b");

    /**
     * The sentence model ends a sentence after an ordinal ("am 12. Juni") or a title abbreviation ("St. Jakob",
     * "Dr. Novak"); such a break is undone when the next sentence starts in lower case, with a month, or after an
     * abbreviation at all. After an initialism ("U.S.") it is undone before a word in lower case or a title with a
     * name ("U.S. Ambassador Tom Briggs"), not before "The next day".
     */
    static Span[] mergeFalseBreaks(String line, Span[] spans) {
        if (spans.length < 2) return spans;
        List<Span> out = new ArrayList<>();
        Span cur = spans[0];
        for (int i = 1; i < spans.length; i++) {
            String prev = line.substring(cur.getStart(), cur.getEnd());
            String next = line.substring(spans[i].getStart(), spans[i].getEnd());
            java.util.regex.Matcher m = ORDINAL_OR_ABBREVIATION.matcher(prev);
            boolean merge = m.find() && (!next.isEmpty() && Character.isLowerCase(next.codePointAt(0)) || MONTH.matcher(next).find()
                    || !Character.isDigit(m.group().charAt(0)));
            // "with U.S. Ambassador Tom Briggs": an initialism before a title and a name, or before a word in lower case
            if (!merge && INITIALISM.matcher(prev).find() && !next.isEmpty()
                    && (Character.isLowerCase(next.codePointAt(0)) || TITLE_AND_NAME.matcher(next).find())) merge = true;
            if (merge) cur = new Span(cur.getStart(), spans[i].getEnd());
            else { out.add(cur); cur = spans[i]; }
        }
        out.add(cur);
        return out.toArray(Span[]::new);
    }

    /** A mark that can open a quotation or bracket, by its Unicode class ("„", "«", "“", "(" …); ’ is an apostrophe as often. */
    private static boolean opening(char c) {
        int t = Character.getType(c);
        return c == '"' || c != '’' && (t == Character.START_PUNCTUATION || t == Character.INITIAL_QUOTE_PUNCTUATION || t == Character.FINAL_QUOTE_PUNCTUATION);
    }

    /** A mark that can close a quotation or bracket ("“", "»", ")" …), ’ aside. */
    private static boolean closing(char c) {
        int t = Character.getType(c);
        return c == '"' || c != '’' && (t == Character.END_PUNCTUATION || t == Character.INITIAL_QUOTE_PUNCTUATION || t == Character.FINAL_QUOTE_PUNCTUATION);
    }

    /**
     * A token of punctuation marks only is PUNCT, as UD has it; the tagger sometimes reads a comma as SCONJ or a
     * quotation mark as a noun.
     */
    private static boolean punctuation(String word) {
        for (int i = 0; i < word.length(); i++) if (!isPunctuation(word.charAt(i))) return false;
        return !word.isEmpty();
    }

    private static boolean isPunctuation(char c) {
        int t = Character.getType(c);
        return t == Character.CONNECTOR_PUNCTUATION || t == Character.DASH_PUNCTUATION || t == Character.START_PUNCTUATION
                || t == Character.END_PUNCTUATION || t == Character.INITIAL_QUOTE_PUNCTUATION || t == Character.FINAL_QUOTE_PUNCTUATION
                || t == Character.OTHER_PUNCTUATION;
    }

    /**
     * The UD tokenizer leaves quotation marks and brackets glued to the word ("„Morning", "Star“"), which spoils the
     * tags of the word and makes names with a mark in them; they become tokens of their own. A closing ’ or ' stays:
     * it is an apostrophe as often as a mark ("Adler'", "geht's").
     */
    static Span[] splitMarks(String sentence, Span[] spans) {
        List<Span> out = new ArrayList<>(spans.length + 8);
        for (Span s : spans) {
            int b = s.getStart(), e = s.getEnd();
            while (e - b > 1 && opening(sentence.charAt(b))) { out.add(new Span(b, b + 1)); b++; }
            int tail = e;
            while (tail - b > 1 && closing(sentence.charAt(tail - 1))) tail--;
            out.add(new Span(b, tail));
            for (int i = tail; i < e; i++) out.add(new Span(i, i + 1));
        }
        return out.toArray(Span[]::new);
    }

    /** Words whose full stop belongs to them even at the end of a sentence. */
    private static final java.util.Set<String> ABBREVIATIONS = java.util.Set.of("mr", "mrs", "ms", "dr", "st", "prof", "jr", "sr",
            "nr", "etc", "usw", "bzw", "ca", "vgl", "co", "inc", "ltd", "corp", "bros", "str", "gen", "sen", "rep", "gov");

    /**
     * The tokenizer leaves the full stop on the last word of a line now and then ("… according to league official Oleg
     * Ray."), which spoils the name; at the end of a sentence a word of letters keeps its stop only when it is an
     * abbreviation ("Mr.", "etc.") or an initialism ("U.S.").
     */
    static Span[] splitFinalStop(String sentence, Span[] spans) {
        if (spans.length == 0) return spans;
        Span last = spans[spans.length - 1];
        String w = sentence.substring(last.getStart(), last.getEnd());
        if (w.length() < 3 || !w.endsWith(".")) return spans;
        String stem = w.substring(0, w.length() - 1);
        if (stem.indexOf('.') >= 0 || !stem.chars().allMatch(Character::isLetter) || stem.chars().noneMatch(Character::isLowerCase)
                || ABBREVIATIONS.contains(stem.toLowerCase(Locale.ROOT))) return spans;
        Span[] out = java.util.Arrays.copyOf(spans, spans.length + 1);
        out[spans.length - 1] = new Span(last.getStart(), last.getEnd() - 1);
        out[spans.length] = new Span(last.getEnd() - 1, last.getEnd());
        return out;
    }

    private static String lemma(String word, String lemma) {
        if (lemma == null || lemma.isEmpty() || lemma.equals("O") || lemma.equals("_")) return word.toLowerCase(Locale.ROOT);
        return lemma;
    }

    private static int nextBreak(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') return i;
        }
        return text.length();
    }
}
