package org.w3id.newskg.extract.statement;

import java.util.List;
import org.w3id.newskg.model.CharSpan;
import org.w3id.newskg.model.Sentence;
import org.w3id.newskg.model.Token;

/**
 * {@code reportive-sollen} (German): "Der Minister soll die Akten vernichtet haben": reportive sollen with a perfect or
 * passive infinitive passes on what someone claims; taken only when a statement stands in this or the previous
 * sentence, whose source it continues ({@link KonjunktivChain#CONTINUES}).
 */
final class ReportiveSollen implements StatementRule {
    static final String NAME = "reportive-sollen";

    @Override public String name() { return NAME; }

    @Override
    public boolean find(Context c, Sentence sent) {
        if (!c.on(KonjunktivChain.CONTINUES)) return false;
        List<Token> st = sent.tokens();
        boolean soll = false, perfect = false;
        for (int k = 0; k < st.size(); k++) {
            Token t = st.get(k);
            if (c.doc.insideQuote(t.span())) continue;
            String w = t.text().toLowerCase(java.util.Locale.ROOT);
            if ((w.equals("soll") || w.equals("sollen")) && t.isVerbal()) soll = true;
            if (soll && (w.equals("haben") || w.equals("sein")) && k > 0 && st.get(k - 1).isVerbal() && !st.get(k - 1).text().equalsIgnoreCase("soll")) perfect = true;
        }
        if (!soll || !perfect) return false;
        Draft prev = c.sofar.lastBefore(sent.span().begin());
        if (prev == null || c.doc.distanceInSentences(prev.words().end(), sent.span().begin()) > 1) return false;
        CharSpan words = c.clauses.trim(sent.range().begin(), sent.range().end(), sent);
        if (words.isEmpty() || c.sofar.covered(words)) return false;
        c.sofar.addReported(Draft.reported(words, NAME).copiedFrom(prev, KonjunktivChain.CONTINUES).cue(null));
        return true;
    }
}
