package org.w3id.newskg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Name keys: the spellings that must meet, and the names that must stay apart (issue 6). */
class NameKeysTest {
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            "Wladimir Putin | Vladimir Putin",
            "Wolodymyr Selenskyj | Volodymyr Zelenskyy",
            "Selenskij | Zelensky",
            "Selenskyj | Zelenskiy",
            "Sergei Lawrow | Sergey Lavrov",
            "Dmitri Medwedew | Dmitry Medvedev",
            "Dmitrij | Dmitri",
            "Michail Mischustin | Mikhail Mishustin",
            "Jelzin | Yeltsin",
            "Tschernowski | Chernovsky",
            "Alexei | Aleksey",
            "Schmyhal | Shmyhal",
            "Christian Duerr | Christian Dürr",
            "Britta Hasselmann | Britta Haßelmann",
            "Recep Tayyip Erdoğan | Recep Tayyip Erdogan",
            "J.D. Vance | JD Vance"})
    void foldedKeysMeet(String a, String b) {
        assertEquals(NameKeys.folded(a), NameKeys.folded(b));
    }

    @ParameterizedTest(name = "{0} ≠ {1}")
    @CsvSource(delimiter = '|', value = {
            "Joe Biden | Joe Bidet",
            "Donald Trump | Donald Tusk",
            "Jana Beispiel | Jana Beispiele",
            "Mark Rutte | Marc Rutte",
            "Merz | Marz"})
    void differentNamesStayApart(String a, String b) {
        assertNotEquals(NameKeys.folded(a), NameKeys.folded(b));
    }

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
        assertEquals(base.isEmpty() ? List.of() : List.of(base), NameKeys.genitiveBases(name, lang));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "Joseph Robinette Biden Jr. | joseph robinette biden",
            "Péter  Szijjártó | peter szijjarto",
            "Ursula von der Leyen | ursula von der leyen"})
    void words(String name, String words) {
        assertEquals(List.of(words.split(" ")), NameKeys.words(name));
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
