package org.w3id.newskg.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.w3id.newskg.model.NewskgException;

/** German name forms by the rules of person-names.tsv, and short forms (issue 13). Every name here is invented. */
class PersonNamesTest {
    private static final PersonNames NAMES = PersonNames.shipped();

    @ParameterizedTest(name = "{0}: {1} → {2}")
    @CsvSource(delimiter = '|', value = {
            // Russian: v → w, zh → sch, kh → ch, ch → tsch, sh → sch, shch → schtsch, ts → z, z → s, y → j before a vowel,
            // -y/-iy/-ey at the end → -i/-i/-ei, e after a vowel → je, s between vowels → ss, given names by table
            "ru | Sergey Zhukovtsev          | Sergei Schukowzew",
            "ru | Yury Kharlamov             | Juri Charlamow",
            "ru | Dmitriy Chernoshchekov     | Dmitri Tschernoschtschekow",
            "ru | Aleksey Voyevodin          | Alexei Wojewodin",
            "ru | Nikolay Belousin           | Nikolai Beloussin",
            "ru | Yevgeny Mezhuev            | Jewgeni Meschujew",
            "ru | Aleksandr Zaytsev          | Alexander Saizew",
            "ru | Vitaly Klitschkov          | Witali Klitschkow",
            "ru | Olga Bykova-Rostovskaya    | Olga Bykowa-Rostowskaja",
            // Ukrainian: the adjective ending -yy/-yi/-y is -yj, -iy/-ii -ij, i after a vowel j
            "uk | Oleksiy Zhytnyk            | Oleksij Schytnyk",
            "uk | Andriy Kovalenskyy         | Andrij Kowalenskyj",
            "uk | Mykhailo Yatsenko          | Mychajlo Jazenko",
            "uk | Yuliia Kravchuk            | Julija Krawtschuk",
            "uk | Vasyl Zelensky             | Wassyl Selenskyj",
            // other former Soviet states: as Russian, without the doubled s
            "su | Nursultan Tokayev          | Nursultan Tokajew",
            "su | Timur Asanov               | Timur Asanow",
            // Hebrew, Persian, Arabic: whole words only
            "he | Yoav Beispielmann          | Joav Beispielmann",
            "fa | Masoud Beispieli           | Massud Beispieli",
            "ar | Sheikh Mahmoud el-Sisi     | Scheich Mahmud al-Sisi",
            // an unknown scheme, or a scheme that changes nothing, gives the name back
            "xx | Sergey Zhukovtsev          | Sergey Zhukovtsev",
            "he | Dana Beispiel              | Dana Beispiel"})
    void germanForms(String scheme, String english, String german) {
        assertEquals(german, NAMES.german(english, scheme));
    }

    @ParameterizedTest(name = "{0} (family first: {1}) → {2}")
    @CsvSource(delimiter = '|', value = {
            "Jana Beispiel                | false | Beispiel",
            "Tom Novak Jr.                | false | Novak",
            "Jana van der Beispiel        | false | van der Beispiel;Beispiel",
            "Khalid al-Beispiel           | false | al-Beispiel;Beispiel",
            "Jana Kramp-Beispiel          | false | Kramp-Beispiel",
            "Tom \"Bull\" Novak            | false | Novak",
            "Li Beispiel                  | true  | Li",
            "Kim Jong-beispiel            | true  | Kim",
            "Beispielus                   | false | Beispielus",
            "Karl IV                      | false | ''",
            "Karl Gustav of Musterland    | false | ''",
            "Jana beispiel                | false | ''"})
    void shortForms(String name, boolean familyFirst, String forms) {
        assertEquals(forms.isEmpty() ? List.of() : List.of(forms.split(";")), PersonNames.shortForms(name, familyFirst));
    }

    @Test
    void countriesOfTheShippedRules() {
        assertEquals("ru", NAMES.scheme("Russia").orElseThrow());
        assertEquals("uk", NAMES.scheme("Ukraine").orElseThrow());
        assertEquals(true, NAMES.familyFirst("People's Republic of China"));
        assertEquals(false, NAMES.familyFirst("Japan"));
    }

    @Test
    void aBadRowNamesItsLine() {
        String rules = "# comment\nrule\tru\tzh\tsch\tsomewhere\n";
        NewskgException e = assertThrows(NewskgException.class,
                () -> PersonNames.read(new ByteArrayInputStream(rules.getBytes(StandardCharsets.UTF_8)), "rules.tsv"));
        assertEquals(true, e.getMessage().startsWith("rules.tsv:2: unknown place 'somewhere'"), e.getMessage());
    }
}
