package org.w3id.newskg.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.w3id.newskg.extract.doc.ArticleDoc;
import org.w3id.newskg.extract.doc.Doc;
import org.w3id.newskg.extract.event.Mention.Det;
import org.w3id.newskg.extract.event.Mention.Prep;
import org.w3id.newskg.model.CharSpan;

/**
 * Which mention joins which event ({@link EventClusterer}), on hand-built mentions: each test joins two mentions
 * and asserts whether they became one event (positive) or two (negative), in German and in English.
 */
class EventClustererTest {
    private static final ArticleDoc DE = Doc.de(
            "Das/DET Krisentreffen/NOUN in/ADP Rostock/PROPN begann/VERB/beginnen ./PUNCT",
            "Ein/DET Treffen/NOUN folgte/VERB/folgen ./PUNCT",
            "Das/DET Treffen/NOUN dauerte/VERB/dauern lange/ADV ./PUNCT",
            "Vor/ADP dem/DET Treffen/NOUN sprach/VERB/sprechen sie/PRON ,/PUNCT das/DET Treffen/NOUN dauerte/VERB/dauern ./PUNCT").doc();
    private static final ArticleDoc EN = Doc.en(
            "Talks/NOUN in/ADP Oslo/PROPN",
            "The/DET call/NOUN lasted/VERB/last an/DET hour/NOUN ./PUNCT",
            "A/DET meeting/NOUN followed/VERB/follow ./PUNCT").doc();

    private static Mention noun(ArticleDoc doc, String word, int nth, String type, Det det) { return noun(doc, word, nth, type, det, false, Prep.NONE, null); }

    private static Mention noun(ArticleDoc doc, String word, int nth, String type, Det det, boolean planned, Prep prep, Integer ordinal) {
        int token = doc.tokens().stream().filter(t -> t.text().equals(word)).skip(nth).findFirst().orElseThrow().index();
        return Mention.of(token, type, false, false)
                .read(new Mention.Reading(det, planned, false, false, prep, Optional.ofNullable(ordinal), List.of()));
    }

    private static Figures.Facts at(String place) {
        return new Figures.Facts(List.of(new PlaceFinder.Place(new CharSpan(0, 1), place, Set.of(), Optional.empty(), true)), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    private static Figures.Facts on(String day) {
        return new Figures.Facts(List.of(), Optional.of(new When(day, Optional.empty())), Optional.empty(), Optional.empty());
    }

    /** Joins two mentions in order; whether they are one event. */
    private static boolean oneEvent(ArticleDoc doc, Mention a, Figures.Facts fa, Mention b, Figures.Facts fb) {
        EventClusterer events = new EventClusterer(doc);
        events.join(a, fa);
        events.join(b, fb);
        return events.of(a).orElseThrow() == events.of(b).orElseThrow();
    }

    @Test
    void aDefiniteMentionJoinsTheEventBeforeIt() {
        assertEquals(true, oneEvent(DE, noun(DE, "Krisentreffen", 0, "meeting", Det.DEF), at("Rostock"), noun(DE, "Treffen", 1, "meeting", Det.DEF), Figures.Facts.NONE));
        assertEquals(true, oneEvent(EN, noun(EN, "Talks", 0, "talks", Det.BARE), at("Oslo"), noun(EN, "meeting", 0, "meeting", Det.DEF), Figures.Facts.NONE));
    }

    @Test
    void aCallIsNeverTheMeeting() {
        assertEquals(false, oneEvent(EN, noun(EN, "Talks", 0, "talks", Det.BARE), Figures.Facts.NONE, noun(EN, "call", 0, "call", Det.DEF), Figures.Facts.NONE));
    }

    @Test
    void aPlannedMeetingIsNotTheOneHeld() {
        Mention planned = noun(DE, "Treffen", 1, "meeting", Det.DEF, true, Prep.NONE, null);
        assertEquals(false, oneEvent(DE, noun(DE, "Krisentreffen", 0, "meeting", Det.DEF), Figures.Facts.NONE, planned, Figures.Facts.NONE));
    }

    @Test
    void anotherRoundAnotherDayOrAnotherNamedPlaceIsAnotherEvent() {
        Mention second = noun(DE, "Krisentreffen", 0, "meeting", Det.BARE, false, Prep.NONE, 2);
        assertEquals(false, oneEvent(DE, second, Figures.Facts.NONE, noun(DE, "Treffen", 1, "meeting", Det.BARE, false, Prep.NONE, 3), Figures.Facts.NONE));
        assertEquals(false, oneEvent(EN, noun(EN, "Talks", 0, "talks", Det.BARE), on("weekday 1"), noun(EN, "meeting", 0, "meeting", Det.BARE), on("weekday 3")));
        assertEquals(false, oneEvent(DE, noun(DE, "Krisentreffen", 0, "meeting", Det.BARE), at("Rostock"), noun(DE, "Treffen", 1, "meeting", Det.BARE), at("Kiel")));
        assertEquals(true, oneEvent(DE, noun(DE, "Krisentreffen", 0, "meeting", Det.BARE), at("Rostock"), noun(DE, "Treffen", 1, "meeting", Det.BARE), at("Rostocker Rathaus")),
                "a venue named after its town");
    }

    @Test
    void anIndefiniteMentionStartsAnEventUnlessOnlyAHeadlineCameBefore() {
        assertEquals(false, oneEvent(DE, noun(DE, "Krisentreffen", 0, "meeting", Det.DEF), Figures.Facts.NONE, noun(DE, "Treffen", 0, "meeting", Det.INDEF), Figures.Facts.NONE));
        assertEquals(true, oneEvent(EN, noun(EN, "Talks", 0, "talks", Det.BARE), Figures.Facts.NONE, noun(EN, "meeting", 0, "meeting", Det.INDEF), Figures.Facts.NONE),
                "\"Talks in Oslo\" is a headline");
    }

    @Test
    void aDefiniteMentionPrefersTheEventNamedByItsCompound() {
        EventClusterer events = new EventClusterer(DE);
        Mention crisis = noun(DE, "Krisentreffen", 0, "meeting", Det.DEF);
        events.join(crisis, at("Rostock"));
        events.join(noun(DE, "Treffen", 0, "meeting", Det.INDEF), Figures.Facts.NONE);
        Mention the = noun(DE, "Treffen", 1, "meeting", Det.DEF);
        events.join(the, Figures.Facts.NONE);
        assertSame(events.of(crisis).orElseThrow(), events.of(the).orElseThrow());
        assertEquals(2, events.all().size());
    }

    @Test
    void anEventTheClauseIsNotAboutIsNotOneOfItsOwnSentence() {
        EventClusterer events = new EventClusterer(DE);
        Mention before = noun(DE, "Treffen", 2, "meeting", Det.DEF, false, Prep.NOT_THIS, null);
        Mention same = noun(DE, "Treffen", 3, "meeting", Det.DEF);
        events.join(same, Figures.Facts.NONE);
        events.join(before, Figures.Facts.NONE);
        assertNotSame(events.of(same).orElseThrow(), events.of(before).orElseThrow());
    }

    @Test
    void aCueWithoutAMentionJoinsTheNearestHeldEventOfTheKindItPrefers() {
        EventClusterer events = new EventClusterer(EN);
        Mention talks = noun(EN, "Talks", 0, "talks", Det.BARE), call = noun(EN, "call", 0, "call", Det.DEF);
        events.join(talks, Figures.Facts.NONE);
        events.join(call, Figures.Facts.NONE);
        int near = call.token() + 1;
        assertSame(events.of(talks).orElseThrow(), events.nearestHeld(near, EventKind.MEETING).orElseThrow(), "a meeting cue skips a call while a meeting is held");
        assertSame(events.of(call).orElseThrow(), events.nearestHeld(0, EventKind.CALL).orElseThrow(), "a call cue prefers the call, near or far");
        assertEquals(Optional.empty(), new EventClusterer(EN).nearestHeld(0, EventKind.MEETING));
    }
}
