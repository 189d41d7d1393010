/**
 * Events: meetings, summits, talks, calls, visits and conferences, held or planned — one node per real event
 * with its mentions resolved, its places as written, start date, duration, format and participants with their
 * sides.
 *
 * <p>Takes an {@link org.w3id.newskg.model.AnnotatedText} and {@link org.w3id.newskg.extract.person.People};
 * gives {@link org.w3id.newskg.model.Event}s, and the people with a place entity for each place only an event
 * names (venues, datelines). Language knowledge comes from {@code event-nouns.tsv} and {@code event-cues.tsv}.
 */
package org.w3id.newskg.extract.event;
