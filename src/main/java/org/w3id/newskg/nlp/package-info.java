/**
 * The only OpenNLP user: sentences, tokens, UPOS tags and lemmas for German and English from the Universal
 * Dependencies models on Maven Central, and the language detector. Third in the flow, after {@code ingest}.
 *
 * <p>Takes an {@link org.w3id.newskg.model.Article}; gives an {@link org.w3id.newskg.model.AnnotatedText} whose
 * offsets are document-absolute into the unchanged article text. Models load once per {@link
 * org.w3id.newskg.nlp.Annotator} and are shared; the {@code *ME} objects are per thread.
 *
 * <p>Also the statistical person recogniser for German ({@link org.w3id.newskg.nlp.PersonRecogniser}, issue 12): an
 * OpenNLP name finder over the tokens and tags of an {@code AnnotatedText}, giving scored token ranges; and its
 * training ({@link org.w3id.newskg.nlp.PersonTrainer}) from the shared NER corpora, whose readers live here too.
 */
package org.w3id.newskg.nlp;
