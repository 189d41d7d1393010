/**
 * Linking entities to Wikidata: each person, organisation, country or place becomes a
 * {@link org.w3id.newskg.model.LinkDecision} (Linked, Unsure or Unlinked). Only a sure match is Linked; a wrong
 * owl:sameAs is worse than none (CONTRACT §7). Fifth in the flow, after {@code extract}; reads the gazetteer
 * and the name keys of {@code kb}.
 *
 * <p>Takes an {@link org.w3id.newskg.model.Extraction}; gives a decision per entity, each Linked one with its
 * evidence. Names are compared by the keys of {@link org.w3id.newskg.kb.NameKeys} (case, diacritics,
 * German/English romanisations) through the {@code NameIndex} (exact, transliterated, initials, partial, surname and
 * short form), trying genitive readings when a name as written finds nothing; the {@code LinkRules} decide with the
 * article's context (offices, countries, organisations), comparing the article's offices with those each candidate
 * held at the article's date ({@link org.w3id.newskg.kb.Offices}), and set one of several namesakes apart only by an
 * office, a distinctive office or an organisation the article names. Backends: the offline gazetteer shipped in {@code data/wikidata/}
 * plus the user's ({@link org.w3id.newskg.link.GazetteerLinker}, the default), and Wikidata's API with an on-disk cache
 * ({@link org.w3id.newskg.link.WikidataLinker}); {@link org.w3id.newskg.link.Linkers} makes the one a run asks
 * for, {@link org.w3id.newskg.link.GazetteerImporter} grows the user's gazetteer.
 */
package org.w3id.newskg.link;
