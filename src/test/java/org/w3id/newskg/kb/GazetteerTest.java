package org.w3id.newskg.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The gazetteer as extraction asks it (issue 13): persons by one word in German or English spelling, as a genitive
 * or a family name written first; places by their German names; evidence ids expanded. Invented items first, then
 * the shipped gazetteer.
 */
class GazetteerTest {
    private static final String HEADER = "# qid\ttype\tlabel_en\tlabels_de\taliases\tdescription\tevidence\tlabels_de_generated\tgenerated_by\tshort_forms\n";
    private static final Gazetteer INVENTED = read(HEADER + String.join("\n",
            "Q999000021\tperson\tSergey Beispielov\t-\t-\theld: Minister of Foreign Affairs\tS1\tSergei Beispielow\tru\tBeispielov;Beispielow",
            "Q999000022\tperson\tAleksey Beispielov\t-\t-\theld: Deputy Minister of Finance\tS1 S2\tAlexei Beispielow\tru\tBeispielov;Beispielow",
            "Q999000023\tperson\tLi Musterhua\t-\t-\theld: Premier\tS2\t-\t-\tLi",
            "Q999000024\tperson\tJana Merzig\t-\t-\tinvented\tS2\t-\t-\tMerzig",
            "Q999000025\tcity\tMuster City\t-\t-\tcapital\tS1\tMusterstadt\tnames-de\t-"));

    private static Gazetteer read(String tsv) {
        try {
            return Gazetteer.read(new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)),
                    Map.of("S1", "https://example.org/a.csv", "S2", "https://example.org/b.csv"), "test");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest(name = "{0} ({1}) → {2}")
    @CsvSource(delimiter = '|', value = {
            "Beispielov    | en | Q999000021 Q999000022",   // a shared surname: both, the caller decides
            "Beispielow    | de | Q999000021 Q999000022",   // the German form
            "Beispielows   | de | Q999000021 Q999000022",   // its genitive
            "Beispielov's  | en | Q999000021 Q999000022",
            "Beispielovs   | en | ''",                      // no -s genitive in English
            "Li            | de | Q999000023",              // family name first
            "Musterhua     | de | ''",                      // a given name is no short form
            "Merzig        | de | Q999000024",
            "Merzigs       | de | Q999000024",
            "Merzig’s      | en | Q999000024",
            "Musterstadt   | de | ''",                      // places are no persons
            "Unbekannt     | de | ''"})
    void personsByOneWord(String word, String lang, String qids) {
        assertEquals(qids.isEmpty() ? List.of() : List.of(qids.split(" ")),
                INVENTED.personsBySurname(word, lang).stream().map(Gazetteer.Item::qid).toList());
    }

    @Test
    void namesAndEvidence() {
        Gazetteer.Item sergey = INVENTED.item("Q999000021").orElseThrow();
        assertEquals(List.of("Sergey Beispielov", "Sergei Beispielow"), sergey.names());
        assertEquals(List.of("Sergei Beispielow"), sergey.generatedDe());
        assertEquals(List.of(), sergey.labelsDe(), "generated names are not read from a source");
        assertEquals("Sergei Beispielow", sergey.label("de"));
        assertEquals("Sergey Beispielov", sergey.label("en"));
        assertEquals("https://example.org/a.csv https://example.org/b.csv", INVENTED.item("Q999000022").orElseThrow().evidence());
        assertEquals(List.of("Q999000025"), INVENTED.lookup("Musterstadt", "city").stream().map(Gazetteer.Item::qid).toList());
    }

    @Test
    void aUsersGazetteerHasSevenColumns() {
        Gazetteer g = read("Q999000026\tperson\tJana van der Beispiel\t-\tJ. van der Beispiel\tinvented\tmy file\n");
        Gazetteer.Item it = g.item("Q999000026").orElseThrow();
        assertEquals(List.of("van der Beispiel", "Beispiel"), it.shortForms());
        assertEquals("my file", it.evidence());
        assertEquals(List.of("Q999000026"), g.personsBySurname("Beispiel").stream().map(Gazetteer.Item::qid).toList());
    }

    @ParameterizedTest(name = "{0}: {1} → {2}")
    @CsvSource(delimiter = '|', value = {
            "Moskau          | city    | Moscow",
            "Peking          | city    | Beijing",
            "Kiew            | city    | Kyiv",
            "Kyjiw           | city    | Kyiv",
            "Washington      | city    | Washington, D.C.",
            "Neu-Delhi       | city    | New Delhi",
            "Estland         | country | Estonia",
            "Saudi-Arabien   | country | Saudi Arabia",
            "Nordkorea       | country | North Korea",
            "Russland        | country | Russia"})
    void germanPlaceNames(String name, String type, String label) {
        List<Gazetteer.Item> found = Gazetteer.shipped().lookup(name, type);
        assertEquals(1, found.size(), name);
        assertEquals(label, found.getFirst().label());
        assertEquals(found, Gazetteer.shipped().lookup(label, type), "the same item as its English label");
    }

    @ParameterizedTest(name = "{0} ({1}) → {2}")
    @CsvSource(delimiter = '|', value = {
            "Lawrow      | de | Sergey Lavrov",
            "Lawrows     | de | Sergey Lavrov",
            "Lavrov’s    | en | Sergey Lavrov",
            "Selenskyj   | de | Volodymyr Zelenskyy",
            "Zelensky    | en | Volodymyr Zelenskyy",
            "Sacharowa   | de | Maria Zakharova",
            "Netanjahu   | de | Benjamin Netanyahu",
            "Xi          | de | Xi Jinping",
            "Putins      | de | Vladimir Putin"})
    void shippedPersonsBySurname(String word, String lang, String label) {
        assertTrue(Gazetteer.shipped().personsBySurname(word, lang).stream().anyMatch(i -> i.label().equals(label)),
                () -> word + " → " + Gazetteer.shipped().personsBySurname(word, lang));
    }

    @Test
    void theShippedGazetteer() {
        Gazetteer g = Gazetteer.shipped();
        long persons = g.items().stream().filter(Gazetteer.Item::isPerson).count();
        assertTrue(persons > 10_000, "the persons of officeholders.tsv and entities.tsv: " + persons);
        for (Gazetteer.Item it : g.items()) {
            assertTrue(it.qid().matches("Q[1-9][0-9]*"), it.qid());
            assertTrue(it.evidence().contains("https://github.com/") || it.evidence().startsWith("public GitHub code index"), () -> it.qid() + ": " + it.evidence());
            assertTrue(!it.evidence().matches(".*\\bS[0-9]+\\b.*"), () -> it.qid() + ": unexpanded source id in " + it.evidence());
        }
        assertEquals("Wladimir Putin", g.personsBySurname("Putin").getFirst().label("de"));
        assertEquals("Vladimir Putin", g.personsBySurname("Putin").getFirst().label("en"));
    }
}
