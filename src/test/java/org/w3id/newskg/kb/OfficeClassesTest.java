package org.w3id.newskg.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Office classes of the offices the sources name and of the titles articles write (issue 13). */
class OfficeClassesTest {
    private static final OfficeClasses CLASSES = OfficeClasses.shipped();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "Minister of Foreign Affairs               | politics/foreign-minister politics/minister",
            "Federal Minister for Foreign Affairs      | politics/foreign-minister politics/minister",
            "Deputy Minister of Finance                | politics/deputy-minister",
            "First Deputy Prime Minister               | politics/deputy-head-of-government politics/minister",
            "Vice President                            | politics/vice-president",
            "Vice President of the Council of Ministers | politics/deputy-head-of-government politics/minister",
            "Chancellor of Justice                     | law/prosecutor",
            "Vice-Chancellor of Germany                | politics/vice-chancellor politics/minister",
            "Senior Advisor to the President           | any/adviser",
            "ambassador to Germany                     | politics/diplomat",
            "Secretary of State                        | politics/foreign-minister politics/minister",
            "Secretary of State for Defence            | politics/defence-minister politics/minister",
            "Secretary of State for Exiting the European Union | politics/minister",
            "Under-Secretary of State                  | politics/deputy-minister",
            "Chancellor of the Exchequer               | politics/finance-minister politics/minister",
            "Foreign Ministry Spokeperson              | any/spokesperson",
            "First Lady                                | any/spouse",
            "Prime Minister                            | politics/head-of-government",
            "Governor-General of Jamaica               | any/governor",
            "Justice of the Supreme Court              | law/judge",
            "Minister of Justice                       | politics/justice-minister politics/minister"})
    void officesOfTheSources(String office, String classes) {
        assertEquals(Set.of(classes.split(" ")), CLASSES.ofOffice(office));
    }

    @ParameterizedTest(name = "{0} ({1}) → {2}")
    @CsvSource(delimiter = '|', value = {
            "Vizekanzler                 | de | politics/vice-chancellor politics/minister",
            "Bundeskanzlerin             | de | politics/head-of-government politics/chancellor",
            "Finanzministerin            | de | politics/finance-minister politics/minister",
            "russischer Außenminister    | de | politics/foreign-minister politics/minister",
            "Vize-Außenminister          | de | politics/deputy-minister",
            "Kremlsprecher               | de | any/spokesperson",
            "Präsidentenberater          | de | any/adviser",
            "Bundestagspräsidentin       | de | politics/legislator",
            "Foreign Secretary           | en | politics/foreign-minister politics/minister",
            "Defense Secretary           | en | politics/defence-minister politics/minister",
            "press secretary             | en | any/spokesperson"})
    void titlesOfArticles(String title, String lang, String classes) {
        assertEquals(Set.of(classes.split(" ")), CLASSES.ofTitle(title, lang));
    }
}
