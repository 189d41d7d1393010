package org.w3id.newskg.extract.statement;

import java.util.Optional;
import org.w3id.newskg.extract.Lexicon.WordClass;
import org.w3id.newskg.model.Sentence;
import org.w3id.newskg.model.Token;

/**
 * {@code stance-act} (German): "Die Trainerin zeigte sich zufrieden", "Nach dem Spiel gab sich Kapitänin X kämpferisch"
 * — a person shows a stance in public. That is a speech act without words of its own: it gives its subject the floor,
 * so a Konjunktiv chain or a quotation after it continues them ({@link KonjunktivChain#AFTER_SPEECH_ACT}); a
 * zu-infinitive after it ("zeigte sich zuversichtlich, den Titel zu verteidigen") is what was said. The verb and the
 * reflexive are {@code stance-verb} and {@code reflexive} of function-words.tsv; the stance is a predicative adjective.
 */
final class StanceAct implements StatementRule {
    static final String NAME = "stance-act";
    /** The reflexive right after the verb, the adjective within this many words after it (a subject may stand between). */
    private static final int ADJECTIVE_REACH = 6;

    @Override public String name() { return NAME; }

    @Override
    public boolean find(Context c, Sentence sent) {
        int end = sent.range().end();
        for (int v = sent.range().begin(); v < end - 2; v++) {
            Token verb = c.tok(v);
            if (!verb.isVerbal() || !c.lex.is(WordClass.STANCE_VERB, verb.lemma()) || c.doc.insideQuote(verb.span())
                    || !c.lex.is(WordClass.REFLEXIVE, c.tok(v + 1).text()) || c.doc.verbs().negated(v, sent)) continue;
            int adj = stance(c, v + 2, end);
            if (adj < 0) continue;
            if (c.sofar.reported().stream().anyMatch(r -> r.words().covers(verb.span()))) return false;   // inside reported words
            int comma = adj + 1;
            if (comma < end - 2 && c.tok(comma).text().equals(",") && c.clauses.hasZuInfinitive(comma + 1, end)) {
                c.report(c.clauses.trim(comma + 1, end, sent), v, sent, NAME);
                return true;
            }
            if (!c.on(KonjunktivChain.AFTER_SPEECH_ACT)) return false;
            final int cue = v;
            Optional<Attribution> a = c.subjects.near(v, sent.span(), sent.span(), false).filter(x -> StatementFinder.floor(c, x));
            a.ifPresent(x -> c.sofar.addAct(Draft.reported(sent.span(), StatementFinder.SPEECH_ACT).with(x).cue(c.tok(cue).span())));
            return false;
        }
        return false;
    }

    /** The predicative adjective of the stance: the first adjective before a comma or the end, or -1. */
    private static int stance(Context c, int from, int end) {
        for (int i = from; i < Math.min(end, from + ADJECTIVE_REACH); i++) {
            Token t = c.tok(i);
            if (t.isPunct() || c.doc.insideQuote(t.span())) return -1;
            // "zufrieden", "kämpferisch"; a participle as adjective: "erleichtert", "enttäuscht"
            boolean adjective = t.is("ADJ") || t.is("VERB") && t.text().endsWith("t") && Character.isLowerCase(t.text().charAt(0));
            if (adjective && (i + 1 >= end || c.tok(i + 1).isPunct() || !c.tok(i + 1).is("NOUN"))) return i;
            if (t.isVerbal()) return -1;
        }
        return -1;
    }
}
