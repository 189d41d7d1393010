/**
 * Events: meetings, summits, talks, calls, visits and conferences, one node per real event with its
 * mentions resolved, its places, duration, format and participants with their sides.
 *
 * <p>Takes an {@link org.w3id.newskg.model.AnnotatedText} and {@link org.w3id.newskg.extract.person.People};
 * gives {@link org.w3id.newskg.model.Event}s.
 */
package org.w3id.newskg.extract.event;
