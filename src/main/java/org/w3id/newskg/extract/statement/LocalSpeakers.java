package org.w3id.newskg.extract.statement;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.w3id.newskg.extract.doc.Quote;

/**
 * The speaker of every quotation by the sieves around it alone (a speech verb beside it, a colon introduction),
 * computed in a first pass before any other rule, in text order. Later rules read it to know who
 * spoke last before a point ({@link Drafts#lastBefore}), so no rule has to attribute a quotation while it
 * attributes another.
 */
final class LocalSpeakers {
    private final Map<Quote, Draft> speakers = new HashMap<>();

    /**
     * Computed in text order, so that a pronoun after a quotation ("„…“, sagte er") may continue the speaker of an
     * earlier quotation, never of a later one.
     *
     * @param doc    the article
     * @param off    the rules switched off
     * @param sieves the sieves around a quotation, in order
     */
    LocalSpeakers(org.w3id.newskg.extract.doc.ArticleDoc doc, java.util.Set<String> off, List<SpeakerSieve> sieves) {
        Context local = new Context(doc, this, off);
        for (Quote q : doc.quotes()) {
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
