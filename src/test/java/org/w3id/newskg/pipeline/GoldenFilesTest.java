package org.w3id.newskg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The update mode of the golden cases writes what differs and nothing else; a missing file fails the comparison. */
class GoldenFilesTest {
    @TempDir Path dir;

    @Test
    void updateWritesWhatDiffersAndOnlyThat() throws Exception {
        assertEquals(List.of(GoldenFiles.GRAPH, GoldenFiles.ACCOUNT), GoldenFiles.update(dir, graph("a"), "Persons: A\n"), "a new case gets both files");
        assertTrue(IsoMatcher.isomorphic(graph("a"), GoldenFiles.graph(dir)));
        assertEquals("Persons: A\n", GoldenFiles.account(dir));

        assertEquals(List.of(), GoldenFiles.update(dir, graph("a"), "Persons: A\n"), "the same output rewrites nothing");
        assertEquals(List.of(GoldenFiles.GRAPH), GoldenFiles.update(dir, graph("b"), "Persons: A\n"));
        assertEquals(List.of(GoldenFiles.ACCOUNT), GoldenFiles.update(dir, graph("b"), "Persons: B\n"));
        assertTrue(IsoMatcher.isomorphic(graph("b"), GoldenFiles.graph(dir)));
    }

    @Test
    void aCaseWithoutExpectedFilesFailsAndSaysHowToMakeThem() throws Exception {
        Files.createDirectories(dir.resolve("new-case"));
        AssertionError e = assertThrows(AssertionError.class, () -> GoldenFiles.graph(dir.resolve("new-case")));
        assertTrue(e.getMessage().contains("expected.trig is missing: write it with -Dgolden.update=true"), e.getMessage());
        assertThrows(AssertionError.class, () -> GoldenFiles.account(dir.resolve("new-case")));
    }

    private static DatasetGraph graph(String label) {
        DatasetGraph dsg = DatasetGraphFactory.create();
        dsg.add(Quad.create(NodeFactory.createURI("https://w3id.org/newskg/id/graph/t"), NodeFactory.createURI("https://w3id.org/newskg/id/person/x"),
                NodeFactory.createURI("https://schema.org/name"), NodeFactory.createLiteralString(label)));
        return dsg;
    }
}
