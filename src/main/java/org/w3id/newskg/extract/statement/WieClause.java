package org.w3id.newskg.extract.statement;

import java.util.List;
import java.util.Optional;
import org.w3id.newskg.extract.Lexicon.WordClass;
import org.w3id.newskg.model.CharSpan;
import org.w3id.newskg.model.Sentence;
import org.w3id.newskg.model.Token;
import org.w3id.newskg.model.TokenRange;

/**
 * {@code wie-clause}: a speech verb in a wie/as clause attributes the rest of the sentence — "Wie die Ministerin
 * mitteilte, …", "…, wie das Unternehmen mitteilte.", "As the minister said, …". Without a person, the noun phrase
 * of the clause stands for an unnamed source ("Wie die Friedensmission mitteilte").
 */
final class WieClause implements StatementRule {
    static final String NAME = "wie-clause";
    /** A leading wie-clause ends at a comma within this many words. */
    private static final int LEADING_REACH = 12;

    @Override public String name() { return NAME; }

    @Override
    public boolean find(Context c, Sentence sent) {
        List<Token> st = sent.tokens();
        for (int k = 2; k < st.size() - 2; k++) {   // "…, wie das Unternehmen mitteilte."
            if (!st.get(k).text().equals(",") || !c.lex.is(WordClass.AS_CLAUSE, st.get(k + 1).text())) continue;
            int v = -1;
            for (int i = st.get(k + 1).index() + 1; i < sent.range().end(); i++) {
                if (c.tok(i).text().equals(",")) break;
                if (c.doc.verbs().speechVerbAt(i)) v = i;
            }
            boolean apposition = v < 0;
            if (apposition) v = afterApposition(c, sent, st.get(k + 1).index() + 1);
            if (v < 0 || !c.clauses.tailIsAttribution(v, sent.range().end()) && v != sent.range().end() - 2) continue;
            CharSpan words = c.clauses.trim(sent.range().begin(), st.get(k).index(), sent);
            if (words.isEmpty() || c.sofar.covered(words)) return false;
            Draft d = Draft.reported(words, NAME).cue(c.tok(v).span());
            Draft open = d;
            if (apposition)   // the subject and its apposition: "Paul Kremer, Chef der Firma,"
                d = c.subjects.named(d, new CharSpan(st.get(k + 1).span().end() + 1, c.tok(v - 1).span().begin() - 1), false);
            else {
                Optional<Attribution> subject = c.subjects.near(v, new CharSpan(st.get(k).span().end(), sent.span().end()), words, false);
                int from = st.get(k + 1).index() + 1, np = c.subjects.phrase().nounPhraseEnd(from, v);
                if (subject.isPresent()) d = open.with(subject.get());
                else if (np > from) d = d.undecidedSource(null, c.doc.annotated().span(new TokenRange(from, np)));   // "…, wie der Verband mitteilte": an unnamed source
            }
            c.sofar.addReported(d.decided());
            return true;
        }
        return leading(c, sent, st);
    }

    /**
     * "…, wie Paul Kremer, Chef der Firma, mitteilte.": the speech verb that ends the sentence after an apposition
     * between commas (no verb in it) that follows the subject from {@code from}; -1 when there is none.
     */
    private static int afterApposition(Context c, Sentence sent, int from) {
        int e = sent.range().end(), i = from;
        while (i < e && !c.tok(i).text().equals(",")) i++;
        if (i >= e || i == from) return -1;
        for (i++; i < e && !c.tok(i).text().equals(","); i++) if (c.tok(i).isVerbal() || c.doc.insideQuote(c.tok(i).span())) return -1;
        if (i >= e) return -1;
        int v = i + 1;
        return v == e - 2 && c.doc.verbs().speechVerbAt(v) ? v : -1;
    }

    /**
     * "Wie die Ministerin mitteilte, …": the clause opens the sentence; an apposition between commas may follow its
     * subject ("Wie Jonas Weber, Sprecher der Stadtwerke, mitteilte, …").
     */
    private static boolean leading(Context c, Sentence sent, List<Token> st) {
        if (st.size() < 5 || !c.lex.is(WordClass.AS_CLAUSE, st.getFirst().text())) return false;
        int commas = 0, subjectEnd = -1;
        for (int k = 1; k < Math.min(st.size() - 2, LEADING_REACH + APPOSITION_WORDS); k++) {
            if (!st.get(k).text().equals(",")) continue;
            if (subjectEnd < 0) subjectEnd = k;
            if (commas++ < 2 && k < LEADING_REACH && noVerb(c, st.getFirst().index() + 1, st.get(k).index())) continue;   // the apposition's commas
            for (int v = st.getFirst().index() + 1; v < st.get(k).index(); v++) {
                if (!c.doc.verbs().speechVerbAt(v) || c.doc.verbs().negated(v, sent)) continue;
                CharSpan words = c.clauses.trim(st.get(k).index() + 1, sent.range().end(), sent);
                if (words.isEmpty() || c.sofar.covered(words)) return false;
                Draft d = Draft.reported(words, NAME).cue(c.tok(v).span());
                Optional<Attribution> subject = c.subjects.near(v, new CharSpan(sent.span().begin(), st.get(subjectEnd).span().begin()), words, false);
                if (subject.isPresent()) d = d.with(subject.get());
                else {
                    int np = c.subjects.phrase().nounPhraseEnd(st.getFirst().index() + 1, v);   // "Wie die Friedensmission mitteilte": an unnamed source
                    if (np > st.getFirst().index() + 1) d = d.undecidedSource(null, c.doc.annotated().span(new TokenRange(st.getFirst().index() + 1, np)));
                }
                c.sofar.addReported(d.decided());
                return true;
            }
            return false;
        }
        return false;
    }

    /** An apposition after the subject of a leading wie-clause has at most this many words. */
    private static final int APPOSITION_WORDS = 8;

    /** No verb (and no quotation) in tokens [b, e): the commas so far enclose an apposition, not a clause. */
    private static boolean noVerb(Context c, int b, int e) {
        for (int i = b; i < e; i++) if (c.tok(i).isVerbal() || c.doc.verbs().speechVerbAt(i) || c.doc.insideQuote(c.tok(i).span())) return false;
        return true;
    }
}
