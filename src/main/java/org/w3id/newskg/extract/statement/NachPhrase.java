package org.w3id.newskg.extract.statement;

import java.util.Locale;
import org.w3id.newskg.extract.Lexicon.WordClass;
import org.w3id.newskg.model.CharSpan;
import org.w3id.newskg.model.Sentence;
import org.w3id.newskg.model.Token;

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
            if (relative(c, sent, k)) return true;
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

    /**
     * "Es gibt Gerüchte, nach denen der Sänger krank war", "eine Umfrage, nach der die Mehrheit …": "nach" with the
     * relative pronoun after a speech, source or document noun attributes the relative clause to that noun, written as
     * the pronoun; the words are the rest of the clause, up to its closing comma.
     */
    private static boolean relative(Context c, Sentence sent, int k) {
        int b = sent.range().begin(), e = sent.range().end(), rel = k + 1;
        if (k - 2 < b || rel + 2 >= e || !c.tok(k - 1).text().equals(",") || !c.tok(rel).is("PRON")
                || !c.lex.is(WordClass.RELATIVE, c.tok(rel).text().toLowerCase(Locale.ROOT))) return false;
        Token noun = c.tok(k - 2);
        if (!noun.is("NOUN") || !(c.lex.speechNoun(noun.text()).isPresent() || c.lex.isSourceNoun(noun.text()) || c.lex.isDocumentNoun(noun.text()))) return false;
        int end = c.clauses.toComma(rel + 1, e);
        if (end - (rel + 1) < 2) return false;
        CharSpan words = new CharSpan(c.tok(rel + 1).span().begin(), c.tok(end - 1).span().end());
        if (c.sofar.covered(words)) return false;
        Draft d = Draft.reported(words, AttributionPhrase.NAME).cue(c.tok(k).span());
        c.sofar.addReported(c.subjects.named(d, c.tok(rel).span(), false).decided());
        return true;
    }
}
