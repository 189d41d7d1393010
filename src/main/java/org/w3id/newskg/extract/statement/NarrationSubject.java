package org.w3id.newskg.extract.statement;

import java.util.Locale;
import java.util.Optional;
import org.w3id.newskg.extract.Lexicon.WordClass;
import org.w3id.newskg.extract.doc.Quote;
import org.w3id.newskg.model.CharSpan;
import org.w3id.newskg.model.Sentence;
import org.w3id.newskg.model.Token;

/**
 * Who a narrated sentence is about, for the Konjunktiv sentence right after it ({@link KonjunktivChain#AFTER_SUBJECT}):
 * the subject of the finite verb of the sentence before, a person or an organisation, where German puts a subject —
 * opening the sentence ("Der Betriebsleiter, Tom Berg, vermutete einen Defekt.") or right after the finite verb, only
 * adverbs between ("Langfristig strebt das Unternehmen einen Börsengang an."). That sentence must hold no statement,
 * no quotation and no speech verb (a verb of thought or opinion with an object is narration: "vermutete einen Defekt"):
 * a speech act there is {@link KonjunktivChain#AFTER_SPEECH_ACT}'s. A name anywhere
 * else in it (an object, a prepositional phrase) is no one whose words follow.
 */
final class NarrationSubject {
    /** A quotation ending this many sentences before leaves the words to its speaker ({@link AfterQuotation}'s reach). */
    private static final int QUOTATION_REACH = 2;

    private NarrationSubject() {}

    /**
     * The subject of the sentence right before {@code sent} (see the class comment), when that sentence holds no
     * statement ({@code prev} ends before it), no quotation and no speech verb, and no quotation ends up to {@link
     * #QUOTATION_REACH} sentences before; {@code words} are the reported sentence's words.
     */
    static Optional<Attribution> before(Context c, Sentence sent, Draft prev, CharSpan words) {
        if (sent.index() == 0 || quotationInReach(c, sent)) return Optional.empty();
        Sentence before = c.doc.sentences().get(sent.index() - 1);
        if (prev != null && prev.words().end() > before.span().begin()) return Optional.empty();
        int verb = -1;
        for (Token t : before.tokens()) {
            // a speech verb that gave no one the floor ("sagte nicht", a passive) leaves the words to no one; a verb of thought
            // or opinion with an object ("vermutete einen Defekt") is narration about its subject
            if (c.doc.isQuoteMark(t) || c.doc.verbs().speechVerbAt(t.index()) && !c.doc.verbs().opinionAt(t.index())) return Optional.empty();
            // "Sein Rivale, so X weiter, …": the sentence names its own source
            if (t.index() > before.range().begin() && c.tok(t.index() - 1).text().equals(",") && c.lex.is(WordClass.SO, t.text())) return Optional.empty();
            if (verb < 0 && t.isVerbal()) verb = t.index();
            if (verb < 0 && t.is("SCONJ")) return Optional.empty();   // "Nachdem er … war, …": a subordinate clause first
        }
        if (verb < 0 || passive(c, verb, before)) return Optional.empty();
        Optional<Attribution> a = c.subjects.near(verb, before.span(), words, false);
        if (a.isEmpty() || a.get().speakerSpan() == null || !StatementFinder.floor(c, a.get()) || !someone(c, a.get())) return Optional.empty();
        CharSpan who = a.get().speakerSpan();
        if (c.lex.is(WordClass.IMPERSONAL_SUBJECT, who.in(c.doc.text()).toLowerCase(Locale.ROOT))) return Optional.empty();   // "Man …" names no one
        return opensSentence(c, before, who) || rightAfter(c, verb, who) ? a : Optional.empty();
    }

    /**
     * "Die Experten kamen zu dem Ergebnis, dass es keine Beweise gebe", "Dabei beruft sich die Bank darauf, dass …
     * stehe": a sentence whose main clause narrates in the indicative about a person, an organisation or a group (its
     * subject where German puts it, as in {@link #before}) and whose Konjunktiv stands only in a clause after the main
     * verb's comma gives that clause to the subject, not to a speaker before ({@link KonjunktivChain#MAIN_CLAUSE}). The
     * words are the clause after the comma (without "dass"); empty when the main clause holds a Konjunktiv, a speech
     * verb (its rules decide), a passive or a negation, or when the clause is a relative clause.
     */
    static Optional<Draft> mainClause(Context c, Sentence sent) {
        int verb = mainVerb(c, sent), end = sent.range().end();
        if (verb < 0 || c.doc.insideQuote(c.tok(verb).span()) || passive(c, verb, sent) || c.doc.verbs().negated(verb, sent)) return Optional.empty();
        int comma = verb + 1;
        while (comma < end && !c.tok(comma).text().equals(",")) comma++;
        if (comma + 2 >= end || c.doc.moods().hasKonjunktiv(sent.range().begin(), comma)) return Optional.empty();   // I or II
        for (int i = sent.range().begin(); i < comma; i++)
            if (c.doc.isQuoteMark(c.tok(i)) || c.doc.verbs().speechVerbAt(i) && !c.doc.verbs().opinionAt(i)) return Optional.empty();
        int from = comma + 1;
        if (c.clauses.relativeOpener(from)) return Optional.empty();   // "las die Erklärung, die sehr kurz sei": about a noun, not the subject's
        if (c.lex.is(WordClass.THAT, c.tok(from).text().toLowerCase(Locale.ROOT))) from++;
        CharSpan words = c.clauses.trim(from, end, sent);
        if (words.isEmpty()) return Optional.empty();
        Optional<Attribution> a = c.subjects.near(verb, sent.span(), words, false);
        if (a.isEmpty() || a.get().speakerSpan() == null || a.get().speakerSpan().overlaps(words) || !StatementFinder.floor(c, a.get()) || !someone(c, a.get())) return Optional.empty();
        CharSpan who = a.get().speakerSpan();
        if (c.lex.is(WordClass.IMPERSONAL_SUBJECT, who.in(c.doc.text()).toLowerCase(Locale.ROOT))) return Optional.empty();
        if (!opensSentence(c, sent, who) && !rightAfter(c, verb, who)) return Optional.empty();
        return Optional.of(Draft.reported(words, KonjunktivChain.NAME).with(a.get()).cue(c.tok(verb).span()));
    }

    /**
     * A person, an organisation or a group ("die Stadt", "die Gewerkschaft") can have words that follow; the subject of
     * a sentence about a thing ("Der Vertrag lag bei …", "Die Brücke ist alt") cannot.
     */
    private static boolean someone(Context c, Attribution a) {
        if (a.speaker() != null || a.source() != null) return true;
        CharSpan w = a.speakerSpan();
        return c.doc.people().refs().stream().anyMatch(r -> w.covers(r.span()))
                || c.doc.annotated().tokens(c.doc.annotated().tokensWithin(w)).stream().anyMatch(c.lex::isGroupWord);
    }

    /**
     * The finite verb of the sentence's main clause: its first verb, after a subordinate clause that opens the sentence;
     * -1 for none. "Im Bericht heißt es, die Lage sei ernst": when it is in the indicative, a Konjunktiv stands in a clause
     * the sentence attributes itself.
     */
    static int mainVerb(Context c, Sentence sent) {
        int k = sent.range().begin(), end = sent.range().end();
        if (c.tok(k).is("SCONJ")) {
            while (k < end && !c.tok(k).isVerbal()) k++;   // the subordinate clause ends with its verb: skip to the comma after it
            while (k < end && !c.tok(k).text().equals(",")) k++;
        }
        while (k < end && !c.tok(k).isVerbal()) k++;
        return k < end ? k : -1;
    }

    /** A quotation that ends up to two sentences before: {@link AfterQuotation} gives its speaker. */
    private static boolean quotationInReach(Context c, Sentence sent) {
        for (Quote q : c.doc.quotes())
            if (q.marked().end() <= sent.span().begin() && c.doc.distanceInSentences(q.marked().end(), sent.span().begin()) <= QUOTATION_REACH) return true;
        return false;
    }

    /** "Auf Kreta wurden zwei Menschen verletzt": the subject of a passive suffered what is told, it does not speak. */
    private static boolean passive(Context c, int verb, Sentence s) {
        if (!c.tok(verb).lemma().equals("werden")) return false;
        for (int k = verb + 1; k < s.range().end(); k++) {
            Token t = c.tok(k);
            if (t.is("VERB") && !t.text().equals(t.lemma()) && Character.isLowerCase(t.text().charAt(0))) return true;
        }
        return false;
    }

    /** "Der Minister …", "Auch der Minister …": the subject opens the sentence, only adverbs or a conjunction before it. */
    private static boolean opensSentence(Context c, Sentence s, CharSpan who) {
        int k = s.range().begin();
        while (k < s.range().end() && c.tok(k).span().end() <= who.begin() && (c.tok(k).is("ADV") || c.tok(k).is("CCONJ"))) k++;
        return k < s.range().end() && c.tok(k).span().begin() == who.begin();
    }

    /** "beruft sich die Bank darauf": the reflexive pronoun of a reflexive verb (function-word class reflexive). */
    private static boolean reflexive(Context c, Token t) {
        return t.is("PRON") && c.lex.is(WordClass.REFLEXIVE, t.text().toLowerCase(Locale.ROOT));
    }

    /** "strebt das Unternehmen … an", "nahm jetzt auch der Minister …": only adverbs between the verb and the subject. */
    private static boolean rightAfter(Context c, int verb, CharSpan who) {
        int k = verb + 1;
        while (k < c.doc.size() && c.tok(k).span().end() <= who.begin() && (c.tok(k).is("ADV") || c.tok(k).is("PART") || reflexive(c, c.tok(k)))) k++;
        return k < c.doc.size() && c.tok(k).span().begin() == who.begin();
    }
}
