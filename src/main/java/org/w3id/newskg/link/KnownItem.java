package org.w3id.newskg.link;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.w3id.newskg.kb.NameKeys;
import org.w3id.newskg.kb.PersonNames;

/**
 * A Wikidata item as the linker compares it with an entity of an article, whichever backend it came from.
 *
 * @param type         person, country, city, region or organisation (the gazetteer's types)
 * @param names        every name the item is known by (labels in any language, aliases), label first
 * @param description  what the item is, in words ("head of state of Russia", "German footballer")
 * @param offices      the office classes of the description and of every office held ({@code kb.OfficeClasses})
 * @param countries    QIDs of the item's countries (citizenship, the countries of its offices, the country it heads)
 * @param countryNames plain name keys ({@link NameKeys#plain}) of those countries, in the languages known
 * @param evidence     where the QID comes from: a pinned source URL, a user import, a Wikidata API response
 * @param shortForms   for persons, the words an article may name them by alone (surnames, a family name written
 *                     first: {@code kb.PersonNames#shortForms})
 */
public record KnownItem(String qid, String type, String label, List<String> names, String description, Set<String> offices,
                        Set<String> countries, Set<String> countryNames, String evidence, List<String> shortForms) {
    public KnownItem {
        if (qid == null || !qid.matches("Q[1-9][0-9]*")) throw new IllegalArgumentException("invalid QID " + qid);
        names = List.copyOf(names);
        offices = unmodifiable(offices);
        countries = unmodifiable(countries);
        countryNames = unmodifiable(countryNames);
        shortForms = List.copyOf(shortForms);
    }

    /** An item whose short forms are those of its names ({@code kb.PersonNames#shortForms}, given name first). */
    public KnownItem(String qid, String type, String label, List<String> names, String description, Set<String> offices,
                     Set<String> countries, Set<String> countryNames, String evidence) {
        this(qid, type, label, names, description, offices, countries, countryNames, evidence, shortForms(type, names));
    }

    public boolean isPerson() { return type.equals("person"); }

    private static List<String> shortForms(String type, List<String> names) {
        if (!"person".equals(type)) return List.of();
        Set<String> out = new LinkedHashSet<>();
        for (String n : names) out.addAll(PersonNames.shortForms(n, false));
        return List.copyOf(out);
    }

    /**
     * The set unmodifiable, in its own order (Set.copyOf's order changes from one JVM to the next, and would change
     * the evidence text); not copied, so items can share one set. Callers hand over fresh sets.
     */
    private static Set<String> unmodifiable(Set<String> s) {
        return s.isEmpty() ? Set.of() : Collections.unmodifiableSet(s);
    }
}
