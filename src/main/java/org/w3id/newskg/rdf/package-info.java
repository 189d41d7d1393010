/**
 * An extraction and its link decisions as RDF, in the shape of the graph contract: one named graph per
 * article, written to a Jena {@link org.apache.jena.riot.system.StreamRDF} shared by export and load.
 * Sixth in the flow, after {@code link}.
 *
 * <p>Also the vocabularies ({@link org.w3id.newskg.rdf.Nkg}, {@link org.w3id.newskg.rdf.Nif},
 * {@link org.w3id.newskg.rdf.Prov}, {@link org.w3id.newskg.rdf.Sem}; schema.org is Jena's {@code SchemaDO})
 * and the minting of stable IRIs ({@link org.w3id.newskg.rdf.Iris}).
 */
package org.w3id.newskg.rdf;
