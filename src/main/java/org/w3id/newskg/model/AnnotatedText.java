package org.w3id.newskg.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * An article with its sentences, tokens, UPOS tags and lemmas, as the nlp stage gives them.
 * Tokens are numbered across the document; {@link #tokens()} is in text order. For German, also the person names the
 * statistical recogniser proposes ({@link #names()}).
 */
public final class AnnotatedText {
    private final Article article;
    private final List<Sentence> sentences;
    private final List<Token> tokens;
    private final int[] sentenceOfToken;
    private final List<ScoredSpan> names;

    public AnnotatedText(Article article, List<Sentence> sentences) { this(article, sentences, List.of()); }

    /** @param names the person names a statistical recogniser proposes, in text order (empty without one) */
    public AnnotatedText(Article article, List<Sentence> sentences, List<ScoredSpan> names) {
        this.article = article;
        this.sentences = List.copyOf(sentences);
        List<Token> all = new ArrayList<>();
        for (Sentence s : this.sentences) all.addAll(s.tokens());
        for (int i = 0; i < all.size(); i++)
            if (all.get(i).index() != i)
                throw new IllegalArgumentException("token " + i + " has index " + all.get(i).index());
        this.tokens = Collections.unmodifiableList(all);
        this.sentenceOfToken = new int[all.size()];
        for (Sentence s : this.sentences)
            for (Token t : s.tokens()) sentenceOfToken[t.index()] = s.index();
        this.names = List.copyOf(names);
    }

    /** The same text with the person names a recogniser proposes. */
    public AnnotatedText withNames(List<ScoredSpan> found) { return new AnnotatedText(article, sentences, found); }

    /** The person names a statistical recogniser proposes ({@code nlp.PersonRecogniser}), in text order; a signal, not a decision. */
    public List<ScoredSpan> names() { return names; }

    public Article article() { return article; }

    public String text() { return article.text(); }

    public String lang() { return article.lang(); }

    public List<Sentence> sentences() { return sentences; }

    public List<Token> tokens() { return tokens; }

    public Token token(int index) { return tokens.get(index); }

    public Sentence sentenceOf(int tokenIndex) { return sentences.get(sentenceOfToken[tokenIndex]); }

    public List<Token> tokens(TokenRange r) { return tokens.subList(r.begin(), r.end()); }

    /** The character span of a token range; empty at 0 for an empty range. */
    public CharSpan span(TokenRange r) {
        if (r.size() == 0) return new CharSpan(0, 0);
        return new CharSpan(tokens.get(r.begin()).span().begin(), tokens.get(r.end() - 1).span().end());
    }

    /** The first token whose span starts at or after the offset. */
    public Optional<Token> firstTokenFrom(int offset) {
        int lo = 0, hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).span().begin() < offset) lo = mid + 1; else hi = mid;
        }
        return lo < tokens.size() ? Optional.of(tokens.get(lo)) : Optional.empty();
    }

    /** The tokens lying wholly inside the span. */
    public TokenRange tokensWithin(CharSpan span) {
        int b = firstTokenFrom(span.begin()).map(Token::index).orElse(tokens.size());
        int e = b;
        while (e < tokens.size() && tokens.get(e).span().end() <= span.end()) e++;
        return new TokenRange(b, e);
    }

    /** The sentence containing the offset, if any. */
    public Optional<Sentence> sentenceAt(int offset) {
        int lo = 0, hi = sentences.size() - 1, found = -1;   // sentences are in text order: binary search
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (sentences.get(mid).span().begin() <= offset) { found = mid; lo = mid + 1; } else hi = mid - 1;
        }
        if (found < 0) return Optional.empty();
        Sentence s = sentences.get(found);
        return offset < s.span().end() ? Optional.of(s) : Optional.empty();
    }
}
