package org.w3id.newskg.rdf;

import static org.w3id.newskg.rdf.Vocab.term;

import org.apache.jena.graph.Node;

/**
 * The schema.org terms newskg writes, {@code https://schema.org/} as the contract and Jena's {@code SchemaDO}
 * use; kept as {@link Node}s because the mapper writes through the graph-level API.
 */
public final class Schema {
    public static final String NS = "https://schema.org/";
    private Schema() {}

    public static final Node NewsArticle = term(NS, "NewsArticle");
    public static final Node Person = term(NS, "Person");
    public static final Node Organization = term(NS, "Organization");
    public static final Node Country = term(NS, "Country");
    public static final Node Place = term(NS, "Place");
    public static final Node Event = term(NS, "Event");
    public static final Node Quotation = term(NS, "Quotation");
    public static final Node text = term(NS, "text");
    public static final Node about = term(NS, "about");
    public static final Node inLanguage = term(NS, "inLanguage");
    public static final Node url = term(NS, "url");
    public static final Node headline = term(NS, "headline");
    /** The SHA-256 of the article's text, 64 hex digits (schema.org's property for a hash of an item's content). */
    public static final Node sha256 = term(NS, "sha256");
    public static final Node datePublished = term(NS, "datePublished");
    public static final Node identifier = term(NS, "identifier");
    public static final Node alternateName = term(NS, "alternateName");
    public static final Node jobTitle = term(NS, "jobTitle");
    public static final Node nationality = term(NS, "nationality");
    public static final Node memberOf = term(NS, "memberOf");
    public static final Node affiliation = term(NS, "affiliation");
    public static final Node duration = term(NS, "duration");
    public static final Node startDate = term(NS, "startDate");
    public static final Node isPartOf = term(NS, "isPartOf");
    public static final Node name = term(NS, "name");
}
