package org.w3id.newskg.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The case tables of issue 12 parse and are well formed, without models; and the comparison they rely on works. */
class CaseTablesTest {

    @ParameterizedTest
    @EnumSource(CaseTable.class)
    void everyRowIsWellFormedWithAUniqueId(CaseTable table) {
        List<CaseTable.Row> rows = table.rows();
        assertFalse(rows.isEmpty(), table.file() + " has no rows");
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (CaseTable.Row row : rows) {
            if (!ids.add(row.id())) problems.add(row.where() + ": id used twice");
            table.problems(row).forEach(p -> problems.add(row.where() + ": " + p));
        }
        assertTrue(problems.isEmpty(), () -> problems.size() + " problems:\n  " + String.join("\n  ", problems));
    }

    @Test
    void anIdNamesTheSamePassageInEveryFile() {
        Map<String, CaseTable.Row> first = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (CaseTable table : CaseTable.values())
            for (CaseTable.Row row : table.rows()) {
                CaseTable.Row seen = first.putIfAbsent(row.id(), row);
                if (seen != null && !seen.text().equals(row.text()))
                    problems.add(row.where() + ": another passage than " + seen.where());
            }
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    @Test
    void aRowWithAWrongColumnCountOrStatusIsRejectedWithItsLine() {
        String header = String.join("\t", CaseTable.HEADER) + "\n";
        IllegalArgumentException columns = assertThrows(IllegalArgumentException.class,
                () -> CaseTable.PERSONS.parse("# comment\n" + header + "P-de-01\tP\tde\tTom Novak kam.\tTom Novak\n"));
        assertEquals("persons.tsv:3: 5 columns, expected 6", columns.getMessage());
        IllegalArgumentException status = assertThrows(IllegalArgumentException.class,
                () -> CaseTable.PERSONS.parse(header + "P-de-01\tP\tde\tTom Novak kam.\tTom Novak\tfixed\n"));
        assertEquals("persons.tsv:2: status 'fixed' (valid: pass, open)", status.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CaseTable.PERSONS.parse("id\ttext\n"));
    }

    @Test
    void malformedExpectedValuesAreReported() {
        CaseTable.Row row = new CaseTable.Row(CaseTable.STATEMENTS, 1, "A-de-01", "A", "de",
                "Tom Novak sagte, der Plan sei gut.⏎Er ging.", "R:Tom Novak:der Plan sei gut | D:Eva Holm:Er ging", "open");
        List<String> problems = CaseTable.STATEMENTS.problems(row);
        assertTrue(problems.contains("speaker 'Eva Holm' is not in the text"), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("statements not sorted")), problems::toString);
        CaseTable.Row words = new CaseTable.Row(CaseTable.STATEMENTS, 1, "A-en-01", "B", "en", "Tom Novak said it was fine.",
                "R:Tom Novak:it is fine | X:Tom Novak", "open");
        assertEquals(List.of("id 'A-en-01' does not match category 'B' and lang 'en'", "words 'it is fine' are not in the text",
                "statement 'X:Tom Novak' is not D|R:speaker:words"), CaseTable.STATEMENTS.problems(words));
        CaseTable.Row event = new CaseTable.Row(CaseTable.EVENTS, 1, "V-en-01", "V", "en", "Tom Novak met Eva Holm in Graz.",
                "actors=Tom Novak | Eva Holm; places=Graz", "pass");
        assertEquals(List.of("actors not sorted: Eva Holm | Tom Novak"), CaseTable.EVENTS.problems(event));
        CaseTable.Row longText = new CaseTable.Row(CaseTable.PERSONS, 1, "own-de-01", "own", "de", "x".repeat(601), "", "pass");
        assertEquals(List.of("text of 601 characters, at most 600"), CaseTable.PERSONS.problems(longText));
    }

    @Test
    void eventsCompareActorsExactlyAndPlacesForRecall() {
        CaseTable events = CaseTable.EVENTS;
        assertTrue(events.matches("actors=Eva Holm; places=The Dalles", "actors=Eva Holm; places=Oregon | THE DALLES"));
        assertTrue(events.matches("actors=; places=", "actors=; places=Graz"));
        assertFalse(events.matches("actors=Eva Holm; places=Graz", "actors=Eva Holm; places="));
        assertFalse(events.matches("actors=Eva Holm; places=Graz", "actors=Eva Holm | Tom Novak; places=Graz"));
        assertFalse(events.matches("", "actors=; places="));
        assertFalse(events.matches("actors=; places=", ""));
        assertTrue(events.matches("", ""));
        assertFalse(CaseTable.PERSONS.matches("Tom Novak", "Tom Novak | Eva Holm"));
        assertEquals("den helder", CaseTable.fold("Den  Helder."));
    }
}
