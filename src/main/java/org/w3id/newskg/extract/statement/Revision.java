package org.w3id.newskg.extract.statement;

import java.util.List;

/**
 * A step over all statements of the article once the rules are done: it may give a statement the speaker that the
 * rest of the article names, recording its name in the statement's rule.
 */
interface Revision {
    String name();

    /** The statements, revised; same size and order. */
    List<Draft> revise(Context c, List<Draft> drafts);
}
