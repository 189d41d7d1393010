package org.w3id.newskg.extract.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.newskg.ingest.ArticleReader;
import org.w3id.newskg.model.Entity;
import org.w3id.newskg.model.EntityType;
import org.w3id.newskg.model.Extraction;
import org.w3id.newskg.pipeline.TestPipeline;

/** Which capitalised words after a preposition of place become places, one invented passage each, through the real models. */
class PlaceCasesIT {
    private static final ArticleReader READER = ArticleReader.create().build();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '`', textBlock = """
            a month after 'in' is a date;            en; Weber said the plant would close in May. The union met in Hartlepool.;  Hartlepool
            a month the not-names leave out;         en; The new terminal opens in May, the port said.;  ``
            a German month;                          de; Die Halle in Kassel soll im Mai öffnen, sagte Weber. Gebaut wird ab Juni.;  Kassel
            a plural common noun after 'in';          de; Die Familien sind in Containern untergebracht. Der Rat tagte in Weilheim.;  Weilheim
            shelters and institutions after 'in';    de; In Turnhallen und Notunterkünften in Reutlingen wird es eng, sagte Weber.;  Reutlingen
            """)
    void places(String name, String lang, String text, String expected) {
        Extraction ex = TestPipeline.get().extract(READER.fromText("case", text, Optional.of(lang)));
        assertEquals(expected, ex.entities().stream().filter(e -> e.type() == EntityType.PLACE).map(Entity::label).sorted()
                .collect(Collectors.joining(" | ")), name);
    }
}
