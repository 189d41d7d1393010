package org.w3id.newskg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

/** {@link Annotator#splitFinalStop}: the full stop a line-final word kept comes off, unless the word is an abbreviation. */
class FinalStopTest {
    private static List<String> words(String sentence, int... bounds) {
        Span[] spans = new Span[bounds.length / 2];
        for (int i = 0; i < spans.length; i++) spans[i] = new Span(bounds[2 * i], bounds[2 * i + 1]);
        return Arrays.stream(Annotator.splitFinalStop(sentence, spans)).map(s -> s.getCoveredText(sentence).toString()).toList();
    }

    @Test
    void nameLosesItsStop() {
        assertEquals(List.of("official", "Oleg", "Ray", "."), words("official Oleg Ray.", 0, 8, 9, 13, 14, 18));
    }

    @Test
    void abbreviationsAndInitialismsKeepIt() {
        assertEquals(List.of("said", "Mr."), words("said Mr.", 0, 4, 5, 8));
        assertEquals(List.of("the", "U.S."), words("the U.S.", 0, 3, 4, 8));
        assertEquals(List.of("and", "so", "on", "."), words("and so on .", 0, 3, 4, 6, 7, 9, 10, 11));
    }
}
