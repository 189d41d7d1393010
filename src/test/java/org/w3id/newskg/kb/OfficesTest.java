package org.w3id.newskg.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.newskg.model.NewskgException;

/**
 * Offices with time (issue 13): who held an office at a date, when an open end still counts, and when the sources
 * are sure. Invented persons (Q999…) in an invented country (Q999000100), as holders.tsv rows.
 */
class OfficesTest {
    private static final String FOREIGN = "politics/foreign-minister,politics/minister";
    private static final String ROWS = String.join("\n",
            "# qid\toffice\toffice_qid\tclasses\tcountry_qid\tstart\tend\tas_of\tflags\tevidence",
            // three foreign ministers in a row; the source (as of 2022-08-03) gives the second no end
            row("Q999000011", "Minister of Foreign Affairs", FOREIGN, "Q999000100", "2004-03-09", "2012-05-01", "2022-08-03", "-"),
            row("Q999000012", "Minister of Foreign Affairs", FOREIGN, "Q999000100", "2012-05-02", "-", "2022-08-03", "-"),
            row("Q999000013", "Minister of Foreign Affairs", FOREIGN, "Q999000100", "2020", "-", "2022-08-03", "-"),
            // a deputy, and two presidents with open ends who start in the same year: contested
            row("Q999000014", "Deputy Minister of Finance", "politics/deputy-minister", "Q999000100", "2011-06", "-", "2022-08-03", "-"),
            row("Q999000015", "President", "any/president,politics/head-of-state", "Q999000100", "2026", "-", "2026", "contested"),
            row("Q999000016", "President", "any/president,politics/head-of-state", "Q999000100", "2026", "-", "2026", "contested"),
            // two ends (two Wikidata statements): the later one counts
            row("Q999000017", "Minister of Defence", "politics/defence-minister,politics/minister", "Q999000100", "2014-09-23",
                    "2018-05-18;2022-05-23", "2022-08-03", "-"));
    private static final Offices OFFICES = read(ROWS);

    private static String row(String qid, String office, String classes, String country, String start, String end, String asOf, String flags) {
        return String.join("\t", qid, office, "-", classes, country, start, end, asOf, flags, "S1");
    }

    private static Offices read(String rows) {
        try {
            return Offices.read(new ByteArrayInputStream(rows.getBytes(StandardCharsets.UTF_8)), Map.of("S1", "https://example.org/holders.csv"), "test");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest(name = "foreign minister on {0}: {1}, sure: {2}")
    @CsvSource(delimiter = '|', value = {
            "2003-01-01 | ''                    | ''",          // before anyone
            "2010-06-01 | Q999000011            | Q999000011",  // held with a known end
            "2012-05-01 | Q999000011            | Q999000011",  // the last day counts
            "2015-01-01 | Q999000012            | Q999000012",  // open end, inside the snapshot
            "2020-01-01 | Q999000013            | Q999000013",  // a start year means its whole year: 2020 supersedes 2012
            "2019-12-31 | Q999000012            | Q999000012",
            "2026-01-01 | Q999000013            | ''"})         // after the snapshot: the last known holder, not sure
    void holderAtADate(String date, String holders, String sure) {
        LocalDate d = LocalDate.parse(date);
        List<String> who = OFFICES.holders("politics/foreign-minister", "Q999000100", d).stream().map(Holding::qid).distinct().toList();
        assertEquals(holders.isEmpty() ? List.of() : List.of(holders.split(" ")), who);
        assertEquals(sure, OFFICES.holder("politics/foreign-minister", "Q999000100", d).map(Holding::qid).orElse(""));
    }

    @Test
    void aRecentLeaderIsOneWhoLedACountryInTheYearsBefore() {
        Offices shipped = Offices.shipped();
        LocalDate d = LocalDate.of(2026, 12, 6);
        assertTrue(shipped.ledWithin("Q1058", d, 10), "Narendra Modi, prime minister of India from 2014");
        assertFalse(shipped.ledWithin("Q122275", d, 10), "Hans-Rudolf Merz, Swiss Federal Council to 2010");
        assertTrue(shipped.ledWithin("Q122275", LocalDate.of(2015, 1, 1), 10), "… within ten years of 2015");
        assertFalse(shipped.ledWithin("Q122275", LocalDate.of(2000, 1, 1), 10), "… not before his first term");
    }

    @Test
    void contestedHoldersAreNeverSure() {
        LocalDate d = LocalDate.of(2026, 3, 1);
        assertEquals(2, OFFICES.holders("politics/head-of-state", "Q999000100", d).size());
        assertTrue(OFFICES.holder("politics/head-of-state", "Q999000100", d).isEmpty());
    }

    @Test
    void officesOfManyHoldersHaveNoSureHolder() {
        LocalDate d = LocalDate.of(2016, 6, 1);
        assertEquals(List.of("Q999000012", "Q999000017"),
                OFFICES.holders("politics/minister", "Q999000100", d).stream().map(Holding::qid).distinct().sorted().toList());
        assertTrue(OFFICES.holder("politics/minister", "Q999000100", d).isEmpty(), "ministers are many at a time");
    }

    @Test
    void aPersonsOfficesAtADate() {
        assertEquals(List.of("Minister of Foreign Affairs"), OFFICES.heldAt("Q999000012", LocalDate.of(2015, 1, 1)).stream().map(Holding::office).toList());
        assertEquals(List.of(), OFFICES.heldAt("Q999000012", LocalDate.of(2021, 1, 1)), "superseded by the minister of 2020");
        assertEquals(List.of(), OFFICES.heldAt("Q999000011", LocalDate.of(2013, 1, 1)), "ended");
        assertEquals(1, OFFICES.heldAt("Q999000017", LocalDate.of(2020, 1, 1)).size(), "the later of two ends");
        assertEquals(1, OFFICES.heldAt("Q999000014", LocalDate.of(2011, 6, 1)).size(), "a month means its first day");
        assertEquals(0, OFFICES.heldAt("Q999000014", LocalDate.of(2011, 5, 31)).size());
    }

    @Test
    void tenureAndSnapshot() {
        Holding open = OFFICES.of("Q999000012").getFirst();
        assertEquals(Holding.Tenure.OPEN, open.at(LocalDate.of(2030, 1, 1)));
        assertTrue(open.knownAt(LocalDate.of(2022, 8, 3)));
        assertFalse(open.knownAt(LocalDate.of(2022, 8, 4)));
        assertEquals(Holding.Tenure.NOT_HELD, open.at(LocalDate.of(2012, 5, 1)));
        assertEquals("https://example.org/holders.csv", open.evidence());
        assertEquals("Minister of Foreign Affairs 2012-05-02–", open.span());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "2025-08-16                 | 2025-08-16",
            "2025-08-16T09:30:00+02:00  | 2025-08-16",
            "2025-08                    | 2025-08-01",
            "2025                       | 2025-01-01",
            "16.08.2025                 | 2026-12-01",     // not ISO: today
            "2025-13-01                 | 2026-12-01",
            "''                         | 2026-12-01"})
    void theDayAnArticleSpeaksOf(String published, String day) {
        LocalDate today = LocalDate.of(2026, 12, 1);
        assertEquals(LocalDate.parse(day), Offices.dateOf(published.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(published), today));
    }

    @Test
    void aBadDateNamesItsLine() {
        String bad = "# header\n" + row("Q999000011", "Minister", "politics/minister", "Q999000100", "2004-13", "-", "-", "-");
        NewskgException e = assertThrows(NewskgException.class, () -> read(bad));
        assertTrue(e.getMessage().startsWith("test:2: "), e.getMessage());
    }

    @Test
    void theShippedOffices() {
        Offices shipped = Offices.shipped();
        assertTrue(shipped.size() > 15_000, "every kept row of officeholders.tsv: " + shipped.size());
        Gazetteer g = Gazetteer.shipped();
        String russia = g.lookup("Russland", "country").getFirst().qid();
        String lavrov = g.personsBySurname("Lawrow").stream().filter(i -> i.label().startsWith("Sergey")).findFirst().orElseThrow().qid();
        assertEquals(lavrov, shipped.holder("politics/foreign-minister", russia, LocalDate.of(2015, 6, 1)).orElseThrow().qid());
        assertTrue(shipped.holder("politics/foreign-minister", russia, LocalDate.of(2026, 6, 1)).isEmpty(), "the source ends in 2022");
        assertEquals(lavrov, shipped.holders("politics/foreign-minister", russia, LocalDate.of(2026, 6, 1)).getFirst().qid(), "the last known holder");
    }
}
