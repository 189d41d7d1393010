package org.w3id.newskg.extract.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.newskg.extract.Lexicon;
import org.w3id.newskg.model.AnnotatedText;

/** The clauses of a sentence as the event rules read them ({@link Clause}), and the article's clauses in {@link ArticleDoc}. */
class ClauseTest {
    private static List<Clause> clauses(Doc d) {
        AnnotatedText t = d.text();
        return Clause.of(t.sentences().getFirst(), Lexicon.of(t.lang()));
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

    @Test
    void theDocHoldsEveryClauseAndItsNeighbours() {
        Doc d = Doc.de("Udo/PROPN Test/PROPN ,/PUNCT der/PRON an/ADP dem/DET Treffen/NOUN teilnahm/VERB ,/PUNCT schwieg/VERB ./PUNCT",
                "Er/PRON ging/VERB ./PUNCT").person("Udo Test");
        ArticleDoc doc = d.doc();
        assertEquals(3, doc.clauses().size(), () -> doc.clauses().toString());
        Clause first = doc.clauseOf(0), second = doc.clauseOf(d.token("schwieg"));
        assertEquals(first, doc.clauseBefore(second).orElseThrow());
        assertEquals(second, doc.clauseAfter(first).orElseThrow());
        assertTrue(doc.clauseAfter(second).isEmpty(), "the next clause is in the next sentence");
        assertTrue(doc.inClause(2), "the comma inside a clause (before its relative pronoun)");
        assertFalse(doc.inClause(8), "the comma between two clauses is in none");
    }

    @Test
    void personReferencesAreLookedUpByTokenRange() {
        Doc d = Doc.en("Jane/PROPN Doe/PROPN met/VERB Piet/PROPN Muster/PROPN and/CCONJ Jane/PROPN Doe/PROPN ./PUNCT").person("Jane Doe").person("Piet Muster");
        ArticleDoc doc = d.doc();
        assertEquals(List.of(0, 3, 6), doc.personRefs().stream().map(PersonRef::token).toList());
        assertEquals(List.of(3), doc.personRefsInTokens(1, 6).stream().map(PersonRef::token).toList());
        assertTrue(doc.personRefsInTokens(7, 9).isEmpty());
        assertEquals("Piet Muster", d.label(doc.personAt(4).orElseThrow().entity()));
        assertTrue(doc.personAt(2).isEmpty());
    }

    @Test
    void aHeadlineByItsMissingStopIsNotTheSameAsALineOfItsOwn() {
        Doc d = Doc.de("Gipfel/NOUN in/ADP Rostock/PROPN", "Die/DET Gespräche/NOUN dauerten/VERB lange/ADV ./PUNCT").lines();
        ArticleDoc doc = d.doc();
        assertTrue(doc.shortUnpunctuated(doc.sentences().get(0)));
        assertTrue(doc.ownLine(doc.sentences().get(1)));
        assertFalse(doc.shortUnpunctuated(doc.sentences().get(1)), "a one-sentence paragraph with a full stop");
    }
}
