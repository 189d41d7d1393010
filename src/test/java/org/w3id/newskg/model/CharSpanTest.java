package org.w3id.newskg.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CharSpanTest {
    @Test
    void rejectsNegativeAndReversedSpansNamingTheValues() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new CharSpan(5, 3));
        assertTrue(e.getMessage().contains("[5, 3)"));
        assertThrows(IllegalArgumentException.class, () -> new CharSpan(-1, 3));
    }

    @Test
    void halfOpenCoverAndOverlap() {
        CharSpan a = new CharSpan(2, 6);
        assertTrue(a.covers(new CharSpan(2, 6)));
        assertTrue(a.overlaps(new CharSpan(5, 9)));
        assertFalse(a.overlaps(new CharSpan(6, 9)));
        assertEquals("llo ", a.in("Hello world"));
    }

    @Test
    void articleIdSlugKeepsOnlySafeCharacters() {
        assertEquals("a-b-c.txt", ArticleId.slug("a b/c.txt").value());
        assertEquals("article", ArticleId.slug("///").value());
        assertThrows(IllegalArgumentException.class, () -> new ArticleId("a b"));
    }
}
