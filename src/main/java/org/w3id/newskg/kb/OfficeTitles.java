package org.w3id.newskg.kb;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a title alone says about a person, for coreference: whether two titles name one office, and who held a
 * title's office in a country at a date.
 */
public final class OfficeTitles {
    private final Gazetteer gazetteer;
    private final OfficeClasses classes;
    private final Offices offices;

    public OfficeTitles(Gazetteer gazetteer, OfficeClasses classes, Offices offices) {
        this.gazetteer = gazetteer;
        this.classes = classes;
        this.offices = offices;
    }

    /**
     * Whether two titles name one office: they share an office class other than the generic ones ("Präsident" and
     * "Staatschef": a head of state; "Premier" and "Regierungschef").
     */
    public boolean sameOffice(String a, String b, String lang) {
        Set<String> x = new HashSet<>(specific(classes.ofTitle(a, lang)));
        x.retainAll(specific(classes.ofTitle(b, lang)));
        return !x.isEmpty();
    }

    /**
     * The name keys ({@link NameKeys#key}) of the person who held the title's office (one holder at a time: a head of
     * state or government, a named ministry) in the country at the date, the most likely holder; empty when none is
     * known.
     */
    public Set<String> holderKeys(String title, String country, LocalDate day, String lang) {
        List<Gazetteer.Item> countries = gazetteer.lookup(country, "country");
        if (countries.isEmpty()) return Set.of();
        Set<String> keys = new HashSet<>();
        for (String cls : specific(classes.ofTitle(title, lang))) {
            if (!Offices.SINGLE.contains(cls)) continue;
            List<Holding> hs = offices.holders(cls, countries.getFirst().qid(), day);
            if (hs.isEmpty()) continue;
            gazetteer.item(hs.getFirst().qid()).ifPresent(item -> {
                for (String n : item.names()) keys.add(NameKeys.key(n));
                keys.add(NameKeys.key(item.label()));
                keys.add(NameKeys.key(item.labelDe()));
                for (String n : item.shortForms()) keys.add(NameKeys.key(n));
            });
        }
        return keys;
    }

    private static Set<String> specific(Set<String> classes) {
        return classes.stream().filter(c -> !c.startsWith("any/") && !c.equals(OfficeClasses.POLITICIAN)).collect(Collectors.toSet());
    }
}
