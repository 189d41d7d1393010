/**
 * Where graphs live: the embedded TDB2 store ({@link org.w3id.newskg.store.TdbStore}), a user's own Fuseki
 * reached over HTTP ({@link org.w3id.newskg.store.RemoteStore}), and the embedded Fuseki server that publishes
 * the TDB2 store ({@link org.w3id.newskg.store.SparqlServer}). Seventh in the flow, after {@code rdf}.
 *
 * <p>Takes one named graph per article ({@link org.w3id.newskg.store.ArticleGraph}); gives a store in which
 * loading an article again replaces its graph whole, never duplicating or half-writing it. Before a graph
 * replaces anything it is checked against the contract's SHACL shapes ({@link org.w3id.newskg.store.ContractValidator}).
 * Graphs come one by one from the pipeline through a {@link org.w3id.newskg.store.GraphLoader}, or as an export file
 * through the {@link org.w3id.newskg.store.ExportLoader}, which bulk-loads an empty store whole or not at all.
 */
package org.w3id.newskg.store;
