package org.w3id.newskg.extract.event;

import java.util.Optional;
import org.w3id.newskg.extract.EventCues.Kind;
import org.w3id.newskg.extract.doc.Clause;
import org.w3id.newskg.extract.person.People;
import org.w3id.newskg.model.EntityRef;

/**
 * {@code told}: "X told Y", "X assured Y" (a {@code told} verb with a person right after it in its clause): the
 * subject and the person told both take part, in a call if there is one. The person told is named (a
 * description such as "the state broadcaster" that coreference gave a person is not) and is not the subject.
 */
final class ToldPerson implements EventRule.AtToken {
    static final String NAME = "told";
    /** The person told stands at most this many tokens after the verb ("told Canada's Prime Minister X"). */
    static final int OBJECT_WINDOW = 3;

    @Override public String name() { return NAME; }

    @Override
    public Optional<Cue> find(Scan s, Clause c, int k) {
        if (!s.tok(k).isVerbal() || !s.cues.is(Kind.TOLD, s.tok(k).text())) return Optional.empty();
        Optional<People.Ref> object = Optional.empty();
        for (int j = k + 1; j < Math.min(c.to(), k + 1 + OBJECT_WINDOW) && object.isEmpty(); j++) object = s.doc.personAt(j);
        Optional<EntityRef> subject = s.persons.subject(k);
        if (object.isEmpty() || subject.isEmpty()) return Optional.empty();
        int first = s.doc.firstToken(object.get());
        if (first >= s.doc.size() || !s.doc.inClause(first) || !s.doc.clauseOf(first).equals(c)) return Optional.empty();
        // "told the state broadcaster": a description resolved to a person is no one told in person
        if (!s.tok(first).isPropn() || object.get().entity().equals(subject.get())) return Optional.empty();
        return Optional.of(new Cue.Told(k, subject.get(), object.get().entity()));
    }
}
