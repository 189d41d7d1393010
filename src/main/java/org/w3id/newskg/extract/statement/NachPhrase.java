package org.w3id.newskg.extract.statement;

import org.w3id.newskg.model.CharSpan;
import org.w3id.newskg.model.Sentence;

/**
 * {@code attribution-phrase} of the German "nach" + a source noun: "nach ersten Untersuchungen", "nach Polizeiangaben",
 * "nach einer Meldung des Staatsfernsehens" — a noun phrase whose head names a source of information
 * (source-nouns.tsv) attributes the sentence; the phrase is the source, "nach" the cue.
 */
final class NachPhrase implements StatementRule {
    @Override public String name() { return AttributionPhrase.NAME; }

    @Override
    public boolean find(Context c, Sentence sent) {
        int b = sent.range().begin(), e = sent.range().end();
        for (int k = b; k < e - 1; k++) {
            if (!c.tok(k).text().equalsIgnoreCase("nach") || c.doc.insideQuote(c.tok(k).span())) continue;
            int head = k + 1;
            while (head < e && (c.tok(head).is("DET") || c.tok(head).is("ADJ"))) head++;
            // the tagger may read a capitalised compound as a name ("nach Zeugenaussagen"): the lexicon decides
            if (head >= e || !(c.tok(head).is("NOUN") || c.tok(head).isPropn()) || !c.lex.isSourceNoun(c.tok(head).text())) continue;
            int np = c.subjects.phrase().nounPhraseEnd(k + 1, e);
            if (np <= head) continue;
            CharSpan words = AttributionPhrase.around(c, sent, k, np - 1);
            if (words == null || words.isEmpty() || c.sofar.covered(words)) continue;
            Draft d = Draft.reported(words, AttributionPhrase.NAME).cue(c.tok(k).span());
            c.sofar.addReported(c.subjects.named(d, new CharSpan(c.tok(k + 1).span().begin(), c.tok(np - 1).span().end()), c.on(Subjects.POSSESSIVE)).decided());
            return true;
        }
        return false;
    }
}
