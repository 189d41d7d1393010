/**
 * Statements: every direct quotation and every piece of reported speech, with its speaker, cue and channel.
 * Small steps, each a named rule that goes into the graph's provenance: {@link
 * org.w3id.newskg.extract.statement.QuoteFinder} pairs quotation marks; {@link
 * org.w3id.newskg.extract.statement.StatementFinder} finds reported clauses (dass/that, no complementizer,
 * non-finite complements, Konjunktiv chains, "laut X", headlines "Name: claim") and attributes every
 * statement through ordered sieves.
 *
 * <p>Takes an {@link org.w3id.newskg.model.AnnotatedText} and the resolved {@link
 * org.w3id.newskg.extract.person.People}; gives {@link org.w3id.newskg.model.Statement}s in text order.
 */
package org.w3id.newskg.extract.statement;
