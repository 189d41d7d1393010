package org.w3id.newskg.rdf;

import org.apache.jena.shared.PrefixMapping;

/** The prefixes of the graph contract, plus rdf and the project's id space: for every writer and report. */
public final class Prefixes {
    private Prefixes() {}

    public static final PrefixMapping CONTRACT = PrefixMapping.Factory.create()
            .setNsPrefix("schema", Schema.NS)
            .setNsPrefix("prov", Prov.NS)
            .setNsPrefix("sem", Sem.NS)
            .setNsPrefix("owl", "http://www.w3.org/2002/07/owl#")
            .setNsPrefix("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#")
            .setNsPrefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#")
            .setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#")
            .setNsPrefix("wd", "http://www.wikidata.org/entity/")
            .setNsPrefix("nif", Nif.NS)
            .setNsPrefix("nkg", Nkg.NS)
            .setNsPrefix("id", Iris.BASE)
            .lock();
}
