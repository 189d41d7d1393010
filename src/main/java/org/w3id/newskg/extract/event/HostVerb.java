package org.w3id.newskg.extract.event;

import java.util.Optional;
import org.w3id.newskg.extract.EventCues;
import org.w3id.newskg.extract.doc.Clause;

/**
 * {@code host-verb}: a participation verb that needs an event noun, before the noun in its clause, makes the
 * persons of the clause its hosts ("X hält Gespräche mit Y ab", "X held crisis talks", "leitete die Sitzung"), also
 * a verb whose object the noun is ("gab eine Pressekonferenz", "had a phone call with Y").
 */
final class HostVerb implements EventRule.OnMention {
    static final String NAME = "host-verb";

    @Override public String name() { return NAME; }

    @Override
    public Optional<Cue> find(Scan s, Mention m) {
        Clause c = s.doc.clauseOf(m.token());
        for (int i = c.from(); i < m.token(); i++) {
            if (!s.tok(i).isVerbal()) continue;
            int verb = i;
            if (s.cues.verbs(s.tok(i)).stream().anyMatch(v -> v.needs() == EventCues.Needs.EVENT
                    || v.needs() == EventCues.Needs.EVENT_OBJECT && ParticipationVerb.eventObject(s, c, verb).filter(o -> o == m).isPresent()))
                return Optional.of(new Cue.Host(m.token(), c, m));
        }
        return Optional.empty();
    }
}
