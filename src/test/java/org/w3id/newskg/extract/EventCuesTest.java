package org.w3id.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.newskg.extract.EventCues.Kind;
import org.w3id.newskg.model.NewskgException;

/** The event cues of {@code event-cues.tsv}: kinds checked at start-up, words, compounds and phrases. */
class EventCuesTest {
    @Test
    void anUnknownKindStopsStartUpWithFileAndLine() {
        NewskgException e = assertThrows(NewskgException.class, () -> EventCues.load("test-unknown-kind"));
        assertTrue(e.getMessage().matches("data/lexicons/test-unknown-kind/event-cues.tsv:\\d+: unknown cue kind 'att' \\(known: \\[verb, at, .*"), e.getMessage());
    }

    @Test
    void aKindEveryLanguageNeedsStopsStartUpWhenMissing() {
        NewskgException e = assertThrows(NewskgException.class, () -> EventCues.load("test-missing-kind"));
        assertEquals("data/lexicons/test-missing-kind/event-cues.tsv: no row of kind 'side' (every language needs one)", e.getMessage());
    }

    @Test
    void optionalKindsMayBeMissing() {
        assertTrue(Lexicon.of("de").eventCues().all(Kind.TOLD).isEmpty());
        assertTrue(Lexicon.of("en").eventCues().all(Kind.ROLE_HEAD).isEmpty());
        assertTrue(Kind.SIDE.required());
        assertFalse(Kind.TOLD.required());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            de | seat   | Verhandlungstisch | true
            de | seat   | Tisch             | true
            de | seat   | Tischler          | false
            de | venue  | Schloss           | true
            en | at     | during            | true
            en | at     | Before            | false
            """)
    void wordsAndCompoundHeads(String lang, String kind, String word, boolean is) {
        assertEquals(is, Lexicon.of(lang).eventCues().is(Kind.valueOf(kind.toUpperCase(java.util.Locale.ROOT)), word));
    }

    @Test
    void numbersAndValues() {
        EventCues de = Lexicon.of("de").eventCues();
        assertEquals(Optional.of(3), de.number(Kind.MONTH, "März"));
        assertEquals(Optional.of(3), de.prefixNumber(Kind.WEEKDAY, "Mittwochabend"));
        assertEquals(Optional.of("determiner"), Lexicon.of("en").eventCues().valueOf(Kind.NEGATION, "No"));
        assertEquals("Treffen", capitalised(de.first(Kind.LABEL, "meeting").orElseThrow().phrase()));
    }

    private static String capitalised(String w) { return Character.toUpperCase(w.charAt(0)) + w.substring(1); }
}
