package org.w3id.newskg.extract.statement;

import java.util.Locale;
import org.w3id.newskg.extract.Lexicon.WordClass;
import org.w3id.newskg.model.CharSpan;
import org.w3id.newskg.model.Sentence;
import org.w3id.newskg.model.Token;

/**
 * {@code anaphoric-claim}: "… Ola Berg, who chairs the board, made this argument on Friday.", "… Diese Forderung erhob
 * Bürgermeister Jan Roth.", "… Tom Hale pointed this out on Monday.": a short sentence whose object refers back to the
 * sentence before — a demonstrative with a noun of saying, or "this" right after a speech verb — attributes that
 * sentence to its subject (ANNOTATION.md: a claim whose attribution comes in the next sentence). Unlike
 * {@link NextSentence} the anaphor need not open the sentence, and an apposition or relative clause may stand
 * between the name and the verb.
 */
final class AnaphoricClaim implements StatementRule {
    static final String NAME = "anaphoric-claim";
    /** The attribution sentence has at most this many words outside commas (an apposition or relative clause aside). */
    private static final int MAX_WORDS = 12;

    @Override public String name() { return NAME; }

    @Override
    public boolean find(Context c, Sentence sent) {
        if (sent.index() == 0 || mainWords(c, sent) > MAX_WORDS) return false;
        int anaphor = anaphor(c, sent);
        if (anaphor < 0) return false;
        int v = verb(c, sent, anaphor);
        if (v < 0) return false;
        Sentence prev = c.doc.sentences().get(sent.index() - 1);
        CharSpan words = c.clauses.trim(prev.range().begin(), prev.range().end(), prev);
        if (words.isEmpty() || c.sofar.covered(words) || c.doc.insideQuote(words)) return false;
        var subject = c.subjects.near(v, sent.span(), words, c.doc.german());
        if (subject.isEmpty() || subject.get().speaker() == null) return false;
        c.sofar.addReported(Draft.reported(words, NAME).with(subject.get()).cue(c.tok(v).span()));
        return true;
    }

    /**
     * The token of the anaphoric object: a demonstrative before a noun of saying ("this argument", "diese Forderung",
     * "this same promise"), or "this" right after a verb and before no noun ("pointed this out"); -1 if none.
     */
    private static int anaphor(Context c, Sentence sent) {
        for (int k = sent.range().begin(); k < sent.range().end() - 1; k++) {
            Token t = c.tok(k);
            if (c.doc.insideQuote(t.span())) continue;
            String w = t.text().toLowerCase(Locale.ROOT);
            boolean demonstrative = c.lex.is(WordClass.ANAPHOR, w) && !w.equals("so") || w.startsWith("dies") || w.startsWith("jene");
            if (!demonstrative || !(t.is("DET") || t.is("PRON"))) continue;
            int n = k + 1;
            if (n + 1 < sent.range().end() && c.tok(n).is("ADJ")) n++;
            if (c.tok(n).is("NOUN") && c.lex.speechNoun(c.tok(n).text()).isPresent()) return k;
            boolean afterVerb = k > sent.range().begin() && c.tok(k - 1).is("VERB");
            if (afterVerb && w.equals("this") && !c.tok(k + 1).is("NOUN") && !c.tok(k + 1).is("ADJ")) return k;
        }
        return -1;
    }

    /**
     * The verb that governs the anaphor — the nearest verb before it (English, German subject-first) or after it
     * (German V2) — when it makes a claim ({@code claim-verb}: "made", "erhob"; not "denied this"), else -1.
     */
    private static int verb(Context c, Sentence sent, int anaphor) {
        int v = anaphor - 1;
        while (v >= sent.range().begin() && !verbAt(c, v)) v--;
        if (v < sent.range().begin()) for (v = anaphor + 1; v < sent.range().end() && !verbAt(c, v); v++) { }
        if (v >= sent.range().end()) return -1;
        Token t = c.tok(v);
        return c.lex.is(WordClass.CLAIM_VERB, t.text().toLowerCase(Locale.ROOT)) || c.lex.is(WordClass.CLAIM_VERB, t.lemma()) ? v : -1;
    }

    private static boolean verbAt(Context c, int v) { return c.tok(v).is("VERB") && !c.doc.insideQuote(c.tok(v).span()); }

    /** The words of the sentence outside commas: an apposition or relative clause between commas does not count. */
    private static int mainWords(Context c, Sentence sent) {
        int n = 0;
        boolean inside = false;
        for (Token t : sent.tokens()) {
            if (t.text().equals(",")) { inside = !inside; continue; }
            if (!inside && !t.isPunct()) n++;
        }
        return n;
    }
}
