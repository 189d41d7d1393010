/**
 * Extraction: mentions, persons, coreference, statements and events, each in its own sub-package, all reading
 * the language knowledge of {@link org.w3id.newskg.extract.Lexicon} and the world knowledge of {@code kb} (the
 * gazetteer, name keys). Fourth in the flow, after {@code nlp}.
 *
 * <p>Takes an {@link org.w3id.newskg.model.AnnotatedText}; gives entities, statements and events that point
 * into its text. No OpenNLP and no Jena here: everything works on the model's records.
 */
package org.w3id.newskg.extract;
