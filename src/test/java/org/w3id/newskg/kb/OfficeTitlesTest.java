package org.w3id.newskg.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class OfficeTitlesTest {
    private static final OfficeTitles TITLES = new OfficeTitles(Gazetteer.shipped(), OfficeClasses.shipped(), Offices.shipped());

    @ParameterizedTest(name = "{0} ~ {1}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            Präsident      | Staatschef     | de | true
            Premier        | Regierungschef | de | true
            Präsident      | Außenminister  | de | false
            prime minister | head of state  | en | false
            """)
    void titlesOfOneOffice(String a, String b, String lang, boolean same) {
        assertEquals(same, TITLES.sameOffice(a, b, lang));
    }

    @Test
    void theHolderOfAnOfficeAtADate() {
        assertTrue(TITLES.holderKeys("Außenminister", "Russland", LocalDate.of(2025, 8, 16), "de").contains(NameKeys.key(Gazetteer.shipped().item("Q58217").orElseThrow().label())), "Sergey Lavrov, Q58217");
        assertEquals(java.util.Set.of(), TITLES.holderKeys("Außenminister", "Atlantis", LocalDate.of(2025, 8, 16), "de"));
    }
}
