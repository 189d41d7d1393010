package org.w3id.newskg.extract.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.newskg.ingest.ArticleReader;
import org.w3id.newskg.model.Entity;
import org.w3id.newskg.model.Extraction;
import org.w3id.newskg.pipeline.TestPipeline;

/**
 * How name mentions become persons, one invented passage each, through the real models: the persons found, each
 * as its label, sorted, joined by " | ".
 */
class PeopleCasesIT {
    private static final ArticleReader READER = ArticleReader.create().build();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '`', textBlock = """
            surname joins the full name;             de; Die Ministerin Jana Beispiel traf Tom Novak. Beispiel sagte, man sei einig.;  Jana Beispiel | Tom Novak
            two first names, two persons;            de; Tom Novak und seine Schwester Eva Novak kamen nach Graz.;  Eva Novak | Tom Novak
            one name spelt with and without a diacritic; de; Die Ministerin Jana Bëispiel traf Tom Novak. Später sagte Jana Beispiel, man sei einig. Jana Beispiel reiste ab.;  Jana Beispiel | Tom Novak
            two surnames, the first alone;           en; Foreign Minister Rodrigo Salcedo Ibarra spoke first. Salcedo said the talks had gone well. Later Salcedo Ibarra left for Lima.;  Rodrigo Salcedo Ibarra
            two surnames in German;                  de; Der Außenminister Rodrigo Salcedo Ibarra kam nach Wien. Salcedo sagte, die Gespräche seien gut verlaufen.;  Rodrigo Salcedo Ibarra
            a capital standing for its government;  en; Russia was not invited. Oslo said the decision was not permanent. He said Greenland's government would be involved.;  ``
            a surname before the full name;          de; Novak riet ihr, sofort zu gehen. Später gab Tomasz Novak an, er sei zufrieden.;  Tomasz Novak
            a title and the surname, then the surname alone; en; President Harlan met the press. Harlan tweeted on Monday that the talks had failed.;  Harlan
            a byline title and a lead in capitals;   en; By Jane Fenwick Political Editor. DAVID Hartley made an appeal to the board on Monday.;  David Hartley | Jane Fenwick
            a scheme named after an office;          en; The Internal Ombudsman Scheme will be extended, the Governor said.;  ``
            case aside;                              en; Mayor Tom Novak spoke first. TOM NOVAK then left the room.;  Tom Novak
            a hyphen or a space;                     en; Jean-Luc Marin arrived on Monday. Jean Luc Marin said he was pleased.;  Jean-Luc Marin
            """)
    void persons(String name, String lang, String text, String expected) {
        Extraction ex = TestPipeline.get().extract(READER.fromText("case", text, Optional.of(lang)));
        assertEquals(expected, ex.persons().stream().map(Entity::label).sorted().collect(Collectors.joining(" | ")), name);
    }

    /** A surname alone keeps the lower-case particles its full name has before it ("de Vries", not "Vries"). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '`', textBlock = """
            a particle before the surname alone;  de; Der Angeklagte Gerd de Vries schwieg. Er habe zahlen wollen, sagte de Vries.;  de Vries
            two particles;                        de; Finanzvorständin Petra van der Meulen sprach zuerst. Die Zahlen seien gut, sagte van der Meulen.;  van der Meulen
            particles that open a sentence;       en; Finance director Mark van der Berg spoke first. Van der Berg said no jobs would go.;  Van der Berg
            """)
    void surnameWithParticles(String name, String lang, String text, String form) {
        Extraction ex = TestPipeline.get().extract(READER.fromText("case", text, Optional.of(lang)));
        assertTrue(ex.persons().size() == 1 && ex.persons().getFirst().surfaceForms().contains(form), name + ": " + ex.persons());
    }
}
