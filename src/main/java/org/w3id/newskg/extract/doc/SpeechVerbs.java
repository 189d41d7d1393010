package org.w3id.newskg.extract.doc;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.w3id.newskg.extract.Lexicon;
import org.w3id.newskg.extract.Lexicon.SpeechVerb;
import org.w3id.newskg.extract.Lexicon.WordClass;
import org.w3id.newskg.model.Sentence;
import org.w3id.newskg.model.Token;

/**
 * Which tokens of an article are speech verbs of the lexicon, and whether they are negated. The tagger's reading is
 * corrected where news language fools it: an English verb after its subject tagged as a noun ("he says"), a German
 * finite form tagged as an adjective before a comma ("wie die Behörde mitteilte,"), an English "-s" plural after a
 * conjunction or article ("as reports swirl") that is no verb. Answers are computed once per token.
 */
public final class SpeechVerbs {
    private final ArticleDoc doc;
    private final Lexicon lex;
    /** Per token: null while not yet asked, else the verb it is (empty: none). */
    private final Object[] verbAt;

    SpeechVerbs(ArticleDoc doc) {
        this.doc = doc;
        this.lex = doc.lex();
        this.verbAt = new Object[doc.size()];
    }

    /**
     * The speech verb token {@code v} stands for, by its form or lemma. A separable verb whose particle is in the
     * sentence wins over the plain verb: "forderte … auf" is auffordern, not fordern.
     */
    @SuppressWarnings("unchecked")
    public Optional<SpeechVerb> verbAt(int v) {
        Object known = verbAt[v];
        if (known == null) verbAt[v] = known = findVerb(v);
        return (Optional<SpeechVerb>) known;
    }

    private Optional<SpeechVerb> findVerb(int v) {
        Token t = doc.token(v);
        List<SpeechVerb> vs = lex.speechVerbs(t.text());
        if (vs.isEmpty()) vs = lex.speechVerbs(t.lemma());
        Sentence sent = doc.sentenceOf(v);
        vs = vs.stream().filter(sv -> clauseFits(sv, v, sent)).toList();
        for (SpeechVerb sv : vs) {
            if (sv.particle().isEmpty()) continue;
            if (t.text().toLowerCase(Locale.ROOT).startsWith(sv.particle())) return Optional.of(sv);
            for (int i = v + 1; i < sent.range().end(); i++) if (doc.token(i).text().equalsIgnoreCase(sv.particle()) && clauseEnd(i + 1, sent)) return Optional.of(sv);
            if (v > sent.range().begin() && doc.token(v - 1).text().equalsIgnoreCase(sv.particle())) return Optional.of(sv);   // "wie sie bekannt gab"
        }
        return vs.stream().filter(sv -> sv.particle().isEmpty()).findFirst();
    }

    /**
     * Whether the words of the verb's clause (up to the nearest comma, semicolon or colon on either side) meet its
     * {@code clause} column: one "+" word if it has any ("hält es für möglich"), no "-" word ("befand sich",
     * "fand … statt", "besteht die Gefahr" without "darauf").
     */
    private boolean clauseFits(SpeechVerb sv, int v, Sentence sent) {
        if (sv.clause().isEmpty()) return true;
        int b = v, e = v + 1;
        while (b > sent.range().begin() && !boundary(doc.token(b - 1))) b--;
        while (e < sent.range().end() && !boundary(doc.token(e))) e++;
        boolean needs = false, has = false;
        for (String w : sv.clause()) {
            boolean plus = w.charAt(0) == '+';
            needs |= plus;
            for (int i = b; i < e; i++)
                if (i != v && doc.token(i).text().equalsIgnoreCase(w.substring(1))) {
                    if (!plus) return false;
                    has = true;
                }
        }
        return has || !needs;
    }

    private static boolean boundary(Token t) {
        return t.text().equals(",") || t.text().equals(";") || t.text().equals(":");
    }

    /**
     * A German separable particle closes its clause: "sagte … zu." or "sagte … zu, dass"; "zu warten" is an infinitive
     * and "zu Hause" a preposition, so a particle followed by a word does not count. (English particles follow the
     * verb: "pointed out that".)
     */
    private boolean clauseEnd(int next, Sentence sent) {
        Token t = next < sent.range().end() ? doc.token(next) : null;   // the tagger sometimes reads a comma as SCONJ
        return !doc.german() || t == null || t.isPunct() || t.text().matches("\\p{P}+") || t.is("CCONJ");
    }

    /** Whether token {@code v} is used as a speech verb: a verb (or a word the tagger misreads) of the lexicon. */
    public boolean speechVerbAt(int v) {
        Token t = doc.token(v);
        boolean misread = t.is("ADJ") || lowerCaseNoun(t);   // a finite form the tagger read as an adjective or a noun
        if (!(t.isVerbal() || nounAsVerb(v) || t.is("ADJ") && (t.text().endsWith("ed") || invertedAfterComma(v))
                || misread && (finiteAtClauseEnd(v) || particleClosesClause(v)))) return false;
        if (pluralNounAsVerb(v)) return false;
        return verbAt(v).isPresent();
    }

    /** A verb of opinion or thought ("believed", "meinte") rather than of saying. */
    public boolean opinionAt(int v) {
        return verbAt(v).map(sv -> sv.type() == Lexicon.VerbType.OPINION || sv.type() == Lexicon.VerbType.THOUGHT).orElse(false);
    }

    /** "as reports swirl", "the claims": an English "-s" form right after a conjunction, preposition or article is a noun. */
    private boolean pluralNounAsVerb(int v) {
        Token t = doc.token(v);
        if (doc.german() || !t.text().endsWith("s") || v == 0) return false;
        Token p = doc.token(v - 1);
        return p.is("SCONJ") || p.is("ADP") || p.is("DET");
    }

    /** "Wie ein Sprecher am Montag mitteilte," with "mitteilte" tagged as a noun: German nouns are capitalised. */
    private boolean lowerCaseNoun(Token t) {
        return doc.german() && t.is("NOUN") && Character.isLowerCase(t.text().charAt(0));
    }

    /**
     * "he says", "Novak spoke", "the 52-year-old said": an English verb after its subject (a pronoun, a name, an age
     * noun written with hyphens) that the tagger reads as a noun.
     */
    public boolean nounAsVerb(int v) {
        if (!doc.token(v).is("NOUN") || doc.german() || v == 0) return false;
        Token before = doc.token(v - 1);
        boolean ageNoun = before.text().equalsIgnoreCase("old") && v >= 2 && doc.token(v - 2).text().equals("-") && doc.token(v - 2).adjoins(before);
        return before.is("PRON") || before.isPropn() || ageNoun;
    }

    /** "wie die Behörde mitteilte," tagged as an adjective: a finite form of the lexicon before a comma or the end. */
    private boolean finiteAtClauseEnd(int v) {
        if (!doc.german() || lex.speechVerbs(doc.token(v).text()).isEmpty() || v + 1 >= doc.size()) return false;
        Token next = doc.token(v + 1);
        return next.isPunct() && !next.text().equals("-");
    }

    /**
     * "Die Behörde teilte am Montag mit, …" with "teilte" tagged as an adjective (or a lower-case noun): a German finite
     * form of a separable verb of the lexicon whose particle closes the clause later in the sentence ("teilte … mit,",
     * "gab … bekannt."). An attributive adjective has no particle of its own at the clause's end.
     */
    private boolean particleClosesClause(int v) {
        if (!doc.german()) return false;
        Token t = doc.token(v);
        if (!Character.isLowerCase(t.text().charAt(0))) return false;
        Sentence sent = doc.sentenceOf(v);
        for (SpeechVerb sv : lex.speechVerbs(t.text())) {
            if (sv.particle().isEmpty() || sv.particle().contains(" ") || t.text().toLowerCase(Locale.ROOT).startsWith(sv.particle())) continue;
            for (int i = v + 1; i < sent.range().end(); i++) {
                Token w = doc.token(i);
                if (w.text().equals(",") || w.text().equals(";") || w.text().equals(":")) break;
                if (w.text().equalsIgnoreCase(sv.particle()) && clauseEnd(i + 1, sent)) return true;
            }
        }
        return false;
    }

    /**
     * "Er fühle sich gut, sagte Nils Seidel." with "sagte" tagged as an adjective: a German finite form of the lexicon
     * right after a comma opens the inverted attribution ", sagte X" (no attributive adjective has that form).
     */
    private boolean invertedAfterComma(int v) {
        return doc.german() && v > 0 && doc.token(v - 1).text().equals(",") && !lex.speechVerbs(doc.token(v).text()).isEmpty();
    }

    /**
     * Whether a negation stands within two words of the verb in its sentence with no complementizer or comma between:
     * "sagte er nicht" negates, "…, dass er nicht …" does not.
     */
    public boolean negated(int v, Sentence sent) {
        for (int i = Math.max(sent.range().begin(), v - 2); i < Math.min(sent.range().end(), v + 3); i++)
            if (i != v && lex.is(WordClass.NEGATION, doc.token(i).text())) {
                boolean complementBetween = false;
                for (int j = Math.min(i, v); j < Math.max(i, v); j++)
                    if (lex.is(WordClass.COMPLEMENTIZER, doc.token(j).text()) || doc.token(j).text().equals(",")) complementBetween = true;
                if (!complementBetween) return true;
            }
        return false;
    }
}
