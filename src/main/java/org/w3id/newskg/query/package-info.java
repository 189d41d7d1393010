/**
 * The shipped SPARQL queries ({@code queries/*.rq}, in the jar under {@code /newskg/queries/}) and running them
 * on a {@link org.w3id.newskg.store.GraphStore} with parameters bound as RDF terms. Eighth in the flow, after
 * {@code store}.
 *
 * <p>Takes a query by name, file or text plus {@code name=value} parameters; gives rows written as a table, CSV,
 * TSV or SPARQL JSON. A parameter is substituted into the parsed query as a node
 * ({@code QueryExecBuilder.substitution}), never pasted into query text, so a value cannot change the query.
 */
package org.w3id.newskg.query;
