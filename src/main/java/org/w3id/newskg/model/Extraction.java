package org.w3id.newskg.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Everything extracted from one article, ready for linking and RDF. */
public record Extraction(AnnotatedText text, List<Entity> entities, List<Statement> statements, List<Event> events) {
    public Extraction {
        entities = List.copyOf(entities);
        statements = List.copyOf(statements);
        events = List.copyOf(events);
    }

    public Article article() { return text.article(); }

    public Optional<Entity> entity(EntityRef ref) {
        return entities.stream().filter(e -> e.ref().equals(ref)).findFirst();
    }

    public List<Entity> persons() { return entities.stream().filter(Entity::isPerson).toList(); }

    /** An extraction with its link decisions, by entity. */
    public record Linked(Extraction extraction, Map<EntityRef, LinkDecision> links) {
        public Linked { links = Map.copyOf(links); }
    }
}
