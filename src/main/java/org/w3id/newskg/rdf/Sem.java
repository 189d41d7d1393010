package org.w3id.newskg.rdf;

import static org.w3id.newskg.rdf.Vocab.term;

import org.apache.jena.graph.Node;

/** The Simple Event Model, {@code http://semanticweb.cs.vu.nl/2009/11/sem/}. */
public final class Sem {
    public static final String NS = "http://semanticweb.cs.vu.nl/2009/11/sem/";
    private Sem() {}

    public static final Node Event = term(NS, "Event");
    public static final Node hasActor = term(NS, "hasActor");
    public static final Node hasPlace = term(NS, "hasPlace");
    public static final Node roleType = term(NS, "roleType");
}
