package org.w3id.newskg.extract.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.newskg.kb.Gazetteer;
import org.w3id.newskg.kb.Offices;

/** Who news names by surname alone (issue 12 pattern A), against the shipped gazetteer and offices. */
class KnownLeadersTest {
    private static final KnownLeaders LEADERS = new KnownLeaders(Gazetteer.shipped(), Offices.shipped(), "de", LocalDate.of(2026, 12, 6), 10);

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Putin     | Q7747
            Trump     | Q22686
            Zelenskyy | Q3874799
            Zelensky  | Q3874799
            Merkels   | ''
            Mann      | ''
            Moody     | ''
            Lawrow    | ''
            """)
    void aLeaderBySurnameAsWritten(String surname, String qid) {
        // Trump: not Melania or Ivanka Trump, who led no country; Zelensky: one letter from the gazetteer's form, both
        // long; Merkels: a genitive is not the surname as written; Mann: one letter from a leader's short name 'Man',
        // too short to bend; Moody folds like 'Modi' but is spelled otherwise; Lawrow led no country
        assertEquals(qid, LEADERS.leaderOf(surname).map(Gazetteer.Item::qid).orElse(""));
    }

    @ParameterizedTest(name = "{0} ~ {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Zelensky  | Zelenskyy | true
            Selenskyj | Selenskij | true
            Mann      | Man       | false
            Merkel    | Merkels   | false
            Modi      | Moody     | false
            """)
    void spellings(String form, String surname, boolean same) {
        assertEquals(same, KnownLeaders.spelled(form, surname));
    }
}
