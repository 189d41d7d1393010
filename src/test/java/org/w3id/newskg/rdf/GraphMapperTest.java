package org.w3id.newskg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class GraphMapperTest {
    @Test
    void durationsAsXsdDuration() {
        assertEquals("PT2H45M", GraphMapper.iso(Duration.ofMinutes(165)));
        assertEquals("P1DT2H", GraphMapper.iso(Duration.ofHours(26)));
        assertEquals("PT0S", GraphMapper.iso(Duration.ZERO));
    }

    @Test
    void offsetsCountCodePointsNotUtf16Units() {
        GraphMapper.CodePoints cp = new GraphMapper.CodePoints("a😀b");   // the emoji is two UTF-16 units
        assertEquals(0, cp.of(0));
        assertEquals(1, cp.of(1));
        assertEquals(2, cp.of(3));
        assertEquals(3, cp.of(4));
        assertEquals(2, new GraphMapper.CodePoints("ab").of(2));
    }

    @Test
    void keysFoldCaseDiacriticsAndPunctuation() {
        assertEquals("jana-kuhn", Iris.key("Jana Kühn"));
        assertEquals("strasse-1", Iris.key("Straße  1!"));
    }
}
