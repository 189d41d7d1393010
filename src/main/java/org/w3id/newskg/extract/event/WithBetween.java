package org.w3id.newskg.extract.event;

import java.util.Optional;

/**
 * {@code with-between}: the persons of a with- or between-phrase after an event noun take part ("Gespräche
 * zwischen X und Y", "ein Treffen mit X", "talks between himself and Y"), also in a negated clause; with two
 * sides, they head them. The phrase is read with the mention ({@link MentionReading}).
 */
final class WithBetween implements EventRule.OnMention {
    static final String NAME = "with-between";

    @Override public String name() { return NAME; }

    @Override
    public Optional<Cue> find(Scan s, Mention m) {
        return m.with().isEmpty() ? Optional.empty() : Optional.of(new Cue.With(m.token(), m));
    }
}
