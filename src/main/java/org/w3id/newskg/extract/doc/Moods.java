package org.w3id.newskg.extract.doc;

import java.util.Locale;
import org.w3id.newskg.extract.Lexicon;
import org.w3id.newskg.model.Token;

/**
 * The German subjunctive of an article's verbs, the mark of reported speech without quotation marks: Konjunktiv I
 * ("sei", "habe", "werde", "gebe") and II ("hätten", "wäre", "könnte"), from {@code konjunktiv.tsv} and, for verbs
 * the lexicon lacks, from the form. Words inside quotations are the speaker's own and do not count. English has none.
 */
public final class Moods {
    private final ArticleDoc doc;
    private final Lexicon lex;

    Moods(ArticleDoc doc) {
        this.doc = doc;
        this.lex = doc.lex();
    }

    /** Whether tokens [b, e) hold a Konjunktiv (I, or an unambiguous II) outside quotations. */
    public boolean hasKonjunktiv(int b, int e) { return subjunctive(b, e, false); }

    /** Whether tokens [b, e) hold a Konjunktiv I ("sei", "habe", "werde", "gebe") outside quotations: the mood of reported speech. */
    public boolean hasKonjunktiv1(int b, int e) { return subjunctive(b, e, true); }

    private boolean subjunctive(int b, int e, boolean onlyFirst) {
        for (int i = b; i < e; i++) {
            Token t = doc.token(i);
            if (doc.insideQuote(t.span())) continue;
            if (lex.konjunktiv(t.text()).filter(m -> !onlyFirst || m.equals("k1")).isPresent() && !lex.isKonjunktivAmbiguous(t.text())
                    && !t.is("NOUN") && !t.isPropn() && !t.is("DET") && !t.is("PRON")) return true;
            // an ambiguous K1 form ending in -e (könne is clear, "habe" beside "ich" is not); "wollte", "sollte" are K2/preterite
            if (lex.konjunktiv(t.text()).filter("k1"::equals).isPresent() && t.isVerbal() && t.text().endsWith("e") && noIch(i)) return true;
            if (konjunktivByForm(i)) return true;
        }
        return false;
    }

    /** Whether tokens [b, e) hold a verb in an unambiguous Konjunktiv form of the lexicon, I or II, outside quotations. */
    public boolean hasKonjunktiv2(int b, int e) {
        for (int i = b; i < e; i++) {
            Token t = doc.token(i);
            if (lex.konjunktiv(t.text()).isPresent() && !lex.isKonjunktivAmbiguous(t.text()) && t.isVerbal() && !doc.insideQuote(t.span())) return true;
        }
        return false;
    }

    /**
     * Konjunktiv I of a verb the lexicon does not list: a third-person form ending in -e where the indicative
     * ends in -t ("er gebe", "sie verlange"), i.e. the lemma minus its final n, without "ich" beside it.
     */
    private boolean konjunktivByForm(int i) {
        Token t = doc.token(i);
        String w = t.text().toLowerCase(Locale.ROOT);
        if (!t.isVerbal() || !w.endsWith("e") || w.length() < 4) return false;
        // the lemmatizer may not know the verb and give the form back ("korrigiere"); "-te" is then a preterite
        boolean k1 = t.lemma().equals(w + "n") || t.lemma().equals(w) && t.is("VERB") && !w.endsWith("te");
        return k1 && noIch(i);
    }

    /** No "ich" within three words: "ich habe" is indicative. */
    private boolean noIch(int i) {
        for (int k = Math.max(0, i - 3); k < Math.min(doc.size(), i + 3); k++)
            if (doc.token(k).text().equalsIgnoreCase("ich")) return false;
        return true;
    }
}
