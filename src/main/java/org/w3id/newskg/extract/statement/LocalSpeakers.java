package org.w3id.newskg.extract.statement;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.w3id.newskg.extract.doc.Quote;

/**
 * The speaker of every quotation by the sieves around it alone (a speech verb beside it, a colon introduction),
 * computed in a first pass before any other rule, without pronoun continuation. Later rules read it to know who
 * spoke last before a point ({@link Drafts#lastBefore}), so no rule has to attribute a quotation while it
 * attributes another.
 */
final class LocalSpeakers {
    private final Map<Quote, Draft> speakers = new HashMap<>();

    /**
     * @param local a context with nothing found yet and pronoun continuation off
     * @param sieves the sieves around a quotation, in order
     */
    LocalSpeakers(Context local, List<SpeakerSieve> sieves) {
        for (Quote q : local.doc.quotes()) {
            Draft open = Draft.direct(q.content(), QuoteSieves.QUOTE);
            for (SpeakerSieve s : sieves) {
                Optional<Draft> found = s.attribute(local, q, open);
                if (found.isPresent()) { speakers.put(q, found.get()); break; }
            }
        }
    }

    /** The quotation with its speaker by the sieves around it, or null when they name none. */
    Draft of(Quote q) { return speakers.get(q); }
}
