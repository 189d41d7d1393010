package org.w3id.newskg.rdf;

import static org.w3id.newskg.rdf.Vocab.term;

import org.apache.jena.graph.Node;

/** PROV-O, {@code http://www.w3.org/ns/prov#}. */
public final class Prov {
    public static final String NS = "http://www.w3.org/ns/prov#";
    private Prov() {}

    public static final Node Entity = term(NS, "Entity");
    public static final Node Activity = term(NS, "Activity");
    public static final Node SoftwareAgent = term(NS, "SoftwareAgent");
    public static final Node wasAttributedTo = term(NS, "wasAttributedTo");
    public static final Node wasGeneratedBy = term(NS, "wasGeneratedBy");
    public static final Node wasDerivedFrom = term(NS, "wasDerivedFrom");
    public static final Node wasAssociatedWith = term(NS, "wasAssociatedWith");
    public static final Node used = term(NS, "used");
    public static final Node generatedAtTime = term(NS, "generatedAtTime");
    public static final Node startedAtTime = term(NS, "startedAtTime");
    public static final Node endedAtTime = term(NS, "endedAtTime");
}
