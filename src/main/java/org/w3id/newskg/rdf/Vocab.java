package org.w3id.newskg.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Shared by the vocabulary classes: a term of a namespace. */
final class Vocab {
    private Vocab() {}

    static Node term(String ns, String local) { return NodeFactory.createURI(ns + local); }
}
