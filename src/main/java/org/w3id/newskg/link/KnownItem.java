package org.w3id.newskg.link;

import java.util.List;
import java.util.Set;
import org.w3id.newskg.kb.NameKeys;

/**
 * A Wikidata item as the linker compares it with an entity of an article, whichever backend it came from.
 *
 * @param type         person, country, city, region or organisation (the gazetteer's types)
 * @param names        every name the item is known by (labels in any language, aliases), label first
 * @param description  what the item is, in words ("head of state of Russia", "German footballer")
 * @param offices      the office classes of the description and positions held ({@link LinkLexicon})
 * @param countries    QIDs of the item's countries (citizenship, the country it heads)
 * @param countryNames plain name keys ({@link NameKeys#plain}) of those countries, in the languages known
 * @param evidence     where the QID comes from: a pinned source URL, a user import, a Wikidata API response
 */
public record KnownItem(String qid, String type, String label, List<String> names, String description, Set<String> offices,
                        Set<String> countries, Set<String> countryNames, String evidence) {
    public KnownItem {
        if (qid == null || !qid.matches("Q[1-9][0-9]*")) throw new IllegalArgumentException("invalid QID " + qid);
        names = List.copyOf(names);
        offices = Set.copyOf(offices);
        countries = Set.copyOf(countries);
        countryNames = Set.copyOf(countryNames);
    }

    public boolean isPerson() { return type.equals("person"); }
}
