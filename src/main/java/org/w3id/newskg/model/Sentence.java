package org.w3id.newskg.model;

import java.util.List;

/** A sentence: its span, and its tokens (document-global indices, contiguous). */
public record Sentence(int index, CharSpan span, List<Token> tokens) {
    public Sentence {
        tokens = List.copyOf(tokens);
    }

    public TokenRange range() {
        return tokens.isEmpty() ? new TokenRange(0, 0) : new TokenRange(tokens.getFirst().index(), tokens.getLast().index() + 1);
    }
}
