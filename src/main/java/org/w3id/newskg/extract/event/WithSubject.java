package org.w3id.newskg.extract.event;

import java.util.Optional;
import org.w3id.newskg.extract.EventCues.Kind;
import org.w3id.newskg.extract.doc.Clause;
import org.w3id.newskg.extract.event.Mention.Det;
import org.w3id.newskg.extract.event.Mention.Prep;
import org.w3id.newskg.model.Token;

/**
 * {@code with-subject}: an event with a with-phrase, governed by a preposition of being there or after it, is the
 * clause subject's meeting with those named, persons, countries or organisations ("Bei einem Treffen mit Y zeigte
 * sich X zufrieden", "Speaking after talks with Y, X said", "sagte sie nach einem Gipfel mit der Türkei"): the subject took part too, the subject an opening participle borrows from the
 * clause after it included. Not with "zwischen"/"between" (the persons named are all who met), not in a negated
 * clause, not for a planned event.
 */
final class WithSubject implements EventRule.OnMention {
    static final String NAME = "with-subject";

    @Override public String name() { return NAME; }

    @Override
    public Optional<Cue> find(Scan s, Mention m) {
        if (m.planned() || m.det() == Det.DEM || !(m.prep() == Prep.AT || m.prep() == Prep.AFTER)) return Optional.empty();
        Clause c = s.doc.clauseOf(m.token());
        if (s.negated(c) || !byWith(s, m, c)) return Optional.empty();
        return s.persons.besides(c, m.with()).stream().findFirst().map(p -> new Cue.Subject(m.token(), p, m));
    }

    /** "with the club's owners", "mit den Betriebsräten": persons in the plural or a group, not named. */
    private static boolean people(Scan s, Token t) {
        return s.doc.lex().isGroupWord(t.text()) || t.is("NOUN") && !t.lemma().equalsIgnoreCase(t.text()) && t.text().length() > 3
                && s.doc.lex().eventNoun(t.text()).isEmpty();
    }

    /** The phrase after the noun opens with a with-cue, not a between-cue, and names someone: a person, a country, an organisation, persons in the plural. */
    private static boolean byWith(Scan s, Mention m, Clause c) {
        for (int i = m.token() + 1; i < Math.min(c.to(), m.token() + MentionReading.WITH_WINDOW); i++) {
            Token t = s.tok(i);
            if (s.cues.is(Kind.BETWEEN, t.text())) return false;
            if (s.with(t.text(), m.type())) {
                for (int j = i + 1; j < Math.min(c.to(), i + 1 + ParticipationVerb.WITH_PERSON); j++) {
                    Token w = s.tok(j);
                    if (s.doc.refAt(j).isPresent() || people(s, w)) return true;
                    if (w.isVerbal() || w.isPunct()) break;
                }
                return false;
            }
        }
        return false;
    }

}
