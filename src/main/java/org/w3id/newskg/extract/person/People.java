package org.w3id.newskg.extract.person;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import org.w3id.newskg.model.CharSpan;
import org.w3id.newskg.model.Entity;
import org.w3id.newskg.model.EntityRef;
import org.w3id.newskg.model.EntityType;

/**
 * The entities of one article and which words refer to which person. Lookups by position serve speaker
 * attribution: the person a span of words names, the last person named before a point.
 */
public final class People {
    private final List<Entity> entities;
    private final NavigableMap<Integer, Ref> byStart;
    private final List<Ref> inOrder;
    private final Map<EntityRef, Entity> byRef;

    /** A span of words that refers to an entity. */
    public record Ref(CharSpan span, EntityRef entity) {}

    public People(List<Entity> entities, List<Ref> refs) {
        this.entities = List.copyOf(entities);
        Map<EntityRef, Entity> byRef = new HashMap<>();
        for (Entity e : this.entities) byRef.putIfAbsent(e.ref(), e);   // the first with that ref, as a search in order finds
        this.byRef = byRef;
        TreeMap<Integer, Ref> m = new TreeMap<>();
        for (Ref r : refs) m.merge(r.span().begin(), r, (a, b) -> a.span().length() >= b.span().length() ? a : b);
        this.byStart = m;
        this.inOrder = List.copyOf(m.values());
    }

    public List<Entity> entities() { return entities; }

    public List<Entity> persons() { return entities.stream().filter(Entity::isPerson).toList(); }

    public Entity get(EntityRef ref) {
        Entity e = byRef.get(ref);
        if (e == null) throw new IllegalArgumentException("no entity " + ref);
        return e;
    }

    public Optional<Entity> find(EntityType type, String label) {
        return entities.stream().filter(e -> e.type() == type && e.label().equalsIgnoreCase(label)).findFirst();
    }

    /** The reference whose words overlap the span, preferring the longest. */
    public Optional<Ref> refIn(CharSpan span) {
        Ref best = null;
        for (Map.Entry<Integer, Ref> e : byStart.subMap(Math.max(0, span.begin() - 200), true, span.end(), false).entrySet()) {
            Ref r = e.getValue();
            if (r.span().overlaps(span) && (best == null || r.span().length() > best.span().length())) best = r;
        }
        return Optional.ofNullable(best);
    }

    /** Every reference in text order. */
    public List<Ref> refs() { return inOrder; }

    /** The references to persons that start in [from, to), in text order. */
    public List<Ref> personRefsBetween(int from, int to) {
        List<Ref> out = new ArrayList<>();
        for (Ref r : byStart.subMap(from, true, to, false).values()) if (get(r.entity()).isPerson()) out.add(r);
        return out;
    }

    /** The references to persons that start before the offset, nearest first. */
    public List<Ref> personRefsBefore(int offset) {
        List<Ref> out = new ArrayList<>();
        for (Ref r : byStart.headMap(offset, false).descendingMap().values())
            if (get(r.entity()).isPerson()) out.add(r);
        return out;
    }
}
