package org.w3id.newskg.link;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.w3id.newskg.kb.Gazetteer;
import org.w3id.newskg.kb.NameKeys;
import org.w3id.newskg.model.Entity;
import org.w3id.newskg.model.EntityRef;
import org.w3id.newskg.model.Extraction;
import org.w3id.newskg.model.LinkDecision;

/**
 * Gives a person whom an article names only by surname ("Präsident Novak") the full name of the Wikidata item the
 * linker is sure of, in the article's language, keeping the article's forms as alternate names (ANNOTATION.md: the
 * usual full form in that language when the passage has none: "Wladimir Orlow" in German text, "Vladimir Orlov" in
 * English). Runs after a {@link Linker}, on its decisions.
 *
 * <p>Takes an extraction and its link decisions; gives them as {@link Extraction.Linked}, with a new label for each
 * person whose label is one word, whose decision is {@link LinkDecision.Linked}, and whose item in the gazetteer has
 * that word among its short forms ({@link Gazetteer.Item#shortForms}, in any spelling the folded key joins:
 * "Petrow" and "Petrov"; or its genitive). The new label is the item's name in the
 * article's language ({@link Gazetteer.Item#label(String)}); it joins the surface forms. Every other entity, and an
 * extraction with no such person, comes out as it went in. Only {@code Linked} counts: an Unsure candidate's name is
 * a guess.
 *
 * {@snippet :
 * PersonRelabeller relabeller = new PersonRelabeller(Gazetteer.shipped());
 * Extraction.Linked linked = relabeller.relabel(extraction, linker.link(extraction));
 * }
 */
public final class PersonRelabeller {
    private final Gazetteer gazetteer;

    /** @param gazetteer where the full names of linked items are looked up, by QID */
    public PersonRelabeller(Gazetteer gazetteer) { this.gazetteer = gazetteer; }

    /** The extraction with its decisions, each surname-only person that is linked named as its item is. */
    public Extraction.Linked relabel(Extraction extraction, Map<EntityRef, LinkDecision> links) {
        List<Entity> entities = new ArrayList<>();
        boolean changed = false;
        for (Entity e : extraction.entities()) {
            Optional<String> full = fullName(e, links.get(e.ref()), extraction.article().lang());
            if (full.isPresent()) {
                Set<String> forms = new LinkedHashSet<>(e.surfaceForms());
                forms.add(full.get());
                e = new Entity(e.ref(), e.type(), full.get(), forms, e.mentions(), e.gender(), e.roles(), e.country(), e.memberOf());
                changed = true;
            }
            entities.add(e);
        }
        Extraction ex = changed ? new Extraction(extraction.text(), entities, extraction.statements(), extraction.events()) : extraction;
        return new Extraction.Linked(ex, links);
    }

    /** The name of the person's linked item in the language, when the person is named by one word that is one of its short forms. */
    private Optional<String> fullName(Entity e, LinkDecision decision, String lang) {
        if (!e.isPerson() || e.label().contains(" ") || !(decision instanceof LinkDecision.Linked l)) return Optional.empty();
        return gazetteer.item(l.qid()).filter(it -> named(it, e.label(), lang)).map(it -> it.label(lang));
    }

    private static boolean named(Gazetteer.Item it, String word, String lang) {
        List<String> forms = new ArrayList<>();
        forms.add(word);
        forms.addAll(NameKeys.genitiveBases(word, lang));
        for (String f : forms) {
            String k = NameKeys.folded(f);
            if (!k.isEmpty() && it.shortForms().stream().anyMatch(s -> NameKeys.folded(s).equals(k))) return true;
        }
        return false;
    }
}
