package org.w3id.newskg.extract.statement;

import java.util.Locale;
import java.util.Optional;
import org.w3id.newskg.extract.Lexicon;
import org.w3id.newskg.extract.Lexicon.WordClass;
import org.w3id.newskg.extract.doc.ArticleDoc;
import org.w3id.newskg.model.CharSpan;
import org.w3id.newskg.model.Sentence;
import org.w3id.newskg.model.Token;

/**
 * The subject a German main clause puts before its finite verb (the "Vorfeld"), for {@link Subjects}: "Das
 * Europäische Parlament hat die Mitgliedsstaaten aufgefordert, …", "Ein Sprecher des Hauses schränkte die Zusage
 * ein, dass …", "Einige vertreten die Auffassung, …". When the words before the finite verb are one noun phrase that
 * can be a nominative — no preposition before it, no object article, no verb or adverb in it, at most a focus
 * particle or a conjunction before it, an apposition between commas after it — that phrase is the subject of the
 * clause, and a noun phrase after the verb is its object, however near.
 *
 * {@snippet :
 * fronted.of(v);   // "Das Parlament hat die Staaten aufgefordert, …" → the words "Das Parlament"
 * }
 */
final class FrontedSubject {
    /** The fronted noun phrase has at most this many words (an apposition between commas included). */
    static final int MAX_WORDS = 16;

    private final ArticleDoc doc;
    private final Lexicon lex;
    private final SourcePhrase phrase;

    FrontedSubject(ArticleDoc doc, SourcePhrase phrase) {
        this.doc = doc;
        this.lex = doc.lex();
        this.phrase = phrase;
    }

    /** The words begin right after the finite verb of {@code v}'s clause, adverbs, particles and a reflexive between: the first place after it. */
    boolean rightAfterFinite(int v, CharSpan words) {
        Sentence sent = doc.sentenceOf(v);
        int f = sent.range().begin();
        while (f < v && !doc.token(f).isVerbal()) f++;
        int k = f + 1;
        while (k < sent.range().end() && (doc.token(k).is("ADV") || doc.token(k).is("PART")
                || doc.token(k).is("PRON") && lex.is(WordClass.REFLEXIVE, doc.token(k).text().toLowerCase(Locale.ROOT)))) k++;   // "äußerte sich X"
        if (k >= sent.range().end()) return false;
        int at = k;
        while (at < sent.range().end() && doc.token(at).span().end() <= words.begin()) at++;
        if (at == k) return true;
        for (int j = k; j < at; j++) if (!(doc.token(j).is("ADJ") || doc.token(j).is("NOUN") || doc.token(j).isPropn() || doc.token(j).text().equals("-"))) return false;
        return true;   // "bestätigte Ministerin X": a title before the name
    }

    /** The fronted subject of the main clause whose verb complex holds the speech verb {@code v}; empty if there is none. */
    Optional<CharSpan> of(int v) {
        if (!doc.german()) return Optional.empty();
        Sentence sent = doc.sentenceOf(v);
        int f = sent.range().begin();   // the finite verb: the first verb of the sentence
        while (f < v && !doc.token(f).isVerbal()) f++;
        for (int k = f + 1; k < v; k++) if (doc.token(k).isPunct() || doc.token(k).is("SCONJ")) return Optional.empty();   // v is in f's verb complex
        int b = sent.range().begin();
        while (b < f && (doc.token(b).is("CCONJ") || lex.is(WordClass.FOCUS_PARTICLE, doc.token(b).text().toLowerCase(Locale.ROOT)))) b++;
        int end = f > b && doc.token(f - 1).text().equals(",") ? f - 1 : f;   // "X, Sprecher der Y, sagte"
        if (b >= end || end - b > MAX_WORDS || doc.insideQuote(doc.token(b).span())) return Optional.empty();
        boolean head = false;
        for (int k = b; k < end; k++) {
            Token t = doc.token(k);
            String w = t.text().toLowerCase(Locale.ROOT);
            if (t.isVerbal() || t.is("SCONJ") || t.is("ADV") || t.is("PART") || t.is("PUNCT") && !(t.text().equals(",") || t.text().equals("(")
                    || t.text().equals(")") || t.text().equals("-") || doc.isQuoteMark(t))) return Optional.empty();
            // "Seiner Meinung nach", "Am Montag", "Von der Polizei": a preposition opens no subject; "von", "für", "in" inside one are its attributes
            if ((t.is("ADP") || t.is("ADP+DET")) && (k == b || !(lex.is(WordClass.OF, w) || lex.is(WordClass.FOR, w) || lex.is(WordClass.LOCATED, w)))) return Optional.empty();
            if (k == b && lex.is(WordClass.PREPOSITION, w)) return Optional.empty();   // "Angesichts der Lage": a preposition the tagger read as a noun
            if (lex.is(WordClass.ADVERB, w)) return Optional.empty();   // "Unterdessen verlangen die Grünen": an adverb the tagger read as a noun
            // "Sie drängten …", "Einige der Abgeordneten …": a pronoun opening the phrase, not an object pronoun or "es"
            if (t.is("PRON") && (k > b || lex.is(WordClass.OBJECT_PRONOUN, w) || w.equals("es")
                    || !lex.pronoun(t.text()).isEmpty() && !lex.isNominativePronoun(t.text()))) return Optional.empty();
            head |= t.is("NOUN") || t.isPropn() || t.is("PRON");
        }
        // "Einige vertreten die Auffassung, …": a determiner standing alone for the phrase; "Das sagte X" fronts the object
        if (!head && end == b + 1 && doc.token(b).is("DET") && !lex.is(WordClass.ANAPHOR, doc.token(b).text().toLowerCase(Locale.ROOT))
                && !lex.is(WordClass.OBJECT_ARTICLE, doc.token(b).text().toLowerCase(Locale.ROOT)) && lex.pronoun(doc.token(b).text()).isEmpty()) head = true;
        CharSpan np = doc.span(b, end);
        return head && !phrase.objectCase(np) ? Optional.of(np) : Optional.empty();
    }
}
