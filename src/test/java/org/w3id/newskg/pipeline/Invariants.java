package org.w3id.newskg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.w3id.newskg.rdf.Nif;
import org.w3id.newskg.rdf.Schema;

/**
 * The offset invariants of STYLE.md §6 on a written graph: every node with NIF offsets lies inside the
 * article text (code points, end exclusive, begin ≤ end), its nif:anchorOf or schema:text equals the text at
 * those offsets, and every statement lies inside one of the article's sentences.
 */
public final class Invariants {
    private Invariants() {}

    public static void check(DatasetGraph dsg, String text) {
        int[] cps = text.codePoints().toArray();
        dsg.find(Node.ANY, Node.ANY, Nif.beginIndex, Node.ANY).forEachRemaining(q -> {
            Node s = q.getSubject();
            int b = Integer.parseInt(q.getObject().getLiteralLexicalForm());
            int e = value(dsg, s, Nif.endIndex);
            assertTrue(0 <= b && b <= e && e <= cps.length, () -> s + ": offsets [" + b + "," + e + ") outside the text of " + cps.length);
            String at = new String(cps, b, e - b);
            dsg.find(Node.ANY, s, Nif.anchorOf, Node.ANY).forEachRemaining(a -> assertEquals(at, a.getObject().getLiteralLexicalForm(), s + " anchorOf"));
            dsg.find(Node.ANY, s, Schema.text, Node.ANY).forEachRemaining(a -> assertEquals(at, a.getObject().getLiteralLexicalForm(), s + " schema:text"));
        });
    }

    private static int value(DatasetGraph dsg, Node s, Node p) {
        Quad q = dsg.find(Node.ANY, s, p, Node.ANY).next();
        return Integer.parseInt(q.getObject().getLiteralLexicalForm());
    }
}
