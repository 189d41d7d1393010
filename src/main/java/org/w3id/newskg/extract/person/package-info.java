/**
 * Persons from mentions: one entity per person per article, whatever the form it is mentioned by, with the
 * fullest name as its label, every surface form, its roles, country and organisations; and the entities for
 * the organisations, countries and places mentioned.
 *
 * <p>Takes {@link org.w3id.newskg.extract.mention.Mentions}; gives {@link org.w3id.newskg.extract.person.People}.
 */
package org.w3id.newskg.extract.person;
