package org.w3id.newskg.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.newskg.extract.Lexicon;
import org.w3id.newskg.model.AnnotatedText;

class ClauseTest {
    private static List<Clause> clauses(Doc d) {
        AnnotatedText t = d.text();
        Lexicon lex = Lexicon.of(t.lang());
        return Clause.of(t.sentences().getFirst(), lex, new Cues(lex));
    }

    private static String words(Doc d, Clause c) {
        AnnotatedText t = d.text();
        return t.text().substring(t.token(c.from()).span().begin(), t.token(c.to() - 1).span().end());
    }

    @Test
    void aPieceWithoutAVerbBelongsToTheClauseBeforeIt() {
        Doc d = Doc.de("Auf/ADP deutscher/ADJ Seite/NOUN saßen/VERB/sitzen Anna/PROPN Berger/PROPN am/ADP+DET Tisch/NOUN ,/PUNCT auf/ADP polnischer/ADJ Seite/NOUN Piet/PROPN Muster/PROPN ./PUNCT");
        List<Clause> c = clauses(d);
        assertEquals(1, c.size());
        assertFalse(c.getFirst().relative());
    }

    @Test
    void aRelativeClauseEndsInItsVerbAndKnowsTheClauseBefore() {
        Doc d = Doc.de("Das/PRON sagte/VERB Udo/PROPN Test/PROPN ,/PUNCT der/PRON an/ADP dem/DET Treffen/NOUN teilnahm/VERB ./PUNCT");
        List<Clause> c = clauses(d);
        assertEquals(2, c.size(), () -> c.stream().map(x -> words(d, x)).toList().toString());
        assertTrue(c.get(1).relative());
        assertEquals(c.get(0).from(), c.get(1).previous());
    }

    @Test
    void aNameBeforeItsVerbJoinsTheClauseAfterIt() {
        Doc d = Doc.de("Udo/PROPN Test/PROPN ,/PUNCT der/PRON an/ADP dem/DET Treffen/NOUN teilnahm/VERB ,/PUNCT schwieg/VERB ./PUNCT");
        List<Clause> c = clauses(d);
        assertEquals("Udo Test, der an dem Treffen teilnahm", words(d, c.getFirst()));
    }

    @Test
    void aMainClauseWithAnArticleIsNoRelativeClause() {
        Doc d = Doc.de("Er/PRON sagte/VERB ,/PUNCT die/DET Delegation/NOUN habe/AUX am/ADP+DET Gipfel/NOUN teilgenommen/VERB ./PUNCT");
        List<Clause> c = clauses(d);
        assertEquals(2, c.size());
        assertFalse(c.get(1).relative());
    }

    @Test
    void anAttributionPieceIsASource() {
        Doc d = Doc.en("However/ADV ,/PUNCT according/VERB to/ADP Piet/PROPN Muster/PROPN ,/PUNCT the/DET talks/NOUN failed/VERB ./PUNCT");
        List<Clause> c = clauses(d);
        Clause first = c.getFirst();
        int piet = 4;
        assertTrue(c.stream().anyMatch(x -> x.covers(piet) && x.inSource(piet)), () -> c.toString());
        assertFalse(first.inSource(0));
    }
}
