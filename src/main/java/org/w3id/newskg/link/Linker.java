package org.w3id.newskg.link;

import java.util.Map;
import org.w3id.newskg.model.EntityRef;
import org.w3id.newskg.model.Extraction;
import org.w3id.newskg.model.LinkDecision;

/** Decides, for every entity of an extraction, whether and to which Wikidata item it links. */
public interface Linker {
    Map<EntityRef, LinkDecision> link(Extraction extraction);

    /** Links nothing: every entity Unlinked. */
    static Linker none() {
        return ex -> {
            Map<EntityRef, LinkDecision> m = new java.util.HashMap<>();
            ex.entities().forEach(e -> m.put(e.ref(), new LinkDecision.Unlinked("linking switched off")));
            return m;
        };
    }
}
