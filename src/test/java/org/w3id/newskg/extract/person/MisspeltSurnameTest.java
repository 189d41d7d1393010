package org.w3id.newskg.extract.person;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A surname alone one typo away from the surname of a person named in full joins that person
 * ({@link PersonResolver}, issue 12: a split person); names of other families that differ by a doubled letter or
 * "dt"/"d" stay apart, and so do short names, where one letter makes another name. The cases tables hold the
 * whole passages (persons.tsv, B-de-07, B-en-13).
 */
class MisspeltSurnameTest {
    @Test
    void oneLetterAddedDroppedOrTwoNeighboursSwappedIsATypo() {
        assertTrue(PersonResolver.oneTypoApart("danliov", "danilov"));      // swapped
        assertTrue(PersonResolver.oneTypoApart("harbrect", "harbrecht"));   // dropped
        assertTrue(PersonResolver.oneTypoApart("petrenkov", "petrenko"));   // added at the end
        assertTrue(PersonResolver.oneTypoApart("lindnre", "lindner"));      // swapped at the end
    }

    @Test
    void otherFamiliesSpellingsAndShortNamesAreNoTypos() {
        assertFalse(PersonResolver.oneTypoApart("hofmann", "hoffmann"));    // doubled letter
        assertFalse(PersonResolver.oneTypoApart("schmid", "schmidt"));      // dt / d
        assertFalse(PersonResolver.oneTypoApart("wegner", "werner"));       // another letter: another name
        assertFalse(PersonResolver.oneTypoApart("kraft", "krafts"));        // under six letters
        assertFalse(PersonResolver.oneTypoApart("lindner", "lindner"));
        assertFalse(PersonResolver.oneTypoApart("berger", "bergmann"));
    }
}
