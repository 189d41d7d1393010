package org.w3id.newskg.extract.mention;

import java.util.List;

/** Everything the mention finder found, each list in text order. */
public record Mentions(List<PersonName> names, List<TitleMention> titles, List<PronounMention> pronouns, List<NamedThing> things) {
    public Mentions {
        names = List.copyOf(names);
        titles = List.copyOf(titles);
        pronouns = List.copyOf(pronouns);
        things = List.copyOf(things);
    }
}
