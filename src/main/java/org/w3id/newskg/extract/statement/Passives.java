package org.w3id.newskg.extract.statement;

import java.util.Locale;
import java.util.Optional;
import org.w3id.newskg.extract.Lexicon.SpeechVerb;
import org.w3id.newskg.extract.Lexicon.WordClass;
import org.w3id.newskg.extract.person.People;
import org.w3id.newskg.model.CharSpan;
import org.w3id.newskg.model.Sentence;
import org.w3id.newskg.model.Token;

/**
 * Step {@code passive}: a speech verb in the passive without an agent has no speaker in its sentence — "is said to",
 * "was reported" in English; in German a participle with a form of "werden" in its clause: "Dem Trainer wird
 * vorgeworfen, …", "Die Anwohner wurden gebeten, …", "…, dass er beschuldigt werde". Its subject is the one spoken
 * about or to, never the speaker; with an agent ("von der Polizei", "by the minister") the subject rules decide.
 */
final class Passives {
    private Passives() {}

    /** How far a German passive auxiliary may stand after a verb-final participle: "gebeten worden sei". */
    private static final int AUX_AFTER = 2;

    /** Whether the speech verb at {@code v} is a passive without an agent. */
    static boolean agentless(Context c, int v, Sentence sent) {
        if (!c.doc.german()) return c.clauses.passive(v) && !c.clauses.byAgent(v, sent);
        if (!participle(c, v)) return false;
        int b = clauseStart(c, v, sent);
        boolean aux = false;
        for (int i = b; i < v; i++) {
            Token t = c.tok(i);
            if (c.lex.is(WordClass.PASSIVE_AUX, t.text().toLowerCase(Locale.ROOT))) aux = true;
            if (c.lex.is(WordClass.AGENT, t.text().toLowerCase(Locale.ROOT)) && i + 1 < v && !c.tok(i + 1).isVerbal()) return false;   // "von der Polizei aufgefordert"
        }
        for (int i = v + 1; i < Math.min(sent.range().end(), v + 1 + AUX_AFTER) && !aux; i++)
            if (c.lex.is(WordClass.PASSIVE_AUX, c.tok(i).text().toLowerCase(Locale.ROOT))) aux = true;
        return aux;
    }

    /**
     * "Die Zuschauer wurden von der Polizei aufgefordert, …": the agent of a German passive speech verb, the noun phrase
     * after "von"/"durch" in its clause — a person named in it, else the phrase as an unnamed source.
     */
    static Optional<Attribution> agent(Context c, int v, Sentence sent) {
        if (!c.doc.german() || !participle(c, v)) return Optional.empty();
        int b = clauseStart(c, v, sent);
        boolean aux = false;
        int by = -1;
        for (int i = b; i < v; i++) {
            String w = c.tok(i).text().toLowerCase(Locale.ROOT);
            if (c.lex.is(WordClass.PASSIVE_AUX, w)) aux = true;
            else if (c.lex.is(WordClass.AGENT, w) && by < 0) by = i;
        }
        if (!aux || by < 0) return Optional.empty();
        int end = c.subjects.phrase().coordinatedEnd(by + 1, v);
        if (end <= by + 1) return Optional.empty();
        CharSpan np = new CharSpan(c.tok(by + 1).span().begin(), c.tok(end - 1).span().end());
        Optional<People.Ref> r = c.doc.people().refIn(np);
        if (r.isPresent() && c.doc.isPerson(r.get())) return Optional.of(Attribution.person(r.get().entity(), np));
        return Optional.of(Attribution.unnamed(np, r.map(People.Ref::entity).orElse(null)));
    }

    /**
     * A past participle of the speech verb: "vorgeworfen", "gebeten", "aufgefordert", "berichtet" (a form in -t is also a
     * present tense, which a form of "werden" before it rules out; an infinitive in -en has no "ge").
     */
    private static boolean participle(Context c, int v) {
        Token t = c.tok(v);
        String w = t.text().toLowerCase(Locale.ROOT);
        if (!Character.isLowerCase(t.text().charAt(0))) return false;
        Optional<SpeechVerb> verb = c.doc.verbs().verbAt(v);
        if (verb.isEmpty()) return false;
        if (w.endsWith("t")) return true;
        String particle = verb.get().particle();
        return w.endsWith("en") && (w.startsWith("ge") || particle != null && !particle.equals("-") && w.startsWith(particle.toLowerCase(Locale.ROOT) + "ge"));
    }

    /** The first token of the clause of {@code v}: after the last comma, colon or semicolon before it, else the sentence's first. */
    private static int clauseStart(Context c, int v, Sentence sent) {
        for (int i = v - 1; i > sent.range().begin(); i--) {
            String w = c.tok(i).text();
            if (w.equals(",") || w.equals(";") || w.equals(":") || c.doc.isQuoteMark(c.tok(i))) return i + 1;
        }
        return sent.range().begin();
    }
}
