package org.w3id.newskg.extract.statement;

import org.w3id.newskg.extract.Lexicon.WordClass;
import org.w3id.newskg.model.CharSpan;
import org.w3id.newskg.model.Sentence;
import org.w3id.newskg.model.Token;
import org.w3id.newskg.model.TokenRange;

/**
 * {@code so-attribution} (German): "Das Werk schließt Ende März, so ein Sprecher des Konzerns." — a trailing ", so X"
 * attributes the clause before it also when that clause is in the indicative (ANNOTATION.md: the sentence without the
 * trailing ", so X"). The tail after "so" is a noun phrase with perhaps a time or place, nothing more; it names a person
 * or stands for an unnamed source. Konjunktiv clauses are {@link KonjunktivChain}'s.
 */
final class SoAttribution implements StatementRule {
    static final String NAME = "so-attribution";

    @Override public String name() { return NAME; }

    @Override
    public boolean find(Context c, Sentence sent) {
        int b = sent.range().begin(), e = sent.range().end();
        for (int v = b + 2; v < e - 1; v++) {
            Token so = c.tok(v);
            if (!c.lex.is(WordClass.SO, so.text()) || !c.tok(v - 1).text().equals(",") || c.doc.insideQuote(so.span())) continue;
            Token next = c.tok(v + 1);
            if (!(next.is("DET") || next.isPropn() || next.is("NOUN") || next.is("ADJ"))) continue;   // "so dass", "so etwa", "so zum Beispiel"
            if (!c.clauses.tailIsAttribution(v, e) || colonAfter(c, v, e)) continue;   // "…, so die Ministerin: „…“" introduces the quotation
            int np = c.subjects.phrase().nounPhraseEnd(v + 1, e);
            if (np <= v + 1) continue;
            CharSpan words = c.clauses.trim(b, v - 1, sent);
            if (words.isEmpty() || words.length() < Context.MIN_WORDS || c.sofar.covered(words)) continue;
            TokenRange in = c.doc.annotated().tokensWithin(words);
            if (c.doc.moods().hasKonjunktiv(in.begin(), in.end()) || c.doc.moods().hasKonjunktiv2(in.begin(), in.end())) return false;
            if (c.doc.annotated().tokens(in).stream().noneMatch(Token::isVerbal)) return false;   // "Ein Jahr Pause, so der Plan"
            CharSpan source = new CharSpan(next.span().begin(), c.tok(np - 1).span().end());
            Draft d = Draft.reported(words, NAME).cue(so.span());
            c.sofar.addReported(c.subjects.named(d, source, false).decided());
            return true;
        }
        return false;
    }

    private static boolean colonAfter(Context c, int v, int e) {
        for (int i = v + 1; i < e; i++) if (c.tok(i).text().equals(":")) return true;
        return false;
    }
}
