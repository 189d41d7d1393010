/**
 * The knowledge base: what newskg knows about the world apart from any article — the offline Wikidata gazetteer
 * ({@link org.w3id.newskg.kb.Gazetteer}) and the folding by which names are compared
 * ({@link org.w3id.newskg.kb.NameKeys}). Not a stage but the ground under three of them: {@code extract} finds
 * places and countries in it and clusters persons by its name key, {@code link} matches entities against its
 * items, and {@code rdf} mints person and place IRIs from the same key, so the three can never fold one name two
 * ways. Needs only {@code model}; nothing of {@code extract}, {@code link} or {@code rdf}.
 *
 * <p>Takes gazetteer files (the shipped {@code data/wikidata/gazetteer.tsv} and a user's own) and names as written;
 * gives items by name, type or QID, and name keys at three levels (key, plain, folded).
 *
 * <p>What came here from {@code link} and what stayed: folding a name — case, diacritics, ß, punctuation, the
 * German and English romanisations of one Cyrillic name, the words of a name without "Jr." — says nothing about
 * an article and is the same for every user of names, so it is here. Reading a name for linking stayed in
 * {@code link}: the index with its strengths of match (exact, transliterated, initials, partial, surname:
 * {@code NameIndex}), the genitive readings it tries when a name as written finds nothing ("Putins" → "Putin"),
 * and the rules that decide with the article's context. Those are guesses with a confidence, not foldings.
 */
package org.w3id.newskg.kb;
