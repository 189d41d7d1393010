package org.w3id.newskg.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.newskg.kb.Gazetteer;
import org.w3id.newskg.extract.Lexicon;
import org.w3id.newskg.extract.doc.Doc;
import org.w3id.newskg.model.Event;
import org.w3id.newskg.model.Participant;

/**
 * Each event rule on hand-built sentences, German and English, positive and negative: a row names the rule it is
 * about, the sentences, and the events found as {@code label: person{rule}, …} ({@code -} for none), events
 * separated by " | ". In a positive row the rule contributes: switched off ({@link EventRules#without}) the events
 * differ and no participation names it; in a negative row ("Not") it contributes nothing. Every rule of both
 * languages has a positive row.
 */
class EventRulesTest {
    private static final Gazetteer NO_GAZETTEER = Gazetteer.of(List.of());

    /** One row: the rule it is about, whether it contributes here, the article, what the events must be. */
    record Row(String rule, boolean positive, Doc doc, String events) {
        @Override public String toString() {
            return (positive ? "" : "not ") + rule + " " + doc.text().lang() + ": " + doc.text().text().strip().replace('\n', ' ') + " → " + events;
        }
    }

    private static final String HELD_DE = "Das/DET Treffen/NOUN in/ADP Rostock/PROPN dauerte/VERB/dauern zwei/NUM Stunden/NOUN ./PUNCT";
    private static final String HELD_EN = "The/DET summit/NOUN in/ADP Oslo/PROPN lasted/VERB/last two/NUM hours/NOUN ./PUNCT";

    /**
     * The rows: rule · {@code +} it contributes or {@code -} it does not · language · the events · the entities
     * ({@code p:} a person, {@code l:} a place, {@code -} none) · the sentences, {@code //} between them, {@code HELD}
     * for "Das Treffen in Rostock dauerte zwei Stunden." or "The summit in Oslo lasted two hours.".
     */
    private static final String ROWS = """
            event-noun         | + | de | Treffen in Rostock | l:Rostock | HELD
            event-noun         | + | en | summit in Oslo | l:Oslo | HELD
            event-noun         | - | de | - | p:Anna Berger | Anna/PROPN Berger/PROPN forderte/VERB/fordern ein/DET rasches/ADJ Treffen/NOUN ./PUNCT
            event-noun         | - | en | - | - | Meetings/NOUN are/AUX/be useful/ADJ ./PUNCT
            participation-verb | + | de | Treffen in Rostock: Anna Berger{participation-verb}, Piet Muster{participation-verb} | p:Anna Berger, p:Piet Muster, l:Rostock | Anna/PROPN Berger/PROPN traf/VERB/treffen Piet/PROPN Muster/PROPN in/ADP Rostock/PROPN ./PUNCT
            participation-verb | + | en | Meeting in Oslo: Jane Doe{participation-verb}, Piet Muster{participation-verb} | p:Jane Doe, p:Piet Muster, l:Oslo | Jane/PROPN Doe/PROPN met/VERB/meet Piet/PROPN Muster/PROPN in/ADP Oslo/PROPN ./PUNCT
            participation-verb | + | en | summit in Oslo: Piet Muster{participation-verb} | p:Jane Doe, p:Piet Muster, l:Oslo | HELD // Jane/PROPN Doe/PROPN said/VERB/say Piet/PROPN Muster/PROPN attended/VERB/attend ./PUNCT
            participation-verb | - | de | - | p:Anna Berger, p:Piet Muster | Anna/PROPN Berger/PROPN traf/VERB/treffen Piet/PROPN Muster/PROPN nicht/PART ./PUNCT
            participation-verb | + | de | Präsentation in Rostock: Anna Berger{participation-verb}, Piet Muster{participation-verb} | p:Anna Berger, p:Piet Muster, l:Rostock | Anna/PROPN Berger/PROPN und/CCONJ Piet/PROPN Muster/PROPN stellten/VERB/stellen in/ADP Rostock/PROPN den/DET Plan/NOUN vor/ADP ./PUNCT
            participation-verb | - | de | - | p:Anna Berger | Anna/PROPN Berger/PROPN stellte/VERB/stellen sich/PRON vor/ADP die/DET Kameras/NOUN ./PUNCT
            participation-verb | + | en | Match in Oslo: Jane Doe{participation-verb}, Piet Muster{participation-verb} | p:Jane Doe, p:Piet Muster, l:Oslo | Jane/PROPN Doe/PROPN beat/VERB/beat Piet/PROPN Muster/PROPN in/ADP Oslo/PROPN ./PUNCT
            participation-verb | + | de | Treffen in Den Haag: Anna Berger{participation-verb} | p:Anna Berger | Die/DET Minister/NOUN trafen/VERB/treffen sich/PRON in/ADP Den/DET Haag/PROPN ./PUNCT // Anna/PROPN Berger/PROPN leitete/VERB/leiten die/DET Delegation/NOUN ./PUNCT
            participation-verb | + | en | call: Jane Doe{participation-verb}, Piet Muster{participation-verb} | p:Jane Doe, p:Piet Muster | Jane/PROPN Doe/PROPN had/VERB/have a/DET call/NOUN with/ADP Piet/PROPN Muster/PROPN ./PUNCT
            participation-verb | - | en | call: Piet Muster{with-between} | p:Jane Doe, p:Piet Muster | Jane/PROPN Doe/PROPN had/AUX/have criticised/VERB/criticise the/DET call/NOUN with/ADP Piet/PROPN Muster/PROPN ./PUNCT
            with-between       | + | de | Gespräche: Anna Berger{with-between}, Piet Muster{with-between} | p:Anna Berger, p:Piet Muster | Die/DET Gespräche/NOUN zwischen/ADP Anna/PROPN Berger/PROPN und/CCONJ Piet/PROPN Muster/PROPN dauerten/VERB/dauern drei/NUM Stunden/NOUN ./PUNCT
            with-between       | + | en | meeting: Jane Doe{with-between} | p:Jane Doe | The/DET meeting/NOUN with/ADP Jane/PROPN Doe/PROPN lasted/VERB/last an/DET hour/NOUN ./PUNCT
            with-between       | - | de | Treffen in Rostock | p:Anna Berger, l:Rostock | HELD // Anna/PROPN Berger/PROPN lobte/VERB/loben das/DET Treffen/NOUN ./PUNCT
            at-event           | + | de | Gipfel in Rostock: Anna Berger{at-event} | p:Anna Berger, l:Rostock | Beim/ADP Gipfel/NOUN in/ADP Rostock/PROPN lobte/VERB/loben Anna/PROPN Berger/PROPN die/DET Stimmung/NOUN ./PUNCT
            at-event           | + | en | summit in Oslo: Jane Doe{at-event} | p:Jane Doe, l:Oslo | HELD // During/ADP the/DET summit/NOUN ,/PUNCT Jane/PROPN Doe/PROPN praised/VERB/praise the/DET mood/NOUN ./PUNCT
            at-event           | + | de | Gipfels in Rostock: Anna Berger{at-event} | p:Anna Berger, l:Rostock | Am/ADP Rande/NOUN des/DET Gipfels/NOUN in/ADP Rostock/PROPN warb/VERB/werben Anna/PROPN Berger/PROPN für/ADP den/DET Plan/NOUN ./PUNCT
            at-event           | + | en | summit in Oslo: Jane Doe{at-event} | p:Jane Doe, l:Oslo | HELD // After/ADP the/DET summit/NOUN ,/PUNCT Jane/PROPN Doe/PROPN told/VERB/tell voters/NOUN in/ADP Oslo/PROPN the/DET deal/NOUN was/AUX/be fair/ADJ ./PUNCT
            at-event           | - | de | Treffen in Rostock | p:Anna Berger, l:Rostock | HELD // Vor/ADP dem/DET Treffen/NOUN lobte/VERB/loben Anna/PROPN Berger/PROPN die/DET Stimmung/NOUN ./PUNCT
            at-event           | - | en | summit in Oslo | p:Jane Doe, l:Oslo | HELD // After/ADP the/DET summit/NOUN ,/PUNCT Jane/PROPN Doe/PROPN praised/VERB/praise the/DET mood/NOUN ./PUNCT
            at-event           | - | de | Konferenz in Rostock | p:Anna Berger, l:Rostock | Anna/PROPN Berger/PROPN schrieb/VERB/schreiben einen/DET Kommentar/NOUN zur/ADP+DET Konferenz/NOUN in/ADP Rostock/PROPN ./PUNCT
            at-event           | - | de | Treffen in Rostock | p:Anna Berger, l:Rostock | HELD // Anna/PROPN Berger/PROPN kam/VERB/kommen zur/ADP+DET Schlussfolgerung/NOUN des/DET Treffens/NOUN ./PUNCT
            with-subject       | + | de | Treffen: Anna Berger{with-subject} | p:Anna Berger, l:Türkei | Nach/ADP dem/DET Treffen/NOUN mit/ADP der/DET Türkei/PROPN lobte/VERB/loben Anna/PROPN Berger/PROPN die/DET Stimmung/NOUN ./PUNCT
            with-subject       | + | en | talks: Piet Muster{with-between}, Jane Doe{with-subject} | p:Jane Doe, p:Piet Muster | Speaking/VERB/speak after/ADP talks/NOUN with/ADP Piet/PROPN Muster/PROPN ,/PUNCT Jane/PROPN Doe/PROPN praised/VERB/praise the/DET mood/NOUN ./PUNCT
            with-subject       | - | en | talks: Piet Muster{with-between}, Jane Doe{with-between} | p:Jane Doe, p:Piet Muster | Speaking/VERB/speak after/ADP talks/NOUN between/ADP Piet/PROPN Muster/PROPN and/CCONJ Jane/PROPN Doe/PROPN ,/PUNCT the/DET mayor/NOUN praised/VERB/praise the/DET mood/NOUN ./PUNCT
            presence           | + | de | Treffen in Rostock: Anna Berger{presence}, Piet Muster{presence} | p:Anna Berger, p:Piet Muster, l:Rostock | HELD // Anwesend/ADJ waren/AUX/sein auch/ADV Anna/PROPN Berger/PROPN und/CCONJ Piet/PROPN Muster/PROPN ./PUNCT
            presence           | + | en | summit in Oslo: Jane Doe{presence}, Piet Muster{presence} | p:Jane Doe, p:Piet Muster, l:Oslo | HELD // Also/ADV present/ADJ were/AUX/be Jane/PROPN Doe/PROPN and/CCONJ Piet/PROPN Muster/PROPN ./PUNCT
            presence           | + | de | Treffen in Rostock: Anna Berger{presence}, Piet Muster{presence} | p:Anna Berger, p:Piet Muster, l:Rostock | HELD // Zu/ADP ihnen/PRON zählten/VERB/zählen Anna/PROPN Berger/PROPN und/CCONJ Piet/PROPN Muster/PROPN ./PUNCT
            presence           | - | de | Treffen in Rostock | p:Anna Berger, p:Piet Muster, l:Rostock | HELD // Viele/PRON kritisierten/VERB/kritisieren den/DET Plan/NOUN ./PUNCT // Zu/ADP ihnen/PRON zählten/VERB/zählen Anna/PROPN Berger/PROPN und/CCONJ Piet/PROPN Muster/PROPN ./PUNCT
            participant-noun   | + | de | Treffen in Rostock: Anna Berger{participant-noun}, Piet Muster{participant-noun} | p:Anna Berger, p:Piet Muster, l:Rostock | HELD // Zu/ADP den/DET Gästen/NOUN gehörten/VERB/gehören Anna/PROPN Berger/PROPN und/CCONJ Piet/PROPN Muster/PROPN ./PUNCT
            participant-noun   | + | en | summit in Oslo: Jane Doe{participant-noun} | p:Jane Doe, l:Oslo | HELD // The/DET delegation/NOUN included/VERB/include Jane/PROPN Doe/PROPN ./PUNCT
            participant-noun   | - | de | Treffen in Rostock | p:Anna Berger, l:Rostock | HELD // Zu/ADP den/DET Teilnehmern/NOUN der/DET Studie/NOUN gehörte/VERB/gehören Anna/PROPN Berger/PROPN ./PUNCT
            participant-noun   | - | en | - | p:Jane Doe | The/DET guests/NOUN included/VERB/include Jane/PROPN Doe/PROPN ./PUNCT
            the-pair           | + | de | Treffen in Rostock: Anna Berger{the-pair}, Piet Muster{the-pair} | p:Anna Berger, p:Piet Muster, l:Rostock | HELD // Anna/PROPN Berger/PROPN lobte/VERB/loben Piet/PROPN Muster/PROPN ./PUNCT // Piet/PROPN Muster/PROPN dankte/VERB/danken Anna/PROPN Berger/PROPN ./PUNCT // Die/DET beiden/ADJ Politiker/NOUN trafen/VERB/treffen sich/PRON erneut/ADV ./PUNCT
            the-pair           | + | en | summit in Oslo: Jane Doe{the-pair}, Piet Muster{the-pair} | p:Jane Doe, p:Piet Muster, l:Oslo | HELD // Jane/PROPN Doe/PROPN thanked/VERB/thank Piet/PROPN Muster/PROPN ./PUNCT // Piet/PROPN Muster/PROPN thanked/VERB/thank Jane/PROPN Doe/PROPN ./PUNCT // The/DET two/NUM leaders/NOUN met/VERB/meet again/ADV ./PUNCT
            the-pair           | - | de | Treffen in Rostock | p:Anna Berger, l:Rostock | HELD // Anna/PROPN Berger/PROPN lobte/VERB/loben die/DET Stimmung/NOUN ./PUNCT // Die/DET beiden/ADJ Politiker/NOUN trafen/VERB/treffen sich/PRON erneut/ADV ./PUNCT
            own-event          | + | de | Treffen in Rostock: Anna Berger{own-event} | p:Anna Berger, l:Rostock | Anna/PROPN Berger/PROPN lobte/VERB/loben ihr/DET Treffen/NOUN in/ADP Rostock/PROPN ./PUNCT
            own-event          | + | en | talks in Oslo: Jane Doe{own-event} | p:Jane Doe, l:Oslo | Jane/PROPN Doe/PROPN praised/VERB/praise her/PRON talks/NOUN in/ADP Oslo/PROPN ./PUNCT
            host-verb          | + | de | Gespräche in Rostock: Anna Berger{host-verb}, Piet Muster{host-verb} | p:Anna Berger, p:Piet Muster, l:Rostock | Anna/PROPN Berger/PROPN und/CCONJ Piet/PROPN Muster/PROPN hielten/VERB/halten Gespräche/NOUN in/ADP Rostock/PROPN ./PUNCT
            host-verb          | - | en | talks in Oslo: Jane Doe{participation-verb} | p:Jane Doe, l:Oslo | Jane/PROPN Doe/PROPN held/VERB/hold talks/NOUN in/ADP Oslo/PROPN ./PUNCT
            audience           | + | de | Treffen in Rostock: Anna Berger{audience} | p:Anna Berger, l:Rostock | HELD // Anna/PROPN Berger/PROPN sagte/VERB/sagen vor/ADP Journalisten/NOUN ,/PUNCT die/DET Lage/NOUN sei/AUX/sein ernst/ADJ ./PUNCT
            audience           | + | en | summit in Oslo: Jane Doe{audience} | p:Jane Doe, l:Oslo | HELD // Jane/PROPN Doe/PROPN told/VERB/tell reporters/NOUN the/DET deal/NOUN was/AUX/be fair/ADJ ./PUNCT
            audience           | - | de | Treffen in Rostock | p:Anna Berger, l:Rostock | HELD // Anna/PROPN Berger/PROPN sagte/VERB/sagen ,/PUNCT die/DET Lage/NOUN sei/AUX/sein ernst/ADJ ./PUNCT
            audience           | + | de | Treffen in Rostock: Anna Berger{audience} | p:Anna Berger, l:Rostock | HELD // Anna/PROPN Berger/PROPN hatte/AUX/haben am/ADP+DET Morgen/NOUN in/ADP einem/DET Pressestatement/NOUN gesagt/VERB/sagen ,/PUNCT die/DET Lage/NOUN sei/AUX/sein ernst/ADJ ./PUNCT
            participation-verb | + | en | summit in Oslo: Jane Doe{participation-verb}, Piet Muster{participation-verb} | p:Jane Doe, p:Piet Muster, l:Oslo, l:White House | HELD // Jane/PROPN Doe/PROPN welcoming/VERB/welcome Piet/PROPN Muster/PROPN at/ADP the/DET White/ADJ House.Credit/PROPN :/PUNCT AP/PROPN
            appearance         | + | de | Treffen in Rostock: Anna Berger{appearance} | p:Anna Berger, l:Rostock | HELD // In/ADP ihrer/DET Rede/NOUN lobte/VERB/loben Anna/PROPN Berger/PROPN die/DET Stimmung/NOUN ./PUNCT
            appearance         | + | en | summit in Oslo: Jane Doe{appearance} | p:Jane Doe, l:Oslo | HELD // In/ADP her/PRON speech/NOUN ,/PUNCT Jane/PROPN Doe/PROPN praised/VERB/praise the/DET mood/NOUN ./PUNCT
            appearance         | - | de | Treffen in Rostock | p:Anna Berger, l:Rostock | HELD // In/ADP der/DET Rede/NOUN lobte/VERB/loben Anna/PROPN Berger/PROPN die/DET Stimmung/NOUN ./PUNCT
            event-phase        | + | de | Treffen in Rostock: Anna Berger{event-phase} | p:Anna Berger, l:Rostock | HELD // Zum/ADP Abschluss/NOUN lobte/VERB/loben Anna/PROPN Berger/PROPN die/DET Stimmung/NOUN ./PUNCT
            event-phase        | + | en | summit in Oslo: Jane Doe{event-phase} | p:Jane Doe, l:Oslo | HELD // At/ADP the/DET close/NOUN ,/PUNCT Jane/PROPN Doe/PROPN praised/VERB/praise the/DET mood/NOUN ./PUNCT
            event-phase        | - | de | Treffen in Rostock | p:Anna Berger, l:Rostock | HELD // Zum/ADP Abschluss/NOUN der/DET Woche/NOUN lobte/VERB/loben Anna/PROPN Berger/PROPN die/DET Stimmung/NOUN ./PUNCT
            told               | + | en | call: Jane Doe{told}, Piet Muster{told} | p:Jane Doe, p:Piet Muster | The/DET call/NOUN lasted/VERB/last an/DET hour/NOUN ./PUNCT // Jane/PROPN Doe/PROPN told/VERB/tell Piet/PROPN Muster/PROPN the/DET deal/NOUN was/AUX/be fair/ADJ ./PUNCT
            told               | - | de | Telefonat | p:Anna Berger, p:Piet Muster | Das/DET Telefonat/NOUN dauerte/VERB/dauern eine/DET Stunde/NOUN ./PUNCT // Anna/PROPN Berger/PROPN versicherte/VERB/versichern Piet/PROPN Muster/PROPN ,/PUNCT die/DET Lage/NOUN sei/AUX/sein ernst/ADJ ./PUNCT
            here-in-quote      | + | de | Treffen in Rostock: Anna Berger{here-in-quote} | p:Anna Berger, l:Rostock | HELD // „/PUNCT Wir/PRON sind/AUX/sein hier/ADV ,/PUNCT um/SCONJ zu/PART reden/VERB “/PUNCT ,/PUNCT sagte/VERB/sagen Anna/PROPN Berger/PROPN ./PUNCT
            here-in-quote      | + | en | summit in Oslo: Jane Doe{here-in-quote} | p:Jane Doe, l:Oslo | HELD // “/PUNCT We/PRON are/AUX/be here/ADV to/PART talk/VERB ,/PUNCT ”/PUNCT said/VERB/say Jane/PROPN Doe/PROPN ./PUNCT
            here-in-quote      | - | de | Treffen in Rostock | p:Anna Berger, l:Rostock | HELD // „/PUNCT Wir/PRON sind/AUX/sein zufrieden/ADJ “/PUNCT ,/PUNCT sagte/VERB/sagen Anna/PROPN Berger/PROPN ./PUNCT
            event-role         | + | de | Treffen in Rostock: Anna Berger{event-role} | p:Anna Berger, l:Rostock | HELD // Gastgeberin/NOUN Anna/PROPN Berger/PROPN lobte/VERB/loben die/DET Stimmung/NOUN ./PUNCT
            event-role         | + | de | Treffen in Rostock: Anna Berger{event-role} | p:Anna Berger, l:Rostock | HELD // Gipfelchefin/NOUN Anna/PROPN Berger/PROPN lobte/VERB/loben die/DET Stimmung/NOUN ./PUNCT
            event-role         | + | en | summit in Oslo: Jane Doe{event-role} | p:Jane Doe, l:Oslo | HELD // Jane/PROPN Doe/PROPN ,/PUNCT the/DET host/NOUN ,/PUNCT praised/VERB/praise the/DET mood/NOUN ./PUNCT
            event-role         | - | de | Treffen in Rostock | p:Anna Berger, l:Rostock | HELD // Ministerin/NOUN Anna/PROPN Berger/PROPN lobte/VERB/loben die/DET Stimmung/NOUN ./PUNCT
            event-role         | + | de | Derby in Rostock: Anna Berger{event-role} | p:Anna Berger, l:Rostock | Das/DET Derby/NOUN in/ADP Rostock/PROPN endete/VERB/enden torlos/ADJ ./PUNCT // Trainerin/NOUN Anna/PROPN Berger/PROPN lobte/VERB/loben die/DET Mannschaft/NOUN ./PUNCT
            event-role         | + | en | trial in Oslo: Jane Doe{event-role} | p:Jane Doe, l:Oslo | The/DET trial/NOUN in/ADP Oslo/PROPN lasted/VERB/last two/NUM days/NOUN ./PUNCT // Judge/NOUN Jane/PROPN Doe/PROPN thanked/VERB/thank the/DET jury/NOUN ./PUNCT
            event-role         | - | de | Treffen in Rostock | p:Anna Berger, l:Rostock | HELD // Trainerin/NOUN Anna/PROPN Berger/PROPN lobte/VERB/loben die/DET Stimmung/NOUN ./PUNCT
            event-place        | + | de | Treffen in Rostock: Anna Berger{event-place} | p:Anna Berger, l:Rostock | HELD // In/ADP Rostock/PROPN lobte/VERB/loben Anna/PROPN Berger/PROPN die/DET Stimmung/NOUN ./PUNCT
            event-place        | + | en | summit in Oslo: Jane Doe{event-place} | p:Jane Doe, l:Oslo | HELD // In/ADP Oslo/PROPN ,/PUNCT Jane/PROPN Doe/PROPN praised/VERB/praise the/DET mood/NOUN ./PUNCT
            event-place        | - | de | Treffen in Rostock | p:Anna Berger, l:Rostock, l:Kiel | HELD // In/ADP Kiel/PROPN lobte/VERB/loben Anna/PROPN Berger/PROPN die/DET Stimmung/NOUN ./PUNCT
            dateline           | + | de | Treffen in ROSTOCK: Anna Berger{participation-verb}, Piet Muster{participation-verb} | p:Anna Berger, p:Piet Muster | ROSTOCK/PROPN –/PUNCT Anna/PROPN Berger/PROPN traf/VERB/treffen Piet/PROPN Muster/PROPN ./PUNCT
            dateline           | + | en | Meeting in OSLO: Jane Doe{participation-verb}, Piet Muster{participation-verb} | p:Jane Doe, p:Piet Muster | OSLO/PROPN –/PUNCT Jane/PROPN Doe/PROPN met/VERB/meet Piet/PROPN Muster/PROPN ./PUNCT
            dateline           | + | en | Meeting in THE DALLES: Jane Doe{participation-verb} | p:Jane Doe | THE/DET DALLES/PROPN ,/PUNCT Oregon/PROPN >>/PUNCT Jane/PROPN Doe/PROPN met/VERB/meet farmers/NOUN ./PUNCT
            dateline           | - | de | Telefonat: Anna Berger{participation-verb}, Piet Muster{participation-verb} | p:Anna Berger, p:Piet Muster | ROSTOCK/PROPN –/PUNCT Anna/PROPN Berger/PROPN telefonierte/VERB/telefonieren mit/ADP Piet/PROPN Muster/PROPN ./PUNCT
            """;

    static Stream<Row> rows() { return ROWS.lines().map(EventRulesTest::row); }

    private static Row row(String line) {
        String[] c = line.split("\\s*\\|\\s*");
        String lang = c[2];
        String[] sentences = Stream.of(c[5].split("\\s*//\\s*")).map(x -> x.equals("HELD") ? (lang.equals("de") ? HELD_DE : HELD_EN) : x).toArray(String[]::new);
        Doc d = (lang.equals("de") ? Doc.de(sentences) : Doc.en(sentences)).lines();
        if (!c[4].equals("-"))
            for (String e : c[4].split("\\s*,\\s*")) {
                if (e.startsWith("p:")) d.person(e.substring(2));
                else d.place(e.substring(2));
            }
        return new Row(c[0], c[1].equals("+"), d, c[3]);
    }

    private static List<Event> events(Doc d, EventRules rules) {
        return new EventFinder(rules, Lexicon.of(d.text().lang()), NO_GAZETTEER).findAll(d.doc()).events();
    }

    private static String render(Doc d, EventRules rules) {
        EventFinder.Found f = new EventFinder(rules, Lexicon.of(d.text().lang()), NO_GAZETTEER).findAll(d.doc());
        if (f.events().isEmpty()) return "-";
        List<String> out = new ArrayList<>();
        for (Event e : f.events()) {
            String actors = e.actors().stream().map(p -> d.label(p.person()) + "{" + p.rule() + "}").collect(Collectors.joining(", "));
            out.add(e.label() + (actors.isEmpty() ? "" : ": " + actors));
        }
        return String.join(" | ", out);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void eachRuleFindsWhatItShould(Row row) {
        assertEquals(row.events(), render(row.doc(), EventRules.of(row.doc().text().lang())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void withoutItsRuleAPositiveRowLosesWhatTheRuleFoundANegativeOneNothing(Row row) {
        String without = render(row.doc(), EventRules.of(row.doc().text().lang()).without(Set.of(row.rule())));
        if (row.positive()) {
            assertNotEquals(row.events(), without, "the rule contributes nothing here");
            assertFalse(without.contains("{" + row.rule() + "}"), without);
        } else assertEquals(row.events(), without, "the rule contributes here");
    }

    @Test
    void everyRuleOfBothLanguagesHasAPositiveRow() {
        Set<String> names = new TreeSet<>(EventRules.german().names());
        names.addAll(EventRules.english().names());
        assertEquals(names, rows().filter(Row::positive).map(Row::rule).collect(Collectors.toCollection(TreeSet::new)));
    }

    @Test
    void germanHasNoToldRuleEnglishHasOne() {
        assertFalse(EventRules.german().names().contains("told"));
        assertTrue(EventRules.english().names().contains("told"));
    }

    @Test
    void aParticipationRecordsTheFirstRuleThatFoundThePerson() {
        Doc d = Doc.de("Beim/ADP Gipfel/NOUN in/ADP Rostock/PROPN traf/VERB/treffen Anna/PROPN Berger/PROPN Piet/PROPN Muster/PROPN ./PUNCT")
                .person("Anna Berger").person("Piet Muster").place("Rostock");
        List<Participant> actors = events(d, EventRules.german()).getFirst().actors();
        assertEquals(List.of("participation-verb", "participation-verb"), actors.stream().map(Participant::rule).toList(),
                "the verb's cue comes before the preposition's");
        assertEquals(List.of("at-event", "at-event"),
                events(d, EventRules.german().without(Set.of("participation-verb"))).getFirst().actors().stream().map(Participant::rule).toList());
    }
}
