/**
 * The knowledge base: what newskg knows about the world apart from any article — the offline Wikidata gazetteer
 * ({@link org.w3id.newskg.kb.Gazetteer}: items by name, persons by surname), the offices persons held with their dates
 * ({@link org.w3id.newskg.kb.Offices}, {@link org.w3id.newskg.kb.Holding}), the office classes of titles and office
 * names ({@link org.w3id.newskg.kb.OfficeClasses}), how persons' names are written in German and shortened
 * ({@link org.w3id.newskg.kb.PersonNames}), the folding by which names are compared
 * ({@link org.w3id.newskg.kb.NameKeys}), and the build that makes the shipped gazetteer from its evidence-backed
 * sources ({@link org.w3id.newskg.kb.GazetteerBuilder}, {@code newskg gazetteer build}). Not a stage but the ground
 * under three of them: {@code extract} finds places and countries in it, asks it whether a word is a known person
 * and clusters persons by its name key, {@code link} matches entities against its items and their offices at the
 * article's date, and {@code rdf} mints person and place IRIs from the same key, so the three can never fold one
 * name two ways. Needs only {@code model}; nothing of {@code extract}, {@code link} or {@code rdf}.
 *
 * <p>Takes the shipped files of {@code data/wikidata/} (loaded once per JVM, on first use) and a user's gazetteer,
 * and names as written; gives items by name, type or QID, persons by one word, holdings by person, office class,
 * country and date, office classes of titles, and name keys at three levels (key, plain, folded).
 *
 * <p>For extraction, three calls answer "is this a known person, and which?" and "who held this office then?":
 * {@snippet :
 * Gazetteer g = Gazetteer.shipped();
 * List<Gazetteer.Item> who = g.personsBySurname("Petrows", "de");        // every known person of that surname
 * Set<String> classes = OfficeClasses.shipped().ofTitle("Außenminister", "de");      // politics/foreign-minister, …
 * String russia = g.lookup("Norwegen", "country").getFirst().qid();
 * Optional<Holding> h = Offices.shipped().holder("politics/foreign-minister", russia, date);  // only when sure
 * }
 *
 * <p>What came here from {@code link} and what stayed: folding a name — case, diacritics, ß, punctuation, the
 * German and English romanisations of one Cyrillic name, the words of a name without "Jr.", its genitive readings —
 * and classifying a title say nothing about one article and are the same for every user of names, so they are here.
 * Reading a name for linking stayed in {@code link}: the index with its strengths of match (exact, transliterated,
 * initials, partial, surname: {@code NameIndex}) and the rules that decide with the article's context. Those are
 * guesses with a confidence, not foldings.
 */
package org.w3id.newskg.kb;
