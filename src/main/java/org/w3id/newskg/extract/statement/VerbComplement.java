package org.w3id.newskg.extract.statement;

import org.w3id.newskg.extract.Lexicon.SpeechVerb;
import org.w3id.newskg.model.Sentence;

/**
 * Reads the complement of one speech verb as a reported statement ("sagte, dass …", "said the deal was dead",
 * "urged the council to …"): adds it to {@link Context#sofar} with the verb's subject as the speaker.
 */
interface VerbComplement {
    String name();

    /** Whether the verb at token {@code v} has this complement in the sentence. */
    boolean find(Context c, Sentence s, int v, SpeechVerb verb);
}
