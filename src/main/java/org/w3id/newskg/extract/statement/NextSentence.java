package org.w3id.newskg.extract.statement;

import java.util.List;
import org.w3id.newskg.extract.Lexicon.WordClass;
import org.w3id.newskg.model.CharSpan;
import org.w3id.newskg.model.Sentence;
import org.w3id.newskg.model.Token;

/**
 * {@code next-sentence}: "… Das behauptet X." / "So sieht es X." / "That is what X said": a short sentence that opens
 * with an anaphor and a speech verb attributes the sentence before it. The attribution may end in a colon quotation
 * ("Das kündigte der 36-Jährige an: „…“") or a relative clause after the speaker, which do not count toward its length.
 */
final class NextSentence implements StatementRule {
    static final String NAME = "next-sentence";
    /** The attribution sentence has at most this many words (before a relative clause or a colon quotation)… */
    private static final int MAX_WORDS = 12;
    /** … or this many when it ends in a colon quotation. */
    private static final int MAX_WORDS_BEFORE_COLON = 18;

    @Override public String name() { return NAME; }

    @Override
    public boolean find(Context c, Sentence sent) {
        List<Token> st = sent.tokens();
        int colon = 0;
        while (colon < st.size() && !st.get(colon).text().equals(":")) colon++;
        if (colon < st.size() && colon + 1 < st.size() && c.doc.isQuoteMark(st.get(colon + 1))) st = st.subList(0, colon + 1);
        int comma = 2;   // "Das behauptet der Oberbürgermeister X, der an dem Treffen nicht teilnahm.": a relative clause does not count
        while (comma < st.size() && !st.get(comma).text().equals(",")) comma++;
        if (comma < st.size()) st = st.subList(0, comma + 1);
        if (st.size() < 3 || st.size() > (colon < sent.tokens().size() ? MAX_WORDS_BEFORE_COLON : MAX_WORDS) || sent.index() == 0) return false;
        if (!c.lex.is(WordClass.ANAPHOR, st.getFirst().text())) return false;
        int v = st.get(1).index();
        if (!c.doc.verbs().speechVerbAt(v)) return false;
        Sentence prev = c.doc.sentences().get(sent.index() - 1);
        CharSpan words = c.clauses.trim(prev.range().begin(), prev.range().end(), prev);
        if (words.isEmpty() || c.sofar.covered(words)) return false;
        var subject = c.subjects.near(v, new CharSpan(c.tok(v).span().end(), st.getLast().span().end()), words, true);
        if (subject.isEmpty()) return false;
        c.sofar.addReported(Draft.reported(words, NAME).with(subject.get()).cue(c.tok(v).span()));
        return true;
    }
}
