/**
 * Linking entities to Wikidata: each person, organisation, country or place becomes a
 * {@link org.w3id.newskg.model.LinkDecision} (Linked, Unsure or Unlinked). Only a sure match is Linked; a wrong
 * owl:sameAs is worse than none (CONTRACT §7). Fifth in the flow, after {@code extract}.
 *
 * <p>Takes an {@link org.w3id.newskg.model.Extraction}; gives a decision per entity. The default backend is the
 * offline gazetteer shipped in {@code data/wikidata/}.
 */
package org.w3id.newskg.link;
