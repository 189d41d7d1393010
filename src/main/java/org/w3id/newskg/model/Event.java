package org.w3id.newskg.model;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A meeting, summit, call, visit or conference reported in the article.
 *
 * @param type      summit, meeting, talks, call, visit, conference, negotiation (from the lexicon)
 * @param mentions  the words that refer to it ("das Treffen", "die Gespräche")
 * @param places    place entities, in text order
 * @param startDate ISO 8601 date when the text and the publication date fix it
 * @param format    the format as written ("drei gegen drei", "one-on-one")
 */
public record Event(EventRef ref, String label, String type, List<CharSpan> mentions, List<EntityRef> places,
                    Optional<String> startDate, Optional<Duration> duration, Optional<String> format,
                    List<Participant> actors) {
    public Event {
        if (ref == null || label == null || label.isBlank()) throw new IllegalArgumentException("event needs a ref and a label");
        mentions = List.copyOf(mentions);
        places = List.copyOf(places);
        actors = List.copyOf(actors);
    }
}
