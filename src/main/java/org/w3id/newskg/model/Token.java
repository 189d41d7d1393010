package org.w3id.newskg.model;

/**
 * A token with its universal POS tag and lemma.
 *
 * @param index document-global position, from 0
 * @param upos  Universal Dependencies tag as the model gives it (fused tags like "ADP+DET" included)
 * @param lemma lower-cased lemma as the model gives it
 */
public record Token(int index, CharSpan span, String text, String upos, String lemma) {
    public Token {
        if (index < 0 || span == null || text == null || upos == null || lemma == null)
            throw new IllegalArgumentException("invalid token " + index + " '" + text + "' at " + span);
    }

    public boolean is(String tag) { return upos.equals(tag); }

    /** PROPN, also in fused tags. */
    public boolean isPropn() { return upos.startsWith("PROPN"); }

    public boolean isPunct() { return upos.equals("PUNCT"); }

    public boolean isVerbal() { return upos.equals("VERB") || upos.equals("AUX"); }

    /** The next token starts where this one ends, with no space between ("run" "-" "off", "Konrad" "-" "Adenauer"). */
    public boolean adjoins(Token next) { return span.end() == next.span().begin(); }

    public boolean isCapitalised() { return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0)); }
}
