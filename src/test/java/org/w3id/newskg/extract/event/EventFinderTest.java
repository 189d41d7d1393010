package org.w3id.newskg.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.newskg.kb.Gazetteer;
import org.w3id.newskg.extract.Lexicon;
import org.w3id.newskg.extract.doc.Doc;
import org.w3id.newskg.model.Event;

class EventFinderTest {
    private static final Gazetteer NO_GAZETTEER = Gazetteer.of(List.of());

    private static EventFinder.Found find(Doc d) {
        String lang = d.text().lang();
        return new EventFinder(EventRules.of(lang), Lexicon.of(lang), NO_GAZETTEER).findAll(d.doc());
    }

    private static Optional<Duration> duration(String lang, String sentence) { return new Durations(Lexicon.of(lang).eventCues()).in(sentence); }

    private static Optional<String> format(String lang, String sentence) { return new Formats(Lexicon.of(lang)).in(sentence, w -> false); }

    private static Optional<String> format(String lang, String sentence, java.util.function.Predicate<String> eventNoun) {
        return new Formats(Lexicon.of(lang)).in(sentence, eventNoun);
    }

    private static Set<String> actors(Doc d, Event e) {
        return e.actors().stream().map(p -> d.label(p.person())).collect(Collectors.toSet());
    }

    private static List<String> places(EventFinder.Found f, Event e) {
        return e.places().stream().map(r -> f.people().get(r).label()).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            de | Die Beratungen dauerten zwei Stunden und 45 Minuten. | 165
            en | It was a three-hour meeting.                         | 180
            de | Das Telefonat dauerte 90 Minuten.                    | 90
            de | nach einer fast fünfstündigen Sitzung                | 300
            de | Die Gespräche dauerten zweieinhalb Stunden.          | 150
            en | The talks lasted two and a half hours.               | 150
            en | a 45-minute meeting                                  | 45
            en | They talked for two hours and 45 minutes.            | 165
            de | Sie sprachen anderthalb Stunden.                     | 90
            """)
    void durationsInWordsAndDigits(String lang, String sentence, int minutes) {
        assertEquals(Optional.of(Duration.ofMinutes(minutes)), duration(lang, sentence));
    }

    @Test
    void daysAndNoDuration() {
        assertEquals(Optional.of(Duration.ofDays(3)), duration("en", "after a three-day conference"));
        assertEquals(Optional.of(Duration.ofDays(2)), duration("de", "bei ihrer zweitägigen Klausur"));
        assertEquals(Optional.empty(), duration("de", "Sie trafen sich am Montag."));
        assertEquals(Optional.empty(), duration("en", "in the 30 days after the vote"), "more days than an event lasts");
        assertEquals(Optional.empty(), duration("de", "The talks lasted two hours."), "the number words and units of the text's language");
    }

    @Test
    void formats() {
        assertEquals(Optional.of("zwei gegen zwei"), format("de", "Sie sprachen im Format „zwei gegen zwei“ miteinander."));
        assertEquals(Optional.of("drei gegen drei"), format("de", "ein Treffen, das im Format drei gegen drei stattfand"));
        assertEquals(Optional.of("drei gegen drei"), format("de", "Im kleinen Kreis, im Format drei gegen drei, sprachen sie."), "a named format wins");
        assertEquals(Optional.of("one-on-one"), format("en", "The leaders held a one-on-one meeting."));
        assertEquals(Optional.of("in a video call"), format("en", "They spoke in a video call on Monday."));
        assertEquals(Optional.of("videocall"), format("en", "They joined the videocall."));
        assertEquals(Optional.of("unter vier Augen"), format("de", "Sie sprachen eine Stunde unter vier Augen."));
        assertEquals(Optional.of("per Videokonferenz"), format("de", "Sie berieten per Videokonferenz."));
        assertEquals(Optional.empty(), format("de", "Sie sprachen lange."));
        assertEquals(Optional.empty(), format("de", "ein Wendepunkt in den bilateralen Beziehungen", w -> w.equals("Treffen")));
        assertEquals(Optional.of("bilaterales"), format("de", "ein bilaterales Treffen", w -> w.equals("Treffen")));
        assertEquals(Optional.of("bilateral"), format("en", "a bilateral meeting", w -> w.equals("meeting")));
    }

    private static Doc meetingAndComment() {
        return Doc.de(
                "Anna/PROPN Berger/PROPN traf/VERB/treffen am/ADP+DET Montag/NOUN in/ADP Rostock/PROPN den/DET Minister/NOUN Piet/PROPN Muster/PROPN ./PUNCT",
                "Der/DET Senator/NOUN Karl/PROPN Probe/PROPN lobte/VERB/loben das/DET Treffen/NOUN ./PUNCT",
                "Udo/PROPN Test/PROPN ,/PUNCT der/PRON an/ADP dem/DET Treffen/NOUN nicht/PART teilnahm/VERB/teilnehmen ,/PUNCT kritisierte/VERB/kritisieren es/PRON ./PUNCT",
                "Das/DET nächste/ADJ Treffen/NOUN ist/AUX für/ADP Oktober/NOUN in/ADP Stralsund/PROPN geplant/VERB/planen ./PUNCT")
                .published("2025-03-13").person("Anna Berger").person("Piet Muster").person("Karl Probe").person("Udo Test")
                .place("Rostock").place("Stralsund");
    }

    @Test
    void aParticipationVerbMakesItsClauseParticipantsAndCommentersStayOut() {
        Doc d = meetingAndComment();
        EventFinder.Found f = find(d);
        Event held = f.events().getFirst();
        assertEquals(Set.of("Anna Berger", "Piet Muster"), actors(d, held));
        assertEquals(List.of("Rostock"), places(f, held));
        assertEquals("meeting", held.type());
        assertEquals(Optional.of("2025-03-10"), held.startDate(), "the Monday before the publication on Thursday 13 March");
    }

    @Test
    void aPlannedMeetingElsewhereIsAnEventOfItsOwn() {
        Doc d = meetingAndComment();
        EventFinder.Found f = find(d);
        assertEquals(2, f.events().size(), () -> f.events().toString());
        Event planned = f.events().get(1);
        assertEquals(List.of("Stralsund"), places(f, planned));
        assertTrue(planned.label().contains("geplant"), planned.label());
        assertTrue(planned.actors().isEmpty());
    }

    @Test
    void theMentionsOfOneEventAreOneNode() {
        Doc d = Doc.de(
                "Die/DET Gespräche/NOUN zwischen/ADP Anna/PROPN Berger/PROPN und/CCONJ Piet/PROPN Muster/PROPN in/ADP Rostock/PROPN dauerten/VERB/dauern drei/NUM Stunden/NOUN ./PUNCT",
                "Das/DET Treffen/NOUN verlief/VERB/verlaufen ruhig/ADJ ./PUNCT",
                "Nach/ADP dem/DET Gipfel/NOUN in/ADP Rostock/PROPN sprach/VERB/sprechen Berger/PROPN von/ADP Fortschritten/NOUN ./PUNCT")
                .person("Anna Berger").person("Piet Muster").place("Rostock");
        EventFinder.Found f = find(d);
        assertEquals(1, f.events().size(), () -> f.events().toString());
        Event e = f.events().getFirst();
        assertEquals(3, e.mentions().size());
        assertEquals(Optional.of(Duration.ofHours(3)), e.duration());
        assertEquals(Set.of("Anna Berger", "Piet Muster"), actors(d, e));
    }

    @Test
    void aCallAndAMeetingStayApart() {
        Doc d = Doc.en(
                "Jane/PROPN Doe/PROPN and/CCONJ Piet/PROPN Muster/PROPN spoke/VERB/speak by/ADP telephone/NOUN on/ADP Monday/PROPN ./PUNCT",
                "The/DET call/NOUN lasted/VERB/last an/DET hour/NOUN ./PUNCT",
                "A/DET meeting/NOUN with/ADP Doe/PROPN in/ADP Oslo/PROPN is/AUX planned/VERB/plan ./PUNCT")
                .person("Jane Doe").person("Piet Muster").place("Oslo");
        EventFinder.Found f = find(d);
        assertEquals(2, f.events().size(), () -> f.events().toString());
        assertEquals("call", f.events().get(0).type());
        assertEquals(Optional.of(Duration.ofHours(1)), f.events().get(0).duration());
        assertTrue(places(f, f.events().get(0)).isEmpty(), "a call has no place");
        assertEquals(List.of("Oslo"), places(f, f.events().get(1)));
    }

    @Test
    void aSpeakerAtTheEventTakesPartAReporterOfItDoesNot() {
        Doc d = Doc.en(
                "The/DET summit/NOUN in/ADP Oslo/PROPN ended/VERB/end on/ADP Friday/PROPN ./PUNCT",
                "Speaking/VERB/speak to/ADP reporters/NOUN ,/PUNCT Jane/PROPN Doe/PROPN said/VERB/say the/DET deal/NOUN was/AUX fair/ADJ ./PUNCT",
                "According/VERB/accord to/ADP Piet/PROPN Muster/PROPN ,/PUNCT the/DET summit/NOUN failed/VERB/fail ./PUNCT",
                "Photo/NOUN :/PUNCT Karl/PROPN Probe/PROPN")
                .person("Jane Doe").person("Piet Muster").person("Karl Probe").place("Oslo");
        EventFinder.Found f = find(d);
        assertEquals(Set.of("Jane Doe"), actors(d, f.events().getFirst()));
    }

    @Test
    void anEventAskedForHasNotTakenPlace() {
        Doc d = Doc.en("Piet/PROPN Muster/PROPN called/VERB/call for/ADP an/DET urgent/ADJ meeting/NOUN with/ADP Jane/PROPN Doe/PROPN ./PUNCT")
                .person("Piet Muster").person("Jane Doe");
        assertTrue(find(d).events().isEmpty());
    }

    @Test
    void aVenueNamedOnlyByTheEventBecomesAPlace() {
        Doc d = Doc.de("Anna/PROPN Berger/PROPN empfing/VERB/empfangen Piet/PROPN Muster/PROPN auf/ADP Schloss/NOUN Rabenstein/PROPN ./PUNCT")
                .person("Anna Berger").person("Piet Muster");
        EventFinder.Found f = find(d);
        Event e = f.events().getFirst();
        assertEquals(List.of("Schloss Rabenstein"), places(f, e));
        assertFalse(d.people().entities().size() == f.people().entities().size(), "the venue is a new place entity");
    }
}
