/**
 * Reading input into {@link org.w3id.newskg.model.Article}s: plain text, HTML, JSON and JSON Lines files and
 * directories of them; encoding, size and language checks. Second in the flow, after {@code model}.
 *
 * <p>Takes paths; gives articles, or one {@link org.w3id.newskg.ingest.IngestException} message per input
 * that cannot be read ({@code file: problem}). {@link org.w3id.newskg.ingest.ArticleReader} is the entry point.
 */
package org.w3id.newskg.ingest;
