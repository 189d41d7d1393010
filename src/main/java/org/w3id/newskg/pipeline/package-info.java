/**
 * Wires the stages in order — ingest, nlp, extract (mentions, persons, coreference, events, statements), link,
 * rdf — and runs batches of articles on several threads, recording each failure and going on
 * ({@link org.w3id.newskg.pipeline.BatchReport}).
 */
package org.w3id.newskg.pipeline;
