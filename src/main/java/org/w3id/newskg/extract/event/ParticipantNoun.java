package org.w3id.newskg.extract.event;

import java.util.Optional;
import org.w3id.newskg.extract.EventCues;
import org.w3id.newskg.extract.EventCues.Kind;
import org.w3id.newskg.extract.doc.Clause;
import org.w3id.newskg.model.Token;

/**
 * {@code participant-noun}: a clause that counts persons among those who took part — a {@code participants} noun
 * ("Teilnehmer", "Gäste", "Delegation", "Streikende", "attendees", "delegation", "strikers") that a {@code member}
 * word links to the clause's persons: a preposition right before the noun ("Unter den Streikenden war X", "Zu den
 * Gästen gehörten X und Y", "X was among the attendees") or a verb of being or belonging in the clause
 * ("Teilnehmer waren X und Y", "The delegation also included X") or a word after the noun that opens the list
 * of them ("Zahlreiche Gäste, darunter X und Y, …"). The persons join the event a genitive after the
 * noun names ("Zu den Gästen der Eröffnung"), else the nearest held event, one of the kind the noun's value names
 * first ("Streikende": a strike). Only when that genitive is an event or there is none, and the sentence, the one
 * before or the one after mentions a particular event: the participants of a study or a course took part in no
 * event.
 */
final class ParticipantNoun implements EventRule.AtToken {
    static final String NAME = "participant-noun";
    /** A member preposition stands at most this many tokens before the noun ("unter den zahlreichen Gästen"). */
    static final int MEMBER_WINDOW = 4;
    /** An event noun in a genitive after the participants noun stands at most this many tokens after it ("der feierlichen Eröffnung"). */
    static final int GENITIVE_WINDOW = 4;

    @Override public String name() { return NAME; }

    @Override
    public Optional<Cue> find(Scan s, Clause c, int k) {
        Token t = s.tok(k);
        if (!(t.is("NOUN") || t.isPropn() || s.doc.german() && t.isCapitalised() && !t.isVerbal())) return Optional.empty();
        Optional<EventCues.Cue> noun = s.cues.cue(Kind.PARTICIPANTS, t.text());
        if (noun.isEmpty() || s.doc.personAt(k).isPresent() || !linked(s, c, k)) return Optional.empty();
        if (s.persons.ofClause(c, k, true).isEmpty()) return Optional.empty();
        Optional<Optional<Mention>> of = genitive(s, c, k);
        if (of.isEmpty() || of.get().isEmpty() && !eventNear(s, k)) return Optional.empty();
        EventKind prefer = noun.get().value().equals("-") ? EventKind.MEETING : EventKind.of(noun.get().value());
        return Optional.of(new Cue.Member(k, c, of.get(), prefer));
    }

    /** A member preposition before the noun (its determiner and adjectives between), a member verb in the clause, or a list word after the noun ("Gäste, darunter X"). */
    private static boolean linked(Scan s, Clause c, int k) {
        for (int i = k - 1; i >= Math.max(c.from(), k - MEMBER_WINDOW); i--) {
            Token u = s.tok(i);
            if (s.cues.cue(Kind.MEMBER, u.text()).filter(x -> x.value().equals("before")).isPresent()) return true;
            if (!(u.is("DET") || u.is("ADJ") || u.is("NUM") || u.is("ADV") || u.upos().contains("DET"))) break;
        }
        for (int i = c.from(); i < c.to(); i++) {
            Optional<String> member = s.cues.cue(Kind.MEMBER, s.tok(i).text()).map(EventCues.Cue::value);
            if (i != k && s.cues.verbal(s.tok(i)) && member.filter("verb"::equals).isPresent()) return true;
            if (i > k && member.filter("list"::equals).isPresent()) return true;
        }
        return false;
    }

    /**
     * What a genitive after the noun says: the event mention it names ("der Eröffnung", "at the opening"), no
     * genitive (an empty mention), or none at all when it names something else ("der Studie", "of the course").
     */
    static Optional<Optional<Mention>> genitive(Scan s, Clause c, int k) {
        int end = Math.min(c.to(), k + 1 + GENITIVE_WINDOW);
        for (int i = k + 1; i < end; i++) {
            for (Mention m : s.mentions) if (m.token() == i && !m.implicit()) return Optional.of(m.generic() ? Optional.empty() : Optional.of(m));
            Token u = s.tok(i);
            if (u.is("NOUN") && s.doc.personAt(i).isEmpty()) return i == k + 1 ? Optional.of(Optional.empty()) : Optional.empty();
            if (!(u.is("DET") || u.is("ADJ") || u.is("NUM") || u.upos().contains("DET") || u.is("ADP") || u.upos().startsWith("ADP"))) break;
        }
        return Optional.of(Optional.empty());
    }

    /**
     * Whether a phrase that ends in a participants noun at {@code last} names the participants of something that is
     * no event ("unter den Gästen der Radiosendung", "zu den Teilnehmern der Umfrage"): then no presence or audience
     * phrase either.
     */
    static boolean ofOther(Scan s, Clause c, int last) {
        return last < c.to() && s.cues.is(Kind.PARTICIPANTS, s.tok(last).text()) && genitive(s, c, last).isEmpty();
    }

    /** The sentence of the token, the one before or the one after mentions a particular event ("Die Delegation bestand aus X und Y. Sie traf …"). */
    private static boolean eventNear(Scan s, int k) {
        int sent = s.doc.sentenceOf(k).index();
        return s.mentions.stream().anyMatch(m -> !m.generic() && !m.notThis() && !s.requested(m.token())
                && Math.abs(s.doc.sentenceOf(m.token()).index() - sent) <= 1);
    }
}
