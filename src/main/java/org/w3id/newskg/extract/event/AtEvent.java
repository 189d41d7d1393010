package org.w3id.newskg.extract.event;

import java.util.List;
import java.util.Optional;
import org.w3id.newskg.extract.doc.Clause;
import org.w3id.newskg.extract.event.Mention.Det;
import org.w3id.newskg.extract.event.Mention.Prep;

/**
 * {@code at-event}: a preposition before the event noun places the persons of its clause there ("bei der
 * Konferenz", "zum Auftakt des Gipfels", "am Rande des Kongresses", "during the talks"). Not with a demonstrative
 * ("bei diesem Treffen" is often an event the speaker only refers to). After a held event ("nach dem Treffen
 * sagte X") only when the clause puts its persons at the event's place outside the mention's own phrase ("After
 * the summit, X told reporters in Oslo"): someone who speaks after an event may only be commenting on it, and a
 * participation verb or an audience of the clause is a rule of its own.
 */
final class AtEvent implements EventRule.OnMention {
    static final String NAME = "at-event";

    @Override public String name() { return NAME; }

    @Override
    public Optional<Cue> find(Scan s, Mention m) {
        boolean at = m.prep() == Prep.AT && m.det() != Det.DEM || m.prep() == Prep.AFTER && !m.planned() && atThePlace(s, m);
        return at ? Optional.of(new Cue.At(m.token(), s.doc.clauseOf(m.token()), m)) : Optional.empty();
    }

    /** The clause names a place of the mention's event after the mention's own phrase (which ends at a verb or a comma). */
    private static boolean atThePlace(Scan s, Mention m) {
        Clause c = s.doc.clauseOf(m.token());
        int end = m.token() + 1;
        while (end < c.to() && !s.tok(end).isVerbal() && !s.tok(end).isPunct()) end++;
        List<PlaceFinder.Place> here = s.places.locative(end, c.to());
        Optional<EventDraft> e = s.events.of(m);
        return e.isPresent() && here.stream().anyMatch(p -> e.get().places().stream().anyMatch(q -> EventClusterer.samePlace(p, q)));
    }
}
