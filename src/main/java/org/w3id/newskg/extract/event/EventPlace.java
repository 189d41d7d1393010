package org.w3id.newskg.extract.event;

import java.util.List;
import org.w3id.newskg.extract.EventCues.Kind;
import org.w3id.newskg.extract.doc.Clause;
import org.w3id.newskg.model.EntityRef;

/**
 * {@code event-place}: "sagte X in Rostock" when the article's held event is in Rostock: X was there and takes
 * part; so does X of "X verteidigte dort den Sparkurs" when the sentence before names the event's place. And a participant who speaks at a named venue the mention stage does not know ("rief X in der Halle
 * Nord") gives a held event without a venue that venue. Clauses with an event mention of their own, negated ones
 * and those about a planned or earlier event are left out; calls have no place. Clause by clause, in text order.
 */
final class EventPlace implements EventRule.OverEvents {
    static final String NAME = "event-place";

    @Override public String name() { return NAME; }

    @Override
    public void revise(Scan s) {
        for (Clause c : s.doc.clauses()) {
            if (s.negated(c) || earlierOrPlanned(s, c)) continue;
            if (s.mentions.stream().anyMatch(m -> c.covers(m.token()) && !m.generic())) continue;
            List<PlaceFinder.Place> here = s.places.locative(c.from(), c.to());
            // "Vorstandschef X verteidigte dort den Sparkurs": the place named in the sentence before
            if (here.isEmpty() && Participation.there(s, c.from(), c.to())) here = Participation.before(s, c);
            for (PlaceFinder.Place p : here) {
                if (!p.named() || !p.venue() || p.entity().isPresent()) continue;
                List<EntityRef> persons = s.persons.ofClause(c, c.from(), false);
                for (EventDraft e : s.events.all())
                    if (e.held() && e.kind() != EventKind.CALL && e.places().stream().noneMatch(PlaceFinder.Place::venue) && persons.stream().anyMatch(e::hasActor))
                        e.addPlace(p);
            }
            for (PlaceFinder.Place p : here) {
                if (!p.named()) continue;
                for (EventDraft e : s.events.all()) {
                    if (!e.held() || e.kind() == EventKind.CALL || e.places().stream().noneMatch(q -> EventClusterer.samePlace(p, q))) continue;
                    for (EntityRef r : s.persons.ofClause(c, c.from(), false))
                        if (!e.hasActor(r)) e.addActor(s.sides.participant(r, c.from(), NAME));
                }
            }
        }
    }

    private static boolean earlierOrPlanned(Scan s, Clause c) {
        for (int k = c.from(); k < c.to(); k++)
            if (s.cues.is(Kind.PLANNED, s.tok(k).text()) || s.cues.phraseAt(Kind.EARLIER, s.toks, k) > 0) return true;
        return false;
    }
}
