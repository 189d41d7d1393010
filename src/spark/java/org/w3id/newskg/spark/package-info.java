/**
 * The same extraction as an Apache Spark job, for corpora beyond one machine: {@code newskg spark INPUT... -o DIR}
 * on one machine, or the job jar {@code target/newskg-spark.jar} under {@code spark-submit} on a cluster (README,
 * "Beyond one machine"). Compiled and tested with the rest of newskg but kept out of {@code target/newskg.jar}, so
 * the command line stays small; the only package that uses Spark.
 *
 * <p>Takes JSON Lines, directories of article files or Parquet through Spark's own readers ({@link
 * org.w3id.newskg.spark.ArticleSources}); each executor JVM loads the models and lexicons once ({@link
 * org.w3id.newskg.spark.Extractors}) and runs the unchanged {@link org.w3id.newskg.pipeline.Pipeline}. Gives a
 * directory of N-Quads part files, one per partition, each article its own named graph as {@code newskg extract
 * --format nq} writes it, a failures table, a summary and a {@code _SUCCESS} marker ({@link
 * org.w3id.newskg.spark.JobOutput}); {@code newskg load DIR} loads it. Last in the package order: it drives
 * {@code pipeline} and {@code bench}, and nothing uses it.
 */
package org.w3id.newskg.spark;
