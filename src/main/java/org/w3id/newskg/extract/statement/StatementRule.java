package org.w3id.newskg.extract.statement;

import org.w3id.newskg.model.Sentence;

/**
 * Proposes statements in one sentence: adds them to {@link Context#sofar} and never changes what earlier rules found.
 * Its {@link #name()} is the stable name that goes into {@code nkg:rule} and that {@code newskg explain --without}
 * takes.
 */
interface StatementRule {
    String name();

    /** Whether it found a statement in the sentence. */
    boolean find(Context c, Sentence s);
}
