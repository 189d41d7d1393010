package org.w3id.newskg.extract.event;

/**
 * What an event is for joining mentions: a call and a press event are never the same event as a meeting, though
 * all of them can be "talks"; nor are a trial, an election, a match, a strike, a protest, a presentation or an
 * opening (a council that meets after a match is another event). Every other event type of {@code event-nouns.tsv}
 * is a meeting here (summit, talks, visit, conference, negotiation). A role of the lexicon can name the kind of
 * event it is a role at ("Richterin" at a trial, "Trainer" at a match).
 */
enum EventKind {
    MEETING, CALL, PRESS, TRIAL, ELECTION, MATCH, STRIKE, PROTEST, PRESENTATION, OPENING;

    /** The kind of an event type of the lexicon ("summit" is a meeting). */
    static EventKind of(String type) {
        return switch (type) {
            case "call" -> CALL;
            case "press" -> PRESS;
            case "trial" -> TRIAL;
            case "election" -> ELECTION;
            case "match" -> MATCH;
            case "strike" -> STRIKE;
            case "protest" -> PROTEST;
            case "presentation" -> PRESENTATION;
            case "opening" -> OPENING;
            default -> MEETING;
        };
    }
}
