package org.w3id.newskg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How the linker reads an article's names and titles: genitive endings and offices (issue 6). */
class NameReadingsTest {
    @ParameterizedTest(name = "{0} ({1}) → {2}")
    @CsvSource(delimiter = '|', value = {
            "Putins | de | Putin",
            "Merz' | de | Merz",
            "Biden's | en | Biden",
            "Biden’s | de | Biden",
            "Harris’ | en | Harris",
            "Putins | en | ''",
            "Voss | de | ''",
            "Nass | de | ''"})
    void genitives(String name, String lang, String base) {
        assertEquals(base.isEmpty() ? List.of() : List.of(base), GazetteerLinker.genitiveBases(name, lang));
    }

    @ParameterizedTest(name = "{0} ({1}) → {2}")
    @CsvSource(delimiter = '|', value = {
            "Bundesaußenministerin | de | politics/foreign-minister politics/minister",
            "US-Präsident | de | any/president politics/head-of-state",
            "Vizepräsidentin | de | politics/vice-president",
            "Fußballtrainer | de | sport/coach",
            "Ex-Bundestrainer | de | sport/coach",
            "Vice President of the United States | en | politics/vice-president",
            "Prime Minister | en | politics/head-of-government",
            "Kanzlerkandidat | de | ''",
            "CDU-Chef | de | ''"})
    void offices(String title, String lang, String classes) {
        Set<String> expected = classes.isEmpty() ? Set.of() : Set.of(classes.split(" "));
        assertEquals(expected, LinkLexicon.shipped().offices(title, lang));
    }
}
