/**
 * Statements: every direct quotation and every piece of reported speech, with its speaker, cue and channel. Each
 * rule is a class with a stable name that goes into the graph's provenance ({@code nkg:rule}); the order of a
 * language's rules is one screen of {@link org.w3id.newskg.extract.statement.StatementRules}, and {@link
 * org.w3id.newskg.extract.statement.StatementFinder} only runs them.
 * <ul>
 * <li>{@code VerbComplement}s read the complement of a speech verb (that-clause, zero-clause, infinitive,
 *     passive-infinitive, else preposed-clause or parenthetical);
 * <li>{@code StatementRule}s propose statements in a sentence (noun-complement, stance-act, wie-clause, reportive-sollen,
 *     attribution-phrase, headline, next-sentence; then speaker-block and konjunktiv-chain over every sentence);
 * <li>{@code SpeakerSieve}s attribute each quotation, the first that answers winning (inside-reported, naming,
 *     verb-after-quote, so-after-quote, verb-before-quote, name-colon, so-colon, colon-intro…, quote-run);
 * <li>{@code Revision}s look at all statements at the end (repeated, named-later).
 * </ul>
 * Who the subject of a verb is ({@code Subjects}) and where a reported clause ends ({@code ClauseEnds}) are shared by
 * the rules; a quotation's speaker by its surroundings alone is computed first ({@code LocalSpeakers}).
 *
 * <p>Takes an {@link org.w3id.newskg.extract.doc.ArticleDoc} and the events; gives {@link
 * org.w3id.newskg.model.Statement}s in text order.
 */
package org.w3id.newskg.extract.statement;
