package org.w3id.newskg.extract.mention;

import org.w3id.newskg.model.Gender;
import org.w3id.newskg.model.Mention;

/**
 * A third-person pronoun that may stand for a speaker.
 *
 * @param order  {@code -}; {@code first} for "the former"/"ersterer" (the earlier of the two persons just named), {@code last}
 *               for "the latter"/"letzterer" (the later): both among the persons named, not among other pronouns
 */
public record PronounMention(Mention mention, Gender gender, boolean plural, String order) {
    public boolean earlierOfTwo() { return order.equals("first"); }

    public boolean ordered() { return !order.equals("-"); }
}
