package org.w3id.newskg.extract.event;

import java.util.Optional;
import org.w3id.newskg.extract.event.Mention.Det;
import org.w3id.newskg.extract.event.Mention.Prep;

/**
 * {@code at-event}: a preposition before the event noun places the persons of its clause there ("bei der
 * Konferenz", "zum Auftakt des Gipfels", "during the talks"), also after a held event ("nach dem Treffen sagte
 * X"). Not with a demonstrative ("bei diesem Treffen" is often an event the speaker only refers to), not after a
 * planned one.
 */
final class AtEvent implements EventRule.OnMention {
    static final String NAME = "at-event";

    @Override public String name() { return NAME; }

    @Override
    public Optional<Cue> find(Scan s, Mention m) {
        boolean at = m.prep() == Prep.AT && m.det() != Det.DEM || m.prep() == Prep.AFTER && !m.planned();
        return at ? Optional.of(new Cue.At(m.token(), s.doc.clauseOf(m.token()), m)) : Optional.empty();
    }
}
