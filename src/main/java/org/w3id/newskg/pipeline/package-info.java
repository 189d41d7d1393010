/**
 * Wires the stages in order — ingest, nlp, extract (mentions, persons, coreference, events, statements), link,
 * rdf — and runs batches of articles on several threads, recording each failure and going on
 * ({@link org.w3id.newskg.pipeline.BatchReport}). Last of the stages, below {@code bench} and {@code cli}.
 *
 * <p>Takes articles; gives each one's linked extraction and its named graph, as quads to a sink or as a dataset.
 * What happens to the graphs — files, the store, the benchmark — is for the callers above, so this package needs
 * neither {@code store} nor {@code query}.
 */
package org.w3id.newskg.pipeline;
