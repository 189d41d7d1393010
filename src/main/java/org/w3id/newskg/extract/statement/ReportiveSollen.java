package org.w3id.newskg.extract.statement;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.w3id.newskg.model.CharSpan;
import org.w3id.newskg.model.Sentence;
import org.w3id.newskg.model.Token;

/**
 * {@code reportive-sollen} (German): "Der Minister soll die Akten vernichtet haben": reportive sollen with a perfect or
 * passive infinitive (a participle before "haben"/"sein": "vernichtet haben", "getötet worden sein", not "zu sehen
 * sein") passes on what someone claims. Taken when a statement stands up to {@link #REACH} sentences before, whose
 * source it continues ({@link KonjunktivChain#CONTINUES}); with none in reach, when "soll" is the sentence's finite verb,
 * as the words of a source the passage leaves unnamed ({@link KonjunktivChain#ALONE}) or of the subject of the
 * narrated sentence before ({@link KonjunktivChain#AFTER_SUBJECT}), as a Konjunktiv I sentence is. A sentence that
 * names its own source ("laut X", "nach Angaben von X") is the attribution phrase's, which runs first.
 */
final class ReportiveSollen implements StatementRule {
    static final String NAME = "reportive-sollen";
    /** A statement up to this many sentences before gives its source, as in a Konjunktiv I chain. */
    private static final int REACH = 2;

    @Override public String name() { return NAME; }

    @Override
    public boolean find(Context c, Sentence sent) {
        int soll = hearsay(c, sent);
        if (soll < 0) return false;
        CharSpan words = c.clauses.trim(sent.range().begin(), sent.range().end(), sent);
        if (words.isEmpty() || c.sofar.covered(words)) return false;
        Draft prev = c.sofar.lastBefore(sent.span().begin());
        Draft d = Draft.reported(words, NAME);
        if (prev != null && c.doc.distanceInSentences(prev.words().end(), sent.span().begin()) <= REACH) {
            if (!c.on(KonjunktivChain.CONTINUES)) return false;
            c.sofar.addReported(d.copiedFrom(prev, KonjunktivChain.CONTINUES).cue(null));
            return true;
        }
        if (!c.on(KonjunktivChain.ALONE) || !finiteVerb(c, sent, soll)) return false;
        d = d.cue(c.tok(soll).span());
        Optional<Attribution> narrated = c.on(KonjunktivChain.AFTER_SUBJECT) ? NarrationSubject.before(c, sent, prev, words) : Optional.empty();
        c.sofar.addReported(narrated.isPresent() ? d.with(narrated.get()).by(KonjunktivChain.AFTER_SUBJECT) : d.by(KonjunktivChain.ALONE).decided());
        return true;
    }

    /** The token of reportive "soll"/"sollen" outside quotations with a perfect infinitive after it, or -1. */
    private static int hearsay(Context c, Sentence sent) {
        List<Token> st = sent.tokens();
        int soll = -1;
        for (int k = 0; k < st.size(); k++) {
            Token t = st.get(k);
            if (c.doc.insideQuote(t.span())) continue;
            String w = t.text().toLowerCase(Locale.ROOT);
            if ((w.equals("soll") || w.equals("sollen")) && t.isVerbal() && soll < 0) soll = t.index();
            if (soll >= 0 && (w.equals("haben") || w.equals("sein")) && k > 0 && participle(st.get(k - 1))) return soll;
        }
        return -1;
    }

    /**
     * "vernichtet", "worden", "gewesen": a verb form other than its lemma, so no infinitive ("zu sehen sein"); also a
     * participle the tagger reads as an adjective, whose lemma is a verb's ("ausgebrochen", lemma "ausbrechen").
     */
    private static boolean participle(Token t) {
        if (t.text().equalsIgnoreCase(t.lemma()) || t.text().toLowerCase(Locale.ROOT).startsWith("soll")) return false;
        return t.isVerbal() || t.is("ADJ") && t.lemma().endsWith("n");
    }

    /** "soll" is the first verb of the sentence, after a subordinate clause that opens it: the main clause's finite verb. */
    private static boolean finiteVerb(Context c, Sentence sent, int soll) {
        return NarrationSubject.mainVerb(c, sent) == soll;
    }
}
