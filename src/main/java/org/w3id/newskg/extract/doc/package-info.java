/**
 * One article as the rules read it: {@link org.w3id.newskg.extract.doc.ArticleDoc} gathers, once per article, the
 * text, sentences, tokens and clauses ({@link org.w3id.newskg.extract.doc.Clause}), the resolved persons and their
 * references by token, the quotations ({@link org.w3id.newskg.extract.doc.QuoteFinder}),
 * the line breaks, the speech verbs and negations ({@link org.w3id.newskg.extract.doc.SpeechVerbs}) and the German
 * subjunctive ({@link org.w3id.newskg.extract.doc.Moods}). It sits after coreference and before the event and statement
 * finders, which share it.
 *
 * <p>Takes an {@link org.w3id.newskg.model.AnnotatedText}, the {@link org.w3id.newskg.extract.Lexicon} and the
 * {@link org.w3id.newskg.extract.person.People}; gives read-only look-ups.
 */
package org.w3id.newskg.extract.doc;
