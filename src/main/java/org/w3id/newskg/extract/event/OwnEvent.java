package org.w3id.newskg.extract.event;

import java.util.Optional;
import org.w3id.newskg.extract.event.Mention.Det;

/**
 * {@code own-event}: an event noun with a possessive is the event of the persons named before it in the clause
 * ("X sagte, ihr Treffen mit Y sei gut verlaufen": X took part).
 */
final class OwnEvent implements EventRule.OnMention {
    static final String NAME = "own-event";

    @Override public String name() { return NAME; }

    @Override
    public Optional<Cue> find(Scan s, Mention m) {
        return m.det() == Det.POSS ? Optional.of(new Cue.Own(m.token(), s.doc.clauseOf(m.token()), m)) : Optional.empty();
    }
}
