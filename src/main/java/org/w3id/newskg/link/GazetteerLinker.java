package org.w3id.newskg.link;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.w3id.newskg.extract.Gazetteer;
import java.util.Set;
import org.w3id.newskg.model.Entity;
import org.w3id.newskg.model.EntityRef;
import org.w3id.newskg.model.EntityType;
import org.w3id.newskg.model.Extraction;
import org.w3id.newskg.model.LinkDecision;

/**
 * Links by the offline gazetteer: an entity is Linked when its full name (for persons: two words or more, a
 * surname alone never links) names exactly one item of the right type; two items are Unsure; none Unlinked.
 */
public final class GazetteerLinker implements Linker {
    private final Gazetteer gazetteer;

    public GazetteerLinker(Gazetteer gazetteer) { this.gazetteer = gazetteer; }

    @Override
    public Map<EntityRef, LinkDecision> link(Extraction extraction) {
        Map<EntityRef, LinkDecision> out = new HashMap<>();
        for (Entity e : extraction.entities()) out.put(e.ref(), decide(e));
        return out;
    }

    private LinkDecision decide(Entity e) {
        Set<Gazetteer.Item> found = new LinkedHashSet<>();
        Set<String> matched = new LinkedHashSet<>();
        for (String name : names(e)) {
            if (e.type() == EntityType.PERSON && Gazetteer.key(name).split(" ").length < 2) continue;
            for (Gazetteer.Item item : gazetteer.lookup(name))
                if (typeFits(e.type(), item.type())) { found.add(item); matched.add(name); }
        }
        if (found.isEmpty()) return new LinkDecision.Unlinked("no gazetteer item of type " + e.type() + " with this name");
        if (found.size() > 1)
            return new LinkDecision.Unsure(found.stream().map(i -> new LinkDecision.Candidate(i.qid(), i.label(), 1.0 / found.size())).toList());
        Gazetteer.Item item = found.iterator().next();
        return new LinkDecision.Linked(item.qid(), 1.0, "name " + matched + " = gazetteer " + item.label() + " (" + item.type() + "); " + item.evidence());
    }

    private static List<String> names(Entity e) {
        Set<String> names = new LinkedHashSet<>();
        names.add(e.label());
        names.addAll(e.surfaceForms());
        return List.copyOf(names);
    }

    private static boolean typeFits(EntityType t, String gazType) {
        return switch (t) {
            case PERSON -> gazType.equals("person");
            case ORGANIZATION -> gazType.equals("organisation");
            case COUNTRY -> gazType.equals("country");
            case PLACE -> gazType.equals("city") || gazType.equals("region") || gazType.equals("country");
        };
    }
}
