package org.w3id.newskg.extract.doc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.w3id.newskg.extract.Lexicon;
import org.w3id.newskg.extract.person.People;
import org.w3id.newskg.model.AnnotatedText;
import org.w3id.newskg.model.CharSpan;
import org.w3id.newskg.model.Entity;
import org.w3id.newskg.model.Sentence;
import org.w3id.newskg.model.Token;

/**
 * One article as every rule of the statement and event finders reads it, computed once: the text with its
 * sentences, tokens and clauses ({@link Clause}), the persons and the words that refer to them (by offset and by
 * token), the quotations, the line breaks, and per token the speech verb it is ({@link SpeechVerbs}) and the mood it
 * is in ({@link Moods}). Immutable; like spaCy's {@code Doc} or a UIMA CAS, it is handed to each rule rather than
 * rebuilt by each.
 *
 * {@snippet :
 * ArticleDoc doc = ArticleDoc.of(text, Lexicon.of("de"), people);
 * doc.insideQuote(span);            // whether the words stand between quotation marks
 * doc.verbs().speechVerbAt(7);      // whether token 7 is a speech verb of the lexicon
 * doc.clauseOf(7);                  // the clause of token 7
 * doc.personRefsInTokens(0, 12);    // the references to persons that start in tokens [0, 12)
 * }
 */
public final class ArticleDoc {
    private final AnnotatedText text;
    private final Lexicon lex;
    private final People people;
    private final List<Quote> quotes;
    private final int[] lineBreaks;
    private final List<Clause> clauses;
    private final Clause[] clauseOf;
    private final RefIndex refs;
    private final SpeechVerbs verbs;
    private final Moods moods;

    private ArticleDoc(AnnotatedText text, Lexicon lex, People people, List<Quote> quotes, int[] lineBreaks, List<Clause> clauses, Clause[] clauseOf) {
        this.text = text;
        this.lex = lex;
        this.people = people;
        this.quotes = quotes;
        this.lineBreaks = lineBreaks;
        this.clauses = clauses;
        this.clauseOf = clauseOf;
        this.refs = new RefIndex(text, people, clauseOf);
        this.verbs = new SpeechVerbs(this);
        this.moods = new Moods(this);
    }

    /** The analysis of an annotated text with its resolved people. */
    public static ArticleDoc of(AnnotatedText text, Lexicon lex, People people) {
        String s = text.text();
        int[] breaks = IntStream.range(0, s.length()).filter(i -> s.charAt(i) == '\n').toArray();
        List<Clause> clauses = new ArrayList<>();
        Clause[] clauseOf = new Clause[text.tokens().size()];
        for (Sentence sent : text.sentences())
            for (Clause c : Clause.of(sent, lex)) {
                clauses.add(c);
                for (int i = c.from(); i < c.to(); i++) clauseOf[i] = c;
            }
        return new ArticleDoc(text, lex, people, new QuoteFinder(lex.quoteMarks()).find(s), breaks, List.copyOf(clauses), clauseOf);
    }

    /**
     * The same article with other people (the event finder adds the places only events name): the references are
     * indexed again, the text, quotations and clauses are shared.
     */
    public ArticleDoc with(People other) { return new ArticleDoc(text, lex, other, quotes, lineBreaks, clauses, clauseOf); }

    public AnnotatedText annotated() { return text; }

    /** The article's text; every offset points into it. */
    public String text() { return text.text(); }

    public String lang() { return text.lang(); }

    public boolean german() { return text.lang().equals("de"); }

    public Lexicon lex() { return lex; }

    public People people() { return people; }

    public List<Token> tokens() { return text.tokens(); }

    public Token token(int i) { return text.tokens().get(i); }

    public int size() { return text.tokens().size(); }

    public List<Sentence> sentences() { return text.sentences(); }

    public Sentence sentenceOf(int token) { return text.sentenceOf(token); }

    public SpeechVerbs verbs() { return verbs; }

    public Moods moods() { return moods; }

    // ------------------------------------------------------------------ quotations

    /** The quotations, in text order; they do not overlap. */
    public List<Quote> quotes() { return quotes; }

    /** Whether the span lies inside the words of a quotation. Quotations are in text order: the last one starting at or before the span decides. */
    public boolean insideQuote(CharSpan span) {
        int lo = 0, hi = quotes.size() - 1, found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (quotes.get(mid).content().begin() <= span.begin()) { found = mid; lo = mid + 1; } else hi = mid - 1;
        }
        return found >= 0 && quotes.get(found).content().covers(span);
    }

    /** The quotation whose closing mark ends at the offset. Quotations do not overlap, so their ends are sorted too. */
    public Optional<Quote> quoteEndingAt(int offset) {
        int lo = 0, hi = quotes.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1, end = quotes.get(mid).marked().end();
            if (end == offset) return Optional.of(quotes.get(mid));
            if (end < offset) lo = mid + 1; else hi = mid - 1;
        }
        return Optional.empty();
    }

    /** A token that is one quotation mark of the lexicon's conventions. */
    public boolean isQuoteMark(Token t) { return t.text().length() == 1 && lex.isQuoteMark(t.text().charAt(0)); }

    // ------------------------------------------------------------------ lines

    /**
     * The offset of the last line break at or before {@code at}, or -1. Line breaks are looked up, not searched
     * for: on a long text without any, a search from every sentence made the headline rule quadratic.
     */
    public int lastBreakAtOrBefore(int at) {
        int k = Arrays.binarySearch(lineBreaks, at);
        return k >= 0 ? at : k == -1 ? -1 : lineBreaks[-k - 2];
    }

    /** The offset of the first line break at or after {@code from}, or the text's length. */
    public int nextBreakFrom(int from) {
        int k = Arrays.binarySearch(lineBreaks, from);
        int next = k >= 0 ? k : -k - 1;
        return next < lineBreaks.length ? lineBreaks[next] : text().length();
    }

    /** Whether the text in [from, to) is only whitespace, as {@code String.isBlank} has it; stops at the first other character. */
    public boolean blank(int from, int to) {
        String s = text();
        for (int i = from; i < to; i++) if (!Character.isWhitespace(s.charAt(i))) return false;
        return true;
    }

    /** Sentences of this many tokens or more are never taken for a headline by their missing final punctuation. */
    public static final int HEADLINE_TOKENS = 16;

    /**
     * A sentence shorter than {@link #HEADLINE_TOKENS} that does not end in punctuation, as headlines and subheadings
     * do ("Gipfel in Rostock"), wherever it stands on its line. Not the same test as {@link #ownLine}: a
     * one-sentence paragraph ending in a full stop is a line of its own, but no headline by this test.
     */
    public boolean shortUnpunctuated(Sentence sent) {
        List<Token> st = sent.tokens();
        return !st.isEmpty() && !st.getLast().isPunct() && st.size() < HEADLINE_TOKENS;
    }

    /** A sentence that is a line of its own: only whitespace before it on its line and after it on its line. */
    public boolean ownLine(Sentence sent) {
        int lineStart = lastBreakAtOrBefore(Math.max(0, sent.span().begin() - 1)) + 1;
        if (sent.span().begin() - lineStart > 0 && !blank(lineStart, sent.span().begin())) return false;
        int lineEnd = nextBreakFrom(sent.span().begin());
        return sent.span().end() >= lineEnd - 1 || blank(sent.span().end(), lineEnd);
    }

    // ------------------------------------------------------------------ clauses

    /** Every clause of the article, in text order. */
    public List<Clause> clauses() { return clauses; }

    /** Whether the token belongs to a clause (the punctuation between clauses does not). */
    public boolean inClause(int token) { return clauseOf[token] != null; }

    /** The clause of the token; see {@link #inClause}. */
    public Clause clauseOf(int token) {
        Clause c = clauseOf[token];
        if (c == null) throw new IllegalArgumentException("token " + token + " is in no clause");
        return c;
    }

    /** The clause right before this one in its sentence, if it has one. */
    public Optional<Clause> clauseBefore(Clause c) { return neighbour(c, -1); }

    /** The clause right after this one in its sentence, if it has one. */
    public Optional<Clause> clauseAfter(Clause c) { return neighbour(c, 1); }

    private Optional<Clause> neighbour(Clause c, int step) {
        int lo = 0, hi = clauses.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1, from = clauses.get(mid).from();
            if (from == c.from()) {
                int k = mid + step;
                return k >= 0 && k < clauses.size() && clauses.get(k).sentence() == c.sentence() ? Optional.of(clauses.get(k)) : Optional.empty();
            }
            if (from < c.from()) lo = mid + 1; else hi = mid - 1;
        }
        return Optional.empty();
    }

    // ------------------------------------------------------------------ persons

    public boolean isPerson(People.Ref r) { return people.get(r.entity()).isPerson(); }

    /** The reference whose words cover the token (the first in text order where two do), if any. */
    public Optional<People.Ref> refAt(int token) { return refs.at(token); }

    /** The reference to a person whose words cover the token, if any. */
    public Optional<People.Ref> personAt(int token) { return refs.at(token).filter(this::isPerson); }

    /** The references to persons whose first token lies in a clause, in text order, each with that token. */
    public List<PersonRef> personRefs() { return refs.persons(); }

    /** Those of {@link #personRefs()} whose first token lies in [from, to), in text order; a view, found by binary search. */
    public List<PersonRef> personRefsInTokens(int from, int to) { return refs.persons(from, to); }

    /** The first token at or after the start of the reference's words. */
    public int firstToken(People.Ref r) { return tokenFrom(r.span().begin(), size()); }

    public Entity entity(People.Ref r) { return people.get(r.entity()); }

    /** The references to persons inside the span, in text order. */
    public List<People.Ref> personRefsIn(CharSpan span) {
        return people.personRefsBetween(span.begin(), span.end()).stream().filter(r -> r.span().end() <= span.end()).toList();
    }

    /** How many sentences lie between the sentence ending before {@code from} and the one at {@code to}. */
    public int distanceInSentences(int from, int to) {
        int a = text.sentenceAt(Math.max(0, from - 1)).map(Sentence::index).orElse(0);
        int b = text.sentenceAt(to).map(Sentence::index).orElse(a);
        return b - a;
    }

    /** The first token at or after the offset, or {@code orElse}. */
    public int tokenFrom(int offset, int orElse) { return text.firstTokenFrom(offset).map(Token::index).orElse(orElse); }

    /** The character span from the start of token {@code b} to the end of token {@code e - 1}. */
    public CharSpan span(int b, int e) { return new CharSpan(token(b).span().begin(), token(e - 1).span().end()); }
}
