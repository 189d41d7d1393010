/**
 * Coreference: pronouns ("er", "she") and titles without a name ("die Ministerin", "the senator") resolved to
 * the person they stand for, by gender agreement, roles and recency.
 *
 * <p>Takes {@link org.w3id.newskg.extract.person.People} and the pronoun and title mentions; gives the same
 * people with those mentions added as references.
 */
package org.w3id.newskg.extract.coref;
