package org.w3id.newskg.extract.statement;

import org.w3id.newskg.model.CharSpan;
import org.w3id.newskg.model.EntityRef;

/**
 * Who said a statement, as a sieve found it: a person with the words that stand for them, or an unnamed source
 * (a group, an organisation, a country) with the words that name it.
 *
 * @param speaker     the person, or null for an unnamed source
 * @param speakerSpan the words that name or stand for the speaker as written
 * @param source      the organisation or country, when the source is one; null otherwise
 * @param anonymous   the source is no person
 */
record Attribution(EntityRef speaker, CharSpan speakerSpan, EntityRef source, boolean anonymous) {
    static Attribution person(EntityRef who, CharSpan words) { return new Attribution(who, words, null, false); }

    static Attribution unnamed(CharSpan words, EntityRef organisation) { return new Attribution(null, words, organisation, true); }
}
