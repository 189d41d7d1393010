/**
 * Finding mentions: person names (PROPN runs with a first name, a title or honorific before them, or a
 * surname seen in a full name), titles and roles without a name ("die Ministerin"), pronouns, organisations,
 * countries and places. Nothing is a person just because it is capitalised.
 *
 * <p>Takes an {@link org.w3id.newskg.model.AnnotatedText}; gives {@link org.w3id.newskg.extract.mention.Mentions}.
 */
package org.w3id.newskg.extract.mention;
