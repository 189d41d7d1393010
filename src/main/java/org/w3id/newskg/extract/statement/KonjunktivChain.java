package org.w3id.newskg.extract.statement;

import java.util.Optional;
import org.w3id.newskg.extract.Lexicon.WordClass;
import org.w3id.newskg.extract.person.People;
import org.w3id.newskg.model.CharSpan;
import org.w3id.newskg.model.Sentence;
import org.w3id.newskg.model.Token;
import org.w3id.newskg.model.TokenRange;

/**
 * {@code konjunktiv-chain} (German): a sentence in Konjunktiv I (or II right after reported speech) carries the words
 * of the speaker reported just before it ("Die Verhandlungen seien schwierig gewesen. Man werde weiter reden.") —
 * steps {@link #CONTINUES}; a trailing ", so X" / ", sagte X" names its own speaker; after a sentence whose speech
 * verb has a person as subject but no clause ("X unterstrich die Beschlüsse."), that person
 * ({@link #AFTER_SPEECH_ACT}). Conditions and questions in Konjunktiv II and emotions are the narrator's.
 */
final class KonjunktivChain implements StatementRule {
    static final String NAME = "konjunktiv-chain";
    /** The step that gives a statement the source of the statement before it. */
    static final String CONTINUES = "continues";
    /** The step that gives a Konjunktiv sentence the subject of a speech act in the sentence before. */
    static final String AFTER_SPEECH_ACT = "after-speech-act";
    /**
     * The step that gives a Konjunktiv sentence the person who is the subject of the sentence right before it, when
     * that sentence reports no speech and the person is not the running speaker ("Arslan selbst gab sich bescheiden.
     * Er sei nur am richtigen Ort gewesen."); with no statement in reach, the person or organisation that sentence
     * narrates as its subject ({@link NarrationSubject}: "Langfristig strebt die Reederei einen Börsengang an. Eine
     * Option sei ein Verkauf.").
     */
    static final String AFTER_SUBJECT = "after-subject";
    /**
     * The step that takes a sentence in Konjunktiv I with no statement in reach as reported speech of a source the
     * passage leaves unnamed (speaker null): the mood alone marks the words as someone else's ("Der Hubschrauber sei
     * wegen eines Motorschadens abgestürzt." after narration; ANNOTATION.md: a sentence in Konjunktiv I that carries
     * attributed content, also in chains without any quotation mark).
     */
    static final String ALONE = "alone";
    /**
     * The step that gives a Konjunktiv sentence in reach of a chain the subject of its own speech verb in the indicative,
     * when the verb's rules took nothing ("Die Hilfsorganisation teilte mit, dass auch die Bewohner geflohen seien" with
     * the verb misread by the tagger): the sentence names its speaker, the chain does not continue through it.
     */
    static final String OWN_VERB = "own-verb";
    /**
     * The step that gives a Konjunktiv clause after the comma of an indicative main clause to that clause's subject
     * ("Die Experten kamen zu dem Ergebnis, dass es keine Beweise gebe"; {@link NarrationSubject#mainClause}), before the
     * chain or the mood alone would give the sentence to someone else.
     */
    static final String MAIN_CLAUSE = "main-clause";
    /** Konjunktiv I continues a speaker up to two sentences on, Konjunktiv II only into the next one. */
    private static final int K1_REACH = 2, K2_REACH = 1;

    @Override public String name() { return NAME; }

    @Override
    public boolean find(Context c, Sentence sent) {
        afterSemicolon(c, sent);
        CharSpan whole = c.clauses.trim(sent.range().begin(), sent.range().end(), sent);
        if (whole.isEmpty() || c.sofar.covered(whole)) return false;
        // the Konjunktiv must stand in the words taken, not in a clause trimmed off ("X, der Y, teilte mit, dass … seien")
        TokenRange in = c.doc.annotated().tokensWithin(whole);
        // Konjunktiv II forms that stand in for Konjunktiv I ("hätten", "wären") count like it for the reach of a chain
        boolean k1 = c.doc.moods().hasKonjunktiv(in.begin(), in.end());
        boolean k2 = c.doc.moods().hasKonjunktiv2(in.begin(), in.end());
        if (!k1 && !k2) return false;
        Draft prev = c.sofar.lastBefore(sent.span().begin());
        int distance = prev == null ? 99 : c.doc.distanceInSentences(prev.words().end(), sent.span().begin());
        boolean chain = prev != null && (k1 ? distance <= K1_REACH : distance <= K2_REACH);
        if (!chain && !k1) return false;
        if (!c.doc.moods().hasKonjunktiv1(in.begin(), in.end()) && conditional(c, sent)) return false;   // "Falls der Streik käme, wäre …"
        if (emotion(c, sent) || negatedSpeech(c, sent) || withheld(c, sent) || deniedClaim(c, sent)) return false;
        if (!c.doc.moods().hasKonjunktiv1(in.begin(), in.end()) && speculation(c, sent)) return false;   // "Das dürfte … gefallen"
        Draft d = Draft.reported(whole, NAME);
        Optional<Draft> own = trailingAttribution(c, sent, d);   // a trailing ", so X" / ", sagte X" names the speaker
        if (own.isPresent()) {
            c.sofar.addReported(own.get());
            return true;
        }
        Optional<Draft> main = c.on(MAIN_CLAUSE) && !question(c, sent) && !firstPerson(c, sent) ? NarrationSubject.mainClause(c, sent).filter(m -> !c.sofar.covered(m.words())) : Optional.empty();
        if (main.isPresent()) {
            c.sofar.addReported(main.get().by(MAIN_CLAUSE));
            return true;
        }
        if (!chain) {
            if (!c.doc.moods().hasKonjunktiv1(in.begin(), in.end()) || !c.on(ALONE) || question(c, sent) || formula(c, sent) || firstPerson(c, sent) || speechVerb(c, sent)) return false;
            // the subject of the narration before, when the Konjunktiv is the sentence's own finite verb ("Er trat dem mit den
            // Worten entgegen, das Gericht sei befangen" names its source itself)
            int finite = NarrationSubject.mainVerb(c, sent);
            Optional<Attribution> narrated = c.on(AFTER_SUBJECT) && finite >= 0 && c.doc.moods().hasKonjunktiv(finite, finite + 1)
                    ? NarrationSubject.before(c, sent, prev, whole) : Optional.empty();
            c.sofar.addReported(narrated.isPresent() ? d.with(narrated.get()).by(AFTER_SUBJECT) : d.by(ALONE).decided());
            return true;
        }
        // "Die Hilfsorganisation teilte mit, dass … seien" where the verb's rules found nothing: the verb's own subject speaks
        int verb = indicativeSpeechVerb(c, sent);
        if (verb >= 0 && !c.doc.insideQuote(c.tok(verb).span()) && c.on(OWN_VERB)) {
            Optional<Attribution> a = c.subjects.near(verb, sent.span(), whole, false).filter(x -> StatementFinder.floor(c, x));
            if (a.isPresent()) {
                c.sofar.addReported(d.with(a.get()).cue(c.tok(verb).span()).by(OWN_VERB));
                return true;
            }
        }
        Optional<People.Ref> subject = k1 && c.on(AFTER_SUBJECT) ? newSubject(c, sent, prev) : Optional.empty();
        if (subject.isPresent()) {
            c.sofar.addReported(d.with(c.subjects.person(subject.get(), d.words())).by(AFTER_SUBJECT));
            return true;
        }
        boolean afterAct = prev.origin().equals(StatementFinder.SPEECH_ACT);   // "X unterstrich die Beschlüsse. Man werde …"
        if (afterAct && !k1 || !c.on(afterAct ? AFTER_SPEECH_ACT : CONTINUES)) return false;
        c.sofar.addReported(d.copiedFrom(prev, afterAct ? AFTER_SPEECH_ACT : CONTINUES).cue(null));
        return true;
    }

    /**
     * "Trainer X lobte seine Spieler; sie hätten bis zum Schluss gekämpft": after a semicolon, a Konjunktiv clause
     * continues the speech act or statement of the same sentence before it.
     */
    private void afterSemicolon(Context c, Sentence sent) {
        int semi = -1;
        for (int i = sent.range().begin() + 1; i < sent.range().end() - 2; i++)
            if (c.tok(i).text().equals(";") && !c.doc.insideQuote(c.tok(i).span())) { semi = i; break; }
        if (semi < 0) return;
        CharSpan words = c.clauses.trim(semi + 1, sent.range().end(), sent);
        TokenRange in = c.doc.annotated().tokensWithin(words);
        if (words.isEmpty() || c.sofar.covered(words) || !c.doc.moods().hasKonjunktiv(in.begin(), in.end()) && !c.doc.moods().hasKonjunktiv2(in.begin(), in.end())) return;
        Draft prev = c.sofar.lastBefore(sent.span().end());   // a speech act spans its whole sentence
        if (prev == null || prev.cue() == null || !sent.span().covers(prev.cue()) || prev.cue().end() > c.tok(semi).span().begin()) return;
        boolean afterAct = prev.origin().equals(StatementFinder.SPEECH_ACT);
        if (!c.on(afterAct ? AFTER_SPEECH_ACT : CONTINUES)) return;
        c.sofar.addReported(Draft.reported(words, NAME).copiedFrom(prev, afterAct ? AFTER_SPEECH_ACT : CONTINUES).cue(null));
    }

    private static Optional<Draft> trailingAttribution(Context c, Sentence sent, Draft d) {
        for (int v = sent.range().begin(); v < sent.range().end(); v++) {
            Token t = c.tok(v);
            boolean afterComma = v > sent.range().begin() && c.tok(v - 1).text().equals(",");
            if (afterComma && (c.doc.verbs().speechVerbAt(v) || c.lex.is(WordClass.SO, t.text())) && c.clauses.tailIsAttribution(v, sent.range().end())) {
                Optional<Attribution> a = c.subjects.near(v, new CharSpan(t.span().begin(), sent.span().end()), d.words(), true);
                if (a.isPresent()) return Optional.of(d.with(a.get()).cue(t.span()));
            }
        }
        return Optional.empty();
    }

    /**
     * The person who opens the sentence right before {@code sent} as its subject (before any verb), when that sentence
     * holds no statement, no quotation and no speech verb, and the person is not the speaker of {@code prev}: "Trainer
     * Edgar Voss nahm seine Spielerinnen in Schutz. Die Müdigkeit habe man gemerkt." continues Voss, not the player
     * quoted before.
     */
    private static Optional<People.Ref> newSubject(Context c, Sentence sent, Draft prev) {
        if (sent.index() == 0) return Optional.empty();
        Sentence before = c.doc.sentences().get(sent.index() - 1);
        if (prev.words().end() > before.span().begin()) return Optional.empty();
        for (Token t : before.tokens())
            if (c.doc.isQuoteMark(t) || c.doc.verbs().speechVerbAt(t.index())) return Optional.empty();
        for (Token t : before.tokens()) {
            if (t.isVerbal() || t.text().equals(",")) return Optional.empty();
            Optional<People.Ref> p = c.doc.personAt(t.index());
            if (p.isPresent()) return p.get().entity().equals(prev.speaker()) || !c.lex.pronoun(t.text()).isEmpty() ? Optional.empty() : p;
        }
        return Optional.empty();
    }

    /**
     * "Es sei denn, …", "Sei es drum.", "Gott sei Dank": a Konjunktiv I of a fixed phrase (a verb that opens the
     * sentence, or a word of the class {@code formula} right after it) marks no one's words.
     */
    private static boolean formula(Context c, Sentence sent) {
        if (c.doc.moods().hasKonjunktiv1(sent.range().begin(), sent.range().begin() + 1)) return true;
        for (int i = sent.range().begin(); i < sent.range().end() - 1; i++)
            if (c.lex.is(WordClass.FORMULA, c.tok(i + 1).text().toLowerCase(java.util.Locale.ROOT)) && c.doc.moods().hasKonjunktiv1(i, i + 1)) return true;
        return false;
    }

    /** "Gestern habe ich mit ihm gesprochen": with a first-person pronoun "habe" is the indicative, the words someone's own. */
    private static boolean firstPerson(Context c, Sentence sent) {
        for (Token t : sent.tokens()) if (t.is("PRON") && c.lex.is(WordClass.FIRST_PERSON, t.text().toLowerCase(java.util.Locale.ROOT))) return true;
        return false;
    }

    /**
     * "Sie sagte nicht, dass die Gespräche gescheitert seien", "Die Lage sei ernst, sagte niemand": a sentence whose
     * speech verb stands in the indicative was for the verb's rules to take or leave (negated speech, no speaker at
     * all); the mood alone does not take what they left. A speech verb as an infinitive, in Konjunktiv I or after an
     * auxiliary in Konjunktiv I is part of the reported words ("Man werde zu Warnstreiks aufrufen", "Russland habe
     * seine Position bestätigt").
     */
    private static boolean speechVerb(Context c, Sentence sent) { return indicativeSpeechVerb(c, sent) >= 0; }

    /** The first speech verb of the sentence in the indicative (see {@link #speechVerb}), or -1. */
    private static int indicativeSpeechVerb(Context c, Sentence sent) {
        int aux = -1;   // the last auxiliary before the word in its clause
        for (int i = sent.range().begin(); i < sent.range().end(); i++) {
            Token t = c.tok(i);
            if (t.isPunct()) aux = -1;
            if (!c.doc.verbs().speechVerbAt(i)) {
                if (t.is("AUX")) aux = i;
                continue;
            }
            boolean reported = c.doc.moods().hasKonjunktiv1(i, i + 1) || aux >= 0 && c.doc.moods().hasKonjunktiv1(aux, aux + 1)
                    || t.lemma().equalsIgnoreCase(t.text());   // the infinitive
            if (!reported) return i;
        }
        return -1;
    }

    /** A question mark ends the sentence: the author's question, not someone's words. */
    private static boolean question(Context c, Sentence sent) {
        return c.tok(sent.range().end() - 1).text().equals("?");
    }

    /** "Falls …", "Wenn …", "Ob …": a conditional or question in Konjunktiv II is the narrator's. */
    private static boolean conditional(Context c, Sentence sent) {
        for (Token t : sent.tokens()) if (c.lex.is(WordClass.CONDITIONAL, t.text()) && t.is("SCONJ")) return true;
        return false;
    }

    /**
     * "Um welchen Punkt es sich handle, sagte er nicht": a negated trailing attribution says nothing (ANNOTATION.md).
     * A negation inside the reported words ("sie habe nicht damit gerechnet") is what was said.
     */
    private static boolean negatedSpeech(Context c, Sentence sent) {
        for (int v = sent.range().begin() + 1; v < sent.range().end(); v++)
            if (c.tok(v - 1).text().equals(",") && !c.doc.insideQuote(c.tok(v).span()) && c.doc.verbs().speechVerbAt(v)
                    && c.doc.verbs().negated(v, sent) && c.clauses.tailIsAttribution(v, sent.range().end())) return true;
        return false;
    }

    /** The words after the last comma that can say that nothing was said ("…, ließ er offen"). */
    private static final int WITHHELD_WORDS = 6;

    /** "Ob Hahn spielen könne, ließ der Trainer offen": the trailing attribution says the question stayed open. */
    private static boolean withheld(Context c, Sentence sent) {
        int end = sent.range().end(), comma = -1;
        for (int i = sent.range().begin(); i < end; i++) if (c.tok(i).text().equals(",") && !c.doc.insideQuote(c.tok(i).span())) comma = i;
        if (comma < 0 || end - comma > WITHHELD_WORDS + 2) return false;
        for (int i = comma + 1; i < end; i++) if (c.lex.is(WordClass.WITHHELD, c.tok(i).text())) return true;
        return false;
    }

    /** "X widersprach dem Eindruck, die Stadt sei pleite": the Konjunktiv is the denied claim's, which nobody here asserts. */
    private static boolean deniedClaim(Context c, Sentence sent) {
        for (int v = sent.range().begin(); v < sent.range().end(); v++) {
            if (c.doc.insideQuote(c.tok(v).span()) || !c.doc.verbs().speechVerbAt(v)) continue;
            Optional<org.w3id.newskg.extract.Lexicon.SpeechVerb> verb = c.doc.verbs().verbAt(v);
            int comma = v + 1;
            while (comma < sent.range().end() && !c.tok(comma).text().equals(",")) comma++;
            if (verb.isPresent() && c.clauses.deniedClaim(v, comma, verb.get().lemma())) return true;
        }
        return false;
    }

    /** "Der scharfe Ton dürfte auch mit dem Wahlkampf zu tun haben": the author's guess in Konjunktiv II, not reported words. */
    private static boolean speculation(Context c, Sentence sent) {
        for (Token t : sent.tokens()) if (t.isVerbal() && !c.doc.insideQuote(t.span()) && c.lex.is(WordClass.SPECULATION, t.text())) return true;
        return false;
    }

    /** "hatte befürchtet, …", "hofft, …": a verb of emotion or expectation, whose clause is no speech. */
    private static boolean emotion(Context c, Sentence sent) {
        for (Token t : sent.tokens())
            if (!c.doc.insideQuote(t.span()) && t.isVerbal() && (c.lex.isEmotionVerb(t.lemma()) || c.lex.isEmotionVerb(t.text()))) return true;
        return false;
    }

}
