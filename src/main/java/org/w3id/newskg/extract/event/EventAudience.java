package org.w3id.newskg.extract.event;

import java.util.Optional;
import org.w3id.newskg.extract.EventCues.Kind;
import org.w3id.newskg.extract.doc.Clause;

/**
 * {@code audience}: speaking to the press or the audience of an event ("sagte sie vor Journalisten", "told
 * reporters", the {@code audience} cues) makes the persons of the clause participants of the press event nearest
 * to it, or of the nearest held event.
 */
final class EventAudience implements EventRule.AtToken {
    static final String NAME = "audience";

    @Override public String name() { return NAME; }

    @Override
    public Optional<Cue> find(Scan s, Clause c, int k) {
        return s.cues.phraseAt(Kind.AUDIENCE, s.toks, k) > 0 ? Optional.of(new Cue.Audience(k, c)) : Optional.empty();
    }
}
