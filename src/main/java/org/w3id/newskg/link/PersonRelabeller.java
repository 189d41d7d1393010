package org.w3id.newskg.link;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.w3id.newskg.kb.Gazetteer;
import org.w3id.newskg.model.Entity;
import org.w3id.newskg.model.EntityRef;
import org.w3id.newskg.model.Extraction;
import org.w3id.newskg.model.LinkDecision;

/**
 * Gives a person whom an article names only by surname ("Präsident Novak") the full name of the Wikidata item the
 * linker is sure of, keeping the article's forms as alternate names (ANNOTATION.md: the usual full form when the
 * passage has none). Runs after a {@link Linker}, on its decisions.
 *
 * <p>Takes an extraction and its link decisions; gives them as {@link Extraction.Linked}, with a new label for each
 * person whose label is one word, whose decision is {@link LinkDecision.Linked}, and whose item in the gazetteer has
 * a label ending in that word. The item's label joins the surface forms. Every other entity, and an extraction with
 * no such person, comes out as it went in. Only {@code Linked} counts: an Unsure candidate's name is a guess.
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
            Optional<String> full = fullName(e, links.get(e.ref()));
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

    /** The label of the person's linked item, when the person is named by one word only and the label ends in it. */
    private Optional<String> fullName(Entity e, LinkDecision decision) {
        if (!e.isPerson() || e.label().contains(" ") || !(decision instanceof LinkDecision.Linked l)) return Optional.empty();
        return gazetteer.item(l.qid()).map(Gazetteer.Item::label).filter(label -> label.endsWith(e.label()));
    }
}
