package org.w3id.newskg.extract.event;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.w3id.newskg.extract.EventCues;
import org.w3id.newskg.extract.EventCues.Kind;
import org.w3id.newskg.extract.doc.Clause;
import org.w3id.newskg.model.Token;

/**
 * {@code participation-verb}: a verb of the {@code verb} cues ("traf", "nahm … teil", "empfing", "attended",
 * "hosted") makes the persons of its clause participants — those after the last speech verb before it, so "X
 * sagte, Y habe Z getroffen" makes Y and Z participants, not X. The verb's clause must hold what the verb needs
 * ({@link EventCues.Needs}: "sprach mit X", "saß am Tisch", an event noun near "leitete") and a person, and must
 * not be negated; the first such verb of a clause counts. Its event is the event noun of the clause; with none,
 * a verb that reports an event of its own ("trafen sich", "telefonierten", "spoke by telephone") is a mention of
 * a new one ({@link Mention#implicit()}), a call when a call modifier stands in the clause. A form with several
 * rows is the first whose needs its clause meets ("gewann … 3:1" a match, "gewann die Wahl" an event noun's).
 */
final class ParticipationVerb implements EventRule.Mentions {
    static final String NAME = "participation-verb";
    /** For a verb that needs "mit X", the person stands at most this many tokens after "mit". */
    static final int WITH_PERSON = 4;
    /** A score: "3:1", "2-0", "1 : 0", also inside a word ("2:1-Sieg"); not a time ("10:30 Uhr"), not a range of percent ("2-3 %"). */
    static final Pattern SCORE = Pattern.compile("(^|[^\\d.,:])\\d{1,2} ?[:\\-–] ?\\d(?!\\s?(%|Prozent|percent|per cent))($|[^\\d.:])");

    @Override public String name() { return NAME; }

    @Override
    public void find(Scan s, List<Cue> cues) {
        for (Clause c : s.doc.clauses()) {
            if (s.negated(c)) continue;
            for (int i = c.from(); i < c.to(); i++) {
                if (!s.cues.verbal(s.tok(i))) continue;
                Optional<EventCues.Verb> verb = verb(s, c, i);
                if (verb.isEmpty()) continue;
                Optional<Mention> about = clauseMention(s, c);
                // "X won the election, defeating Y": a clause that opens with its verb is about the event of the clause before
                if (about.isEmpty() && i == c.from() && !c.relative()) about = s.doc.clauseBefore(c).flatMap(b -> clauseMention(s, b));
                if (s.persons.ofClause(c, i, true).isEmpty()) {
                    // "Die Außenminister trafen sich in Den Haag", "Hunderte demonstrierten in Kiel": an event
                    // of its own, even with no person named, where the clause says or with its score ("Der FC
                    // Oberau gewann 3:1 gegen Brunnen")
                    if (about.isEmpty() && !verb.get().type().equals("-")
                            && (verb.get().needs() == EventCues.Needs.SCORE || !s.places.locative(c.from(), c.to()).isEmpty())) implicit(s, c, i, verb.get().type());
                    if (about.isEmpty() && !verb.get().type().equals("-")) break;
                    continue;
                }
                if (about.isEmpty() && !verb.get().type().equals("-")) about = Optional.of(implicit(s, c, i, verb.get().type()));
                cues.add(new Cue.Verb(i, c, about));
                break;
            }
        }
    }

    /**
     * The participation verb the token is, its separable particle later in the clause where it has one ("nahm …
     * teil"); a German particle closes its piece of the clause, so that "stellte sich vor die Kameras" and "war
     * dabei sehr deutlich" are none.
     */
    private static Optional<EventCues.Verb> verb(Scan s, Clause c, int i) {
        for (EventCues.Verb v : s.cues.verbs(s.tok(i))) {
            if (!satisfied(s, c, i, v.needs())) continue;
            if (v.particle().isEmpty()) return Optional.of(v);
            for (int k = i + 1; k < c.to(); k++) if (s.tok(k).text().equalsIgnoreCase(v.particle()) && closes(s, c, k)) return Optional.of(v);
        }
        return Optional.empty();
    }

    /** The particle at k ends its piece (German), or may stand anywhere after its verb (English: "took part in"). */
    private static boolean closes(Scan s, Clause c, int k) {
        if (s.english()) return true;
        return k + 1 >= c.to() || k + 1 >= s.toks.size() || s.tok(k + 1).isPunct() || s.tok(k + 1).is("CCONJ");
    }

    /** Whether the clause of the verb at {@code verb} holds what the verb needs. */
    private static boolean satisfied(Scan s, Clause c, int verb, EventCues.Needs needs) {
        return switch (needs) {
            case EVENT -> eventNear(s, c);
            case WITH -> {
                for (int k = c.from(); k < c.to() - 1; k++)
                    if (s.with(s.tok(k).text(), null))
                        for (int j = k + 1; j < Math.min(c.to(), k + WITH_PERSON + 1); j++) if (s.doc.personAt(j).isPresent()) yield true;
                yield false;
            }
            case SEAT -> {
                for (int k = c.from(); k < c.to(); k++) if (s.tok(k).is("NOUN") && s.cues.is(Kind.SEAT, s.tok(k).text())) yield true;
                yield false;
            }
            case GUESTS -> {
                for (int k = verb + 1; k < c.to(); k++) if (s.doc.personAt(k).isPresent() || s.cues.is(Kind.GUESTS, s.tok(k).text())) yield true;
                // "Dort hatte ihn Hale begrüßt": the guest stands before a verb at the end of a German clause
                if (!s.english() && s.persons.ofClause(c, c.from(), false).size() >= 2) yield true;
                for (int k = c.from(); k < verb; k++) if (s.cues.is(Kind.GUESTS, s.tok(k).text())) yield true;
                yield false;
            }
            case PLACE -> !s.places.locative(c.from(), c.to()).isEmpty();
            case OBJECT -> {
                if (verb + 1 < c.to() && s.tok(verb + 1).is("PRON")) yield false;
                for (int k = c.from(); k < c.to(); k++) if (s.cues.is(Kind.REFLEXIVE, s.tok(k).text())) yield false;
                for (int k = c.from(); k < c.to(); k++) if (k != verb && (s.tok(k).is("NOUN") || s.tok(k).isPropn()) && s.doc.personAt(k).isEmpty()) yield true;
                yield false;
            }
            case EVENT_OBJECT -> eventObject(s, c, verb).isPresent();
            case SCORE -> SCORE.matcher(s.doc.text().substring(s.tok(c.from()).span().begin(), s.tok(c.to() - 1).span().end())).find();
            case NOTHING -> true;
        };
    }

    /** The event noun that is the object of the verb: the first mention after it in the clause, no other verb between ("gab eine Pressekonferenz"). */
    static Optional<Mention> eventObject(Scan s, Clause c, int verb) {
        Mention next = null;
        for (Mention m : s.mentions)
            if (!m.implicit() && !m.notThis() && c.covers(m.token()) && m.token() > verb && (next == null || m.token() < next.token())) next = m;
        if (next == null) return Optional.empty();
        for (int k = verb + 1; k < next.token(); k++) if (s.tok(k).isVerbal()) return Optional.empty();
        return Optional.of(next);
    }

    /** An event mention in the clause, an appearance or side noun there, or an event noun in the sentence before. */
    private static boolean eventNear(Scan s, Clause c) {
        for (Mention m : s.mentions) if (c.covers(m.token()) && !m.notThis()) return true;
        for (int k = c.from(); k < c.to(); k++) {
            Token t = s.tok(k);
            if (s.cues.is(Kind.APPEARANCE, t.text()) || s.lex.eventNoun(t.text()).isPresent() || t.is("NOUN") && s.cues.is(Kind.SIDE, t.text())) return true;
        }
        for (Mention m : s.mentions) if (!m.implicit() && !m.generic() && s.doc.sentenceOf(m.token()).index() == c.sentence() - 1) return true;
        return false;
    }

    /** The event noun a clause's verb is about: not one before which something happened ("vor dem Treffen", "nach dem Treffen"). */
    private static Optional<Mention> clauseMention(Scan s, Clause c) {
        for (Mention m : s.mentions)
            if (c.covers(m.token()) && !m.implicit() && !m.notThis() && m.prep() != Mention.Prep.AFTER && !m.generic() && !s.requested(m.token())) return Optional.of(m);
        return Optional.empty();
    }

    /** A new mention of the event the verb reports on its own, read; a call when a call modifier stands in the clause. */
    private static Mention implicit(Scan s, Clause c, int verb, String type) {
        for (int k = c.from(); k < c.to(); k++)
            if (s.cues.is(Kind.CALL_MOD, s.tok(k).text()) || s.cues.phraseAt(Kind.CALL_MOD, s.toks, k) > 1) type = "call";
        Mention m = Mention.of(verb, type, true, false);
        s.mentions.add(m);
        Mention read = new MentionReading(s).read(m);
        s.mentions.set(s.mentions.size() - 1, read);
        return read;
    }
}
