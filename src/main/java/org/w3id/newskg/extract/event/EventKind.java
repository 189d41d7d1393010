package org.w3id.newskg.extract.event;

/**
 * What an event is for joining mentions: a call and a press event are never the same event as a meeting, though
 * all of them can be "talks". Every event type of {@code event-nouns.tsv} other than {@code call} and {@code press}
 * is a meeting here (summit, talks, visit, conference, negotiation).
 */
enum EventKind {
    MEETING, CALL, PRESS;

    /** The kind of an event type of the lexicon ("summit" is a meeting). */
    static EventKind of(String type) {
        return switch (type) {
            case "call" -> CALL;
            case "press" -> PRESS;
            default -> MEETING;
        };
    }
}
