/**
 * Writing graphs out: Turtle (one article's graph, or the union), TriG, N-Quads and JSON-LD, with the
 * contract's prefixes. Last in the flow beside {@code store}.
 */
package org.w3id.newskg.export;
