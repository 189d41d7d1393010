package org.w3id.newskg.model;

import java.util.Optional;

/**
 * An office or role a person holds, as the article gives it: "Außenministerin", "chief executive".
 *
 * @param title       the office as written, without articles ("Außenministerin")
 * @param affiliation the organisation or country it belongs to, when the text says ("Russland", "Verdi")
 * @param evidence    where the text says it
 */
public record Role(String title, Optional<EntityRef> affiliation, CharSpan evidence) {
    public Role {
        if (title == null || title.isBlank()) throw new IllegalArgumentException("empty role title at " + evidence);
        affiliation = affiliation == null ? Optional.empty() : affiliation;
    }
}
