package org.w3id.newskg.model;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A person, organisation, country or place of one article: not anchored in the text itself, it gathers the
 * mentions that refer to it.
 *
 * @param label        the canonical name: for persons the fullest form the article uses (first name + surname)
 * @param surfaceForms every form as written (surname, genitive, with honorific), label included
 * @param roles        offices and roles (persons)
 * @param country      the country a person represents or comes from, when the text says
 * @param memberOf     parties and organisations a person belongs to, when the text says
 */
public record Entity(EntityRef ref, EntityType type, String label, Set<String> surfaceForms, List<Mention> mentions,
                     Gender gender, List<Role> roles, Optional<EntityRef> country, List<EntityRef> memberOf) {
    public Entity {
        if (ref == null || type == null || label == null || label.isBlank())
            throw new IllegalArgumentException("entity " + ref + " needs a type and a label");
        surfaceForms = Set.copyOf(surfaceForms);
        mentions = List.copyOf(mentions);
        roles = List.copyOf(roles);
        memberOf = List.copyOf(memberOf);
        country = country == null ? Optional.empty() : country;
        gender = gender == null ? Gender.UNKNOWN : gender;
    }

    public boolean isPerson() { return type == EntityType.PERSON; }
}
