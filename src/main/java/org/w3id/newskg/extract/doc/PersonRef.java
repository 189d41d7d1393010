package org.w3id.newskg.extract.doc;

import org.w3id.newskg.extract.person.People;
import org.w3id.newskg.model.EntityRef;

/**
 * A reference to a person ({@link People.Ref}) with the first token of its words, as {@link ArticleDoc#personRefs()}
 * lists them.
 */
public record PersonRef(People.Ref ref, int token) {
    public EntityRef entity() { return ref.entity(); }
}
