package org.w3id.newskg.extract.statement;

import org.w3id.newskg.extract.Lexicon.Frame;
import org.w3id.newskg.extract.Lexicon.SpeechVerb;
import org.w3id.newskg.model.Sentence;

/**
 * {@code passive-infinitive} (English): "is said to …", "were reported to …": a passive speech verb with a
 * to-infinitive passes on what unnamed sources claim; the statement has no speaker. A directive verb ("was asked to
 * …") passes on no claim.
 */
final class PassiveInfinitive implements VerbComplement {
    static final String NAME = "passive-infinitive";

    @Override public String name() { return NAME; }

    @Override
    public boolean find(Context c, Sentence sent, int v, SpeechVerb verb) {
        int end = sent.range().end();
        if (!c.clauses.passive(v) || v + 1 >= end || !c.tok(v + 1).text().equalsIgnoreCase("to")) return false;
        // "was invited to open …", "was asked to lead …": the subject of a directive verb is its addressee, what it is
        // asked to do no one's claim — no statement, and no other complement either (unless "by" names who asked)
        if (verb.takes(Frame.OBJ_INF) && !c.clauses.byAgent(v, sent)) return true;
        Draft d = Draft.reported(c.clauses.trim(v + 1, end, sent), NAME);
        if (d.words().isEmpty()) return false;
        c.sofar.addReported(d.cue(c.tok(v).span()).undecidedSource(null, null).decided());
        return true;
    }
}
