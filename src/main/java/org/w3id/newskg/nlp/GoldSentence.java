package org.w3id.newskg.nlp;

import java.util.List;
import org.w3id.newskg.model.CharSpan;

/**
 * One sentence of an annotated corpus as its reader gives it, before newskg's tokenizer sees it: the text and the
 * person names in it as character spans. Keeping characters (not the corpus's tokens) lets the trainer cut the
 * sentence into tokens exactly as {@link Annotator} does at run time.
 *
 * @param text        the sentence; for corpora that give only tokens, the tokens joined by single spaces
 * @param persons     half-open UTF-16 spans into {@code text}, in text order, not overlapping
 * @param newDocument true when a new document starts here (OpenNLP then forgets what it saw before)
 */
record GoldSentence(String text, List<CharSpan> persons, boolean newDocument) {
    GoldSentence {
        persons = List.copyOf(persons);
        int last = 0;
        for (CharSpan p : persons) {
            if (p.begin() < last || p.end() > text.length() || p.begin() == p.end())
                throw new IllegalArgumentException("person span " + p + " out of order, empty or outside a text of length " + text.length());
            last = p.end();
        }
    }

    /** The covered texts of the persons, for tests and messages. */
    List<String> personTexts() { return persons.stream().map(p -> p.in(text)).toList(); }
}
