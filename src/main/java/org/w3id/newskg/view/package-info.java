/**
 * The article view: what a person sees of the graph in a browser. Reads the store only through SPARQL (the
 * queries in {@code newskg/view/*.rq}, parameters bound, never pasted) and gives HTML pages — the articles of the
 * store with their counts, one article with its statements highlighted by speaker beside its persons, events and a
 * drawing of its network, and one person across articles — served by {@link org.w3id.newskg.view.ViewServlet} under
 * {@code /view/} or written as one self-contained file ({@link org.w3id.newskg.view.ViewPage#standalone}).
 *
 * <p>After {@code export} in the flow: it uses {@code model}, {@code rdf} and {@code store}'s results only as graphs;
 * only {@code cli} uses it. Scripts and styles are resources ({@code newskg/view/view.js}, {@code view.css}) and
 * Cytoscape.js from its WebJar, all in the jar: a page makes no request that leaves the machine, and every text of
 * the graph reaches the page as JSON data that the script puts in the document as text, never as markup.
 */
package org.w3id.newskg.view;
