package org.w3id.newskg.extract.statement;

import java.util.Optional;
import org.w3id.newskg.extract.doc.Quote;

/**
 * Fills the speaker of a quotation still open: the first sieve that answers wins. The answer is the draft with its
 * speaker and the sieve's name added ("quote+verb-after-quote").
 */
interface SpeakerSieve {
    String name();

    Optional<Draft> attribute(Context c, Quote q, Draft open);
}
