package org.w3id.newskg.link;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.w3id.newskg.model.AnnotatedText;
import org.w3id.newskg.model.Article;
import org.w3id.newskg.model.ArticleId;
import org.w3id.newskg.model.ArticleMeta;
import org.w3id.newskg.model.CharSpan;
import org.w3id.newskg.model.Entity;
import org.w3id.newskg.model.EntityRef;
import org.w3id.newskg.model.EntityType;
import org.w3id.newskg.model.Extraction;
import org.w3id.newskg.model.Gender;
import org.w3id.newskg.model.Role;

/** Entities and extractions built by hand for the linker's tests: no text, no models. */
final class LinkFixtures {
    private LinkFixtures() {}

    static Entity entity(String ref, EntityType type, String label, Set<String> forms, List<String> roles, Optional<EntityRef> country,
                         List<EntityRef> memberOf) {
        List<Role> rs = roles.stream().map(t -> new Role(t, Optional.empty(), new CharSpan(0, 0))).toList();
        return new Entity(new EntityRef(ref), type, label, forms, List.of(), Gender.UNKNOWN, rs, country, memberOf);
    }

    static Entity person(String ref, String label, String... roles) {
        return entity(ref, EntityType.PERSON, label, Set.of(label), List.of(roles), Optional.empty(), List.of());
    }

    static Extraction extraction(String lang, List<Entity> entities) {
        return extraction(lang, entities, Optional.empty());
    }

    static Extraction extraction(String lang, List<Entity> entities, Optional<String> datePublished) {
        Article a = new Article(new ArticleId("test"), lang, "", new ArticleMeta("test", Optional.empty(), Optional.empty(), datePublished));
        return new Extraction(new AnnotatedText(a, List.of()), entities, List.of(), List.of());
    }
}
