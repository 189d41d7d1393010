package org.w3id.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.newskg.query.NamedQuery;
import org.w3id.newskg.query.QueryRunner;
import org.w3id.newskg.store.TdbStore;

/**
 * The real example article through the whole pipeline into the store. Asserts only what must hold whatever the
 * extraction's quality: the article's graph is there, it has statements, and loading it again changes nothing.
 */
class LoadArticleIT {
    static final String ARTICLE = "data/articles/alaska-summit-reactions.de.txt";
    @TempDir Path dir;

    @Test
    void theExampleArticleLoadsWithStatementsAndReloadingChangesNoTriple() {
        Path store = dir.resolve("db");
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Main.execute(new PrintWriter(out), new PrintWriter(err), "load", ARTICLE, "--store", store.toString(), "--threads", "1");
        assertEquals(0, code, out + "\n" + err);
        assertTrue(err.toString().matches("(?s).*newskg: load: 1 article\\(s\\), 0 failed, \\d+ statement\\(s\\) in [\\d.]+ s: [\\d.]+ articles/s, [\\d,]+ tokens/s\n.*"),
                "the closing summary: " + err);
        long first;
        try (TdbStore s = TdbStore.open(store)) {
            assertEquals(List.of(NodeFactory.createURI("https://w3id.org/newskg/id/graph/alaska-summit-reactions.de")), s.graphNames());
            List<Map<String, String>> n = QueryRunner.run(s, NamedQuery.parse("quotations",
                    "SELECT (COUNT(?q) AS ?n) WHERE { GRAPH ?g { ?q a <https://schema.org/Quotation> } }"), Map.of(), Duration.ofSeconds(30)).rows();
            assertTrue(Integer.parseInt(n.get(0).get("n")) >= 1, n.toString());
            first = s.size();
        }
        for (int i = 0; i < 2; i++) {
            assertEquals(0, Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), "load", ARTICLE, "--store", store.toString()));
            try (TdbStore s = TdbStore.open(store)) {
                assertEquals(first, s.size(), "reload " + (i + 1) + " left exactly as many triples");
            }
        }
    }

    @Test
    void theDemoLoadsQueriesAndStopsWithNoServe() {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Main.execute(new PrintWriter(out), new PrintWriter(err), "demo", "--no-serve", "--store", dir.resolve("db").toString(),
                "-o", dir.resolve("out").toString());
        assertEquals(0, code, out + "\n" + err);
        String text = out.toString();
        assertTrue(text.startsWith("1 article graph(s) loaded into " + dir.resolve("db")), text);
        for (String q : DemoCommand.SHOWN) assertTrue(text.contains("\n# " + q + ": "), q + " missing:\n" + text);
    }
}
