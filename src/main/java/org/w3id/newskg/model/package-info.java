/**
 * The records every stage shares: an {@link org.w3id.newskg.model.Article} and everything that
 * points into its text. First in the flow; imports nothing else from newskg.
 *
 * <p>Offsets are half-open UTF-16 ranges into {@link org.w3id.newskg.model.Article#text()},
 * document-absolute; the RDF mapper converts them to the code points the graph contract asks for.
 */
package org.w3id.newskg.model;
