/**
 * Benchmarks: speed and memory of the whole flow on a generated corpus ({@link org.w3id.newskg.bench.CorpusGenerator}),
 * measured by {@link org.w3id.newskg.bench.Bench} (NLP floor, extraction on 1 and 2 threads, batch heap) and
 * {@link org.w3id.newskg.bench.StoreBench} (bulk load, graph replacement, the shipped queries over HTTP). Not a stage:
 * it sits above {@code pipeline}, which it drives, and below {@code cli}, whose {@code bench} command prints its
 * {@link org.w3id.newskg.bench.BenchResult}. It is the one package that uses {@code pipeline}, {@code store} and
 * {@code query} together, so the pipeline itself needs neither.
 *
 * <p>Takes a seed and sizes; gives figures with their goals, a per-stage profile and the conditions of the run.
 * Uses Jena directly, as the store does: it streams an N-Quads file into an empty store, rewrites PROV times to
 * replay a reload, binds query parameters and counts quads. These calls measure Jena itself; hiding them behind
 * APIs made for the benchmark alone would put benchmark code into the stages.
 */
package org.w3id.newskg.bench;
