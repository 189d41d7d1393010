package org.w3id.newskg.model;

import java.util.Optional;

/**
 * A person who took part in an event.
 *
 * @param side the side or delegation, as the country or organisation it stands for ("Russland")
 * @param head whether the text makes them the head of their delegation
 */
public record Participant(EntityRef person, Optional<EntityRef> side, boolean head) {
    public Participant {
        if (person == null) throw new IllegalArgumentException("participant without a person");
        side = side == null ? Optional.empty() : side;
    }
}
