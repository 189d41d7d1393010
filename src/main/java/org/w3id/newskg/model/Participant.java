package org.w3id.newskg.model;

import java.util.Optional;

/**
 * A person who took part in an event.
 *
 * @param side the side or delegation, as the country or organisation it stands for ("Russland")
 * @param head whether the text makes them the head of their delegation
 * @param rule the name of the event rule that made them a participant ("participation-verb", "at-event"), which
 *             goes into provenance as {@code nkg:rule}
 */
public record Participant(EntityRef person, Optional<EntityRef> side, boolean head, String rule) {
    public Participant {
        if (person == null) throw new IllegalArgumentException("participant without a person");
        if (rule == null || rule.isBlank()) throw new IllegalArgumentException("participant " + person + " without a rule");
        side = side == null ? Optional.empty() : side;
    }
}
