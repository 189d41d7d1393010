package org.w3id.newskg.extract.event;

import java.util.Optional;
import org.w3id.newskg.extract.EventCues.Kind;
import org.w3id.newskg.extract.doc.Clause;

/**
 * {@code audience}: speaking to the press or the audience of an event ("sagte sie vor Journalisten", "told
 * reporters", the {@code audience} cues) makes the persons of the clause participants of the press event nearest
 * to it, or of the nearest held event. Not the participants of something that is no event ("zu den Teilnehmern
 * der Umfrage").
 */
final class EventAudience implements EventRule.AtToken {
    static final String NAME = "audience";

    @Override public String name() { return NAME; }

    @Override
    public Optional<Cue> find(Scan s, Clause c, int k) {
        int n = s.cues.phraseAt(Kind.AUDIENCE, s.toks, k);
        return n > 0 && !ParticipantNoun.ofOther(s, c, k + n - 1) ? Optional.of(new Cue.Audience(k, c)) : Optional.empty();
    }
}
