package org.w3id.newskg.extract.event;

import java.util.Optional;
import org.w3id.newskg.extract.EventCues.Kind;
import org.w3id.newskg.extract.doc.Clause;

/**
 * {@code event-phase}: a phase of an event standing for it ("sagte sie zum Abschluss", "zu Beginn", "at the
 * close": a {@code phase} noun after an {@code at} preposition, with no event noun after it; not a part of the event that
 * says nothing alone, value {@code part}: "am zweiten Tag") makes the persons of
 * the clause participants of the nearest held event.
 */
final class EventPhase implements EventRule.AtToken {
    static final String NAME = "event-phase";
    /** The preposition stands at most this many tokens before the noun ("zum feierlichen Abschluss"). */
    static final int PREPOSITION_WINDOW = 2;

    @Override public String name() { return NAME; }

    @Override
    public Optional<Cue> find(Scan s, Clause c, int k) {
        boolean phase = s.tok(k).is("NOUN") && s.cues.cue(Kind.PHASE, s.tok(k).text()).filter(x -> !x.value().equals("part")).isPresent();
        return phase && standsAlone(s, c, k) ? Optional.of(new Cue.Phase(k, c)) : Optional.empty();
    }

    private static boolean standsAlone(Scan s, Clause c, int k) {
        boolean prep = false;
        for (int i = k - 1; i >= Math.max(c.from(), k - PREPOSITION_WINDOW); i--) if (s.cues.is(Kind.AT, s.tok(i).text())) prep = true;
        if (!prep) return false;
        return k + 1 >= c.to() || !(s.tok(k + 1).is("DET") || s.tok(k + 1).is("ADP") || s.tok(k + 1).upos().contains("DET"));
    }
}
