package org.w3id.newskg.link;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.w3id.newskg.kb.Offices;
import org.w3id.newskg.model.Entity;
import org.w3id.newskg.model.EntityRef;
import org.w3id.newskg.model.EntityType;
import org.w3id.newskg.model.Extraction;
import org.w3id.newskg.model.Role;

/**
 * What an article says about one entity beyond its names: its offices (from the roles' titles), its countries
 * (the entity's country, country affiliations of its roles, country words in its titles) and its
 * organisations (memberships, organisation affiliations, acronyms in its titles: "CDU" in "CDU-Chef").
 *
 * @param offices   title as written → its office classes (titles without a known office are left out)
 * @param countries country name as the article gives it (or as the country word names it) → its QID, if the
 *                  gazetteer knows the country
 * @param orgs      organisation names as the article gives them
 * @param date      the day the article speaks of: its {@code datePublished}, else today; offices are compared as
 *                  they were held then
 * @param named     the QIDs of the countries the whole article names (not only beside this entity)
 */
record ArticleContext(String lang, Map<String, Set<String>> offices, Map<String, Optional<String>> countries, Set<String> orgs,
                      LocalDate date, Set<String> named) {
    ArticleContext {
        offices = Map.copyOf(offices);
        countries = Map.copyOf(countries);
        orgs = Set.copyOf(orgs);
        named = Set.copyOf(named);
    }

    ArticleContext(String lang, Map<String, Set<String>> offices, Map<String, Optional<String>> countries, Set<String> orgs, LocalDate date) {
        this(lang, offices, countries, orgs, date, Set.of());
    }

    static ArticleContext of(Entity e, Extraction ex, LinkLexicon lex, Countries known) {
        return of(e, ex, lex, known, Clock.systemUTC());
    }

    /**
     * The date an article speaks of: the date of its {@code datePublished} (an ISO date or date-time; a year or a
     * month alone mean their first day), else the clock's today.
     */
    static LocalDate date(Extraction ex, Clock clock) {
        return Offices.dateOf(ex.article().meta().datePublished(), LocalDate.now(clock));
    }

    static ArticleContext of(Entity e, Extraction ex, LinkLexicon lex, Countries known, Clock clock) {
        String lang = ex.article().lang();
        Map<String, Set<String>> offices = new LinkedHashMap<>();
        Map<String, Optional<String>> countries = new LinkedHashMap<>();
        Set<String> orgs = new LinkedHashSet<>();
        List<EntityRef> refs = new ArrayList<>();
        e.country().ifPresent(refs::add);
        refs.addAll(e.memberOf());
        for (Role r : e.roles()) {
            Set<String> o = lex.offices(r.title(), lang);
            if (!o.isEmpty()) offices.put(r.title(), o);
            r.affiliation().ifPresent(refs::add);
            for (String c : lex.countries(r.title(), lang)) countries.put(c, known.find(c).map(i -> i.qid()));
            for (String part : r.title().split("[-\\s]+"))
                if (part.length() >= 2 && part.chars().allMatch(Character::isUpperCase) && lex.countries(part, lang).isEmpty()
                        && known.find(part).isEmpty()) orgs.add(part);
        }
        for (EntityRef ref : refs) {
            Optional<Entity> other = ex.entity(ref);
            if (other.isEmpty()) continue;
            Entity o = other.get();
            if (o.type() == EntityType.COUNTRY || o.type() == EntityType.PLACE && known.find(o.label()).isPresent())
                countries.put(o.label(), known.find(o.label()).map(i -> i.qid()));
            else if (o.type() == EntityType.ORGANIZATION) {
                Set<String> c = lex.countries(o.label(), lang);
                if (known.find(o.label()).isPresent()) countries.put(o.label(), known.find(o.label()).map(i -> i.qid()));
                else if (!c.isEmpty() && o.label().split("\\s+").length == 1) c.forEach(x -> countries.put(x, known.find(x).map(i -> i.qid())));
                else orgs.add(o.label());
            }
        }
        Set<String> named = new LinkedHashSet<>();
        for (Entity o : ex.entities())
            if (o.type() == EntityType.COUNTRY) known.find(o.label()).ifPresent(i -> named.add(i.qid()));
        return new ArticleContext(lang, offices, countries, orgs, date(ex, clock), named);
    }
}
