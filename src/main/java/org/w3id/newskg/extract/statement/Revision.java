package org.w3id.newskg.extract.statement;

import java.util.ArrayList;
import java.util.List;

/**
 * A step over all statements of the article once the rules are done: it may give a statement the speaker that the
 * rest of the article names, recording its name in the statement's rule.
 */
interface Revision {
    String name();

    /** The statements, revised; same size and order. */
    List<Draft> revise(Context c, List<Draft> drafts);

    /** A revision that looks at one statement at a time: each statement, revised or as it was. */
    interface EachDraft extends Revision {
        Draft revise(Context c, Draft d);

        @Override
        default List<Draft> revise(Context c, List<Draft> drafts) {
            List<Draft> out = new ArrayList<>(drafts.size());
            for (Draft d : drafts) out.add(revise(c, d));
            return out;
        }
    }
}
