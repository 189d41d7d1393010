package org.w3id.newskg.extract.event;

import java.util.List;
import java.util.Optional;
import org.w3id.newskg.extract.doc.Clause;

/**
 * A rule of the event finder, with the stable name that goes into {@code nkg:rule} of the participations it makes
 * and that {@code newskg explain --without} takes. {@link EventRules} lists each language's rules in the order they
 * run; a rule never changes what an earlier one found.
 */
sealed interface EventRule {
    String name();

    /** Finds mentions of events ({@link Scan#mentions}, read as they are added) and may propose participants on the way. */
    non-sealed interface Mentions extends EventRule {
        void find(Scan s, List<Cue> cues);
    }

    /** Proposes the participants that one event mention names or implies (mentions of a particular, held-or-planned event only). */
    non-sealed interface OnMention extends EventRule {
        Optional<Cue> find(Scan s, Mention m);
    }

    /** Proposes participants at one token of a clause that is not negated. */
    non-sealed interface AtToken extends EventRule {
        Optional<Cue> find(Scan s, Clause c, int token);
    }

    /** Proposes participants anywhere in the article. */
    non-sealed interface OverArticle extends EventRule {
        void find(Scan s, List<Cue> cues);
    }

    /** Revises the events once every cue has its participants: adds participants or places that depend on the others. */
    non-sealed interface OverEvents extends EventRule {
        void revise(Scan s);
    }
}
