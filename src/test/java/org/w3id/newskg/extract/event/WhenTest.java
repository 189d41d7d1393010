package org.w3id.newskg.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.newskg.extract.Lexicon;
import org.w3id.newskg.extract.doc.Doc;

class WhenTest {
    /** Publication on Thursday, 13 March 2025. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            de | am/ADP+DET Mittwochabend/NOUN                  | false | weekday 3  | 2025-03-12
            de | am/ADP+DET Montag/NOUN                         | true  | weekday 1  | 2025-03-17
            de | am/ADP+DET 14./NUM März/NOUN                   | true  | date 3-14  | 2025-03-14
            de | am/ADP+DET 17./NUM und/CCONJ 18./NUM März/NOUN | true  | date 3-17  | 2025-03-17
            de | am/ADP+DET 9./NUM Oktober/NOUN 2023/NUM        | false | date 10-9  | 2023-10-09
            de | gestern/ADV                                    | false | day -1     | 2025-03-12
            en | on/ADP Tuesday/PROPN night/NOUN                | false | weekday 2  | 2025-03-11
            en | on/ADP March/PROPN 3/NUM                       | false | date 3-3   | 2025-03-03
            en | on/ADP March/PROPN 14th/NUM                    | false | date 3-14  | 2025-03-14
            de | am/ADP+DET 14th/NUM März/NOUN                  | false | -          | -
            en | next/ADJ month/NOUN                            | true  | -          | -
            """)
    void timesAreResolvedAgainstThePublicationDate(String lang, String words, boolean planned, String key, String date) {
        Doc d = lang.equals("de") ? Doc.de(words) : Doc.en(words);
        Optional<When> w = When.in(d.text().tokens(), Lexicon.of(lang).eventCues(), Optional.of(LocalDate.of(2025, 3, 13)), planned);
        assertEquals(Optional.ofNullable(key), w.map(When::key));
        assertEquals(Optional.ofNullable(date), w.flatMap(When::date));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2025-08-16           | 2025-08-16
            2025-08-16T09:30:00Z | 2025-08-16
            """)
    void publicationDates(String given, String date) {
        assertEquals(Optional.of(LocalDate.parse(date)), When.published(Optional.of(given)));
    }
}
