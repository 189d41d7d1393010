package org.w3id.newskg.link;

import java.util.HashMap;
import java.util.Map;
import org.w3id.newskg.model.EntityRef;
import org.w3id.newskg.model.Extraction;
import org.w3id.newskg.model.LinkDecision;

/**
 * Decides, for every entity of an extraction, whether and to which Wikidata item it links: takes an
 * {@link Extraction}, gives a {@link LinkDecision} for each of its entities. Implementations keep no per-article
 * state and may be called from several threads; {@link Linkers} makes the one a run asks for, and a
 * {@link PersonRelabeller} may then name surname-only persons after their linked items.
 */
public interface Linker {
    Map<EntityRef, LinkDecision> link(Extraction extraction);

    /** Links nothing: every entity Unlinked. */
    static Linker none() {
        return ex -> {
            Map<EntityRef, LinkDecision> m = new HashMap<>();
            ex.entities().forEach(e -> m.put(e.ref(), new LinkDecision.Unlinked("linking switched off")));
            return m;
        };
    }
}
