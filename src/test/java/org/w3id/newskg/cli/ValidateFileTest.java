package org.w3id.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.newskg.cli.StoreCommandsIT.Run;

/** {@code newskg validate FILE.ttl}: Turtle, extract's default output, is one article's graph and is checked (issue 14). */
class ValidateFileTest {
    @TempDir Path dir;

    Path turtle(String name, boolean broken) throws Exception {
        DatasetGraph dsg = RDFParser.source(StoreCommandsIT.FIXTURE).toDatasetGraph();
        Graph g = dsg.getGraph(NodeFactory.createURI("https://w3id.org/newskg/id/graph/harbour-talks.en"));
        if (broken) g.find(null, NodeFactory.createURI("https://w3id.org/newskg#kind"), null).toList().forEach(g::delete);
        Path f = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(f)) {
            RDFDataMgr.write(out, g, RDFFormat.TURTLE);
        }
        return f;
    }

    @Test
    void aTurtleFileIsCheckedAsOneGraphNamedAfterIt() throws Exception {
        Run ok = UsageTest.run("validate", turtle("harbour-talks.en.ttl", false).toString());
        assertEquals(0, ok.code(), ok.out() + ok.err());
        assertTrue(ok.out().endsWith("1 graph(s) checked: 0 break the contract, 0 warning(s)\n"), ok.out());

        Run bad = UsageTest.run("validate", turtle("harbour-talks.en.ttl", true).toString());
        assertEquals(1, bad.code(), bad.out());
        assertTrue(bad.out().contains("id:graph/harbour-talks.en: 2 violation(s)"), bad.out());
        assertTrue(bad.out().endsWith("1 graph(s) checked: 1 break the contract, 0 warning(s)\n"), bad.out());
    }

    @Test
    void aFileWithoutTriplesIsAFailureNotAPass() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.ttl"), "# nothing\n");
        Run r = UsageTest.run("validate", empty.toString());
        assertEquals(1, r.code(), r.out());
        assertTrue(r.out().startsWith(empty + ": no triples to check\n"), r.out());
    }
}
