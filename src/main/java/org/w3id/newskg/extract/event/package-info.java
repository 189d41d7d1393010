/**
 * Events: meetings, summits, talks, calls, visits and conferences, press conferences, sessions, trials, elections,
 * matches, strikes, protests, presentations and openings, held or planned — one node per real event
 * with its mentions resolved, its places as written, start date, duration, format and participants with their
 * sides.
 *
 * <p>Takes an {@link org.w3id.newskg.extract.doc.ArticleDoc} (text, clauses, persons by token); gives {@link
 * org.w3id.newskg.model.Event}s, each participation with the name of the rule that made it, and the people with a
 * place entity for each place only an event names (venues, datelines). {@link
 * org.w3id.newskg.extract.event.EventFinder} runs the rules that {@link org.w3id.newskg.extract.event.EventRules}
 * lists per language: mention rules, participant rules that propose {@code Cue}s, the clusterer that joins mentions
 * to events, and rules over the events. Language knowledge comes from {@code event-nouns.tsv} and {@code
 * event-cues.tsv}.
 */
package org.w3id.newskg.extract.event;
