package org.w3id.newskg.query;

import java.nio.file.Path;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.RowSetOps;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.newskg.store.ArticleGraph;
import org.w3id.newskg.store.TdbStore;

class ScratchTest {
    @TempDir Path dir;
    @Test
    void t() {
        DatasetGraph dsg = RDFParser.source("src/test/resources/store/example.trig").toDatasetGraph();
        try (TdbStore s = TdbStore.open(dir)) {
            s.replace(ArticleGraph.of(dsg));
            String q = QueryCatalogue.shipped().get("statements-by-person").get().text();
            s.query(QueryFactory.create(q.replace("?person", "\"Medwedew\"")), b -> b, e -> { RowSetOps.out(System.out, e.select()); return null; });
            s.query(QueryFactory.create(q), b -> b.substitution("person", NodeFactory.createLiteralString("Medwedew")), e -> { RowSetOps.out(System.out, e.select()); return null; });
            String q2 = "PREFIX schema: <https://schema.org/> SELECT ?t ?x WHERE { GRAPH ?g { ?s schema:text ?t FILTER EXISTS { ?s schema:text ?y FILTER(CONTAINS(?y, ?x)) } } }";
            s.query(QueryFactory.create(q2), b -> b.substitution("x", NodeFactory.createLiteralString("Sonderoperation")), e -> { RowSetOps.out(System.out, e.select()); return null; });
            String q3 = "PREFIX schema: <https://schema.org/> SELECT ?t ?x WHERE { GRAPH ?g { ?s schema:text ?t FILTER(CONTAINS(?t, ?x)) } }";
            s.query(QueryFactory.create(q3), b -> b.substitution("x", NodeFactory.createLiteralString("Sonderoperation")), e -> { RowSetOps.out(System.out, e.select()); return null; });
        }
    }
}
