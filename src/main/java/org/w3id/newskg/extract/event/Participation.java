package org.w3id.newskg.extract.event;

import java.util.List;
import java.util.Optional;
import org.w3id.newskg.extract.EventCues.Kind;
import org.w3id.newskg.extract.doc.Clause;
import org.w3id.newskg.model.EntityRef;

/**
 * Makes the persons of a cue participants of an event, in the order the rules proposed the cues: the persons a cue
 * names ({@link Cue}), the event of its mention or else the nearest held one ({@link EventClusterer#nearestHeld}),
 * and, for a verb or a clause cue that finds none, a new event of a mention of its own. A person's first cue is the
 * rule the participation records. A clause cue or a verb without a mention also gives its event the clause's places
 * ("sagte X vor Journalisten in Rostock", "X welcoming Y at the White House"; for "dort", "there" those of the
 * sentence before), a named one only where the event has none.
 */
final class Participation {
    private final Scan s;

    Participation(Scan s) { this.s = s; }

    void attach(Cue cue) {
        List<EntityRef> persons = switch (cue) {
            case Cue.Verb v -> othersWith(v, s.persons.ofClause(v.clause(), v.token(), true));
            case Cue.With w -> w.about().with();
            case Cue.Own o -> s.persons.before(o.clause(), o.token());
            case Cue.InClause c -> s.persons.ofClause(c.clause(), c.token(), false);
            case Cue.Told t -> List.of(t.subject(), t.object());
            case Cue.Pair p -> p.persons();
            case Cue.OnePerson p -> List.of(p.person());
        };
        if (persons.isEmpty()) return;
        Optional<EventDraft> found = cue.mention().flatMap(s.events::of).or(() -> s.events.nearestHeld(cue.token(), cue.prefer()));
        if (cue.mention().isEmpty() && cue.onlyPreferred()) found = found.filter(e -> e.kind() == cue.prefer());
        if (found.isEmpty() && (cue instanceof Cue.Verb || cue instanceof Cue.InClause)) found = Optional.of(start(cue.token()));
        if (found.isEmpty()) return;
        EventDraft e = found.get();
        if (cue instanceof Cue.With) e.addBetween(persons);
        for (EntityRef p : persons) if (!e.hasActor(p)) e.addActor(s.sides.participant(p, cue.token(), cue.rule()));
        if (cue instanceof Cue.InClause c && c.mention().isEmpty()) placesOf(c.clause(), c.token(), e);
        if (cue instanceof Cue.Verb v && v.about().isEmpty()) placesOf(v.clause(), v.token(), e);
    }

    /**
     * The persons of a verb's clause without those of another event's with- or between-phrase there: in "X reiste
     * nach Graz, vor dem Gipfel zwischen Y und Z", Y and Z are not on X's trip.
     */
    private List<EntityRef> othersWith(Cue.Verb v, List<EntityRef> persons) {
        List<EntityRef> other = new java.util.ArrayList<>();
        for (Mention m : s.mentions)
            if (!m.implicit() && v.clause().covers(m.token()) && v.about().map(a -> a != m).orElse(true)) other.addAll(m.with());
        return other.isEmpty() ? persons : persons.stream().filter(p -> !other.contains(p)).toList();
    }

    /** A held meeting that a cue reports without any event to join: a mention of its own at the cue. */
    private EventDraft start(int token) {
        Mention m = Mention.of(token, "meeting", true, false);
        s.mentions.add(m);
        s.events.start(m);
        return s.events.of(m).orElseThrow();
    }

    /** The places of the clause up to a subordinate clause or a speech verb after the cue. */
    private void placesOf(Clause clause, int token, EventDraft e) {
        boolean named = e.hasNamedPlace();
        int end = clause.from();
        while (end < clause.to() && !(end > token && (s.tok(end).is("SCONJ") || s.lex.speechVerb(s.tok(end).text()).isPresent()))) end++;
        List<PlaceFinder.Place> here = s.places.locative(clause.from(), end);
        if (here.isEmpty() && there(s, clause.from(), end)) here = before(s, clause);
        for (PlaceFinder.Place p : here)
            if (!named || !p.named()) e.addPlace(p);
    }

    /** "Dort hatte ihn X begrüßt", "there": a word for the place named before stands among the tokens. */
    static boolean there(Scan s, int from, int to) {
        for (int k = from; k < to; k++) if (s.cues.is(Kind.THERE, s.tok(k).text())) return true;
        return false;
    }

    /** The places named in the sentence before the clause's. */
    static List<PlaceFinder.Place> before(Scan s, Clause clause) {
        int sentence = clause.sentence();
        if (sentence == 0) return List.of();
        var prev = s.doc.sentences().get(sentence - 1);
        return s.places.locative(prev.range().begin(), prev.range().end());
    }
}
