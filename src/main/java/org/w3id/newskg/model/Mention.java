package org.w3id.newskg.model;

/**
 * Words in the text that name or stand for an entity.
 *
 * @param span     the words, as written
 * @param tokens   the same words as tokens
 * @param sentence index of the sentence it is in
 * @param rule     the rule that found it (stable lowercase name; goes into provenance)
 */
public record Mention(CharSpan span, TokenRange tokens, int sentence, MentionKind kind, String rule) {
    public Mention {
        if (span == null || tokens == null || kind == null || rule == null)
            throw new IllegalArgumentException("incomplete mention at " + span);
    }
}
