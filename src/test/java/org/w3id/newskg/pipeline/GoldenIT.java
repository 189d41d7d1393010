package org.w3id.newskg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.w3id.newskg.ingest.ArticleReader;
import org.w3id.newskg.model.Article;
import org.w3id.newskg.model.Extraction;

/**
 * Golden cases in {@code src/test/resources/golden/<case>/}: {@code article.txt} (its language in {@code
 * lang}), the graph newskg must write ({@code expected.trig}, compared by isomorphism, both printed on
 * failure), a readable account of it ({@code expected.txt}: persons, events, statements with speaker and rule)
 * and the offset invariants on it. After a deliberate change of the output, regenerate with
 * {@code mvn verify -Dit.test=GoldenIT -Dgolden.update=true} and review the diff before committing. An update run
 * compares nothing: it still checks the invariants, rewrites the files that differ ({@link GoldenFiles#update}) and
 * ends every case as skipped, saying what it wrote, so it can never pass as a comparison.
 */
class GoldenIT {
    static final Path GOLDEN = Path.of("src/test/resources/golden");
    static final boolean UPDATE = Boolean.getBoolean("golden.update");

    @TestFactory
    List<DynamicTest> goldenCases() throws IOException {
        ArticleReader reader = ArticleReader.create().build();
        try (Stream<Path> dirs = Files.list(GOLDEN)) {
            return dirs.filter(Files::isDirectory).sorted().map(dir -> dynamicTest(dir.getFileName().toString(), () -> check(reader, dir))).toList();
        }
    }

    private static void check(ArticleReader reader, Path dir) throws IOException {
        String lang = Files.readString(dir.resolve("lang")).strip();
        String text = Files.readString(dir.resolve("article.txt"));
        Article article = reader.fromText(dir.getFileName().toString(), text, Optional.of(lang));
        Extraction.Linked linked = TestPipeline.get().link(TestPipeline.get().extract(article));
        DatasetGraph actual = TestPipeline.get().toDataset(linked);
        Invariants.check(actual, text);
        String account = Explanation.of(linked);
        if (UPDATE) {
            List<String> written = GoldenFiles.update(dir, actual, account);
            String did = written.isEmpty() ? "unchanged" : "rewrote " + String.join(" and ", written) + ": review the diff";
            System.err.println("GoldenIT update " + dir.getFileName() + ": " + did);
            Assumptions.abort("golden.update: " + did + "; nothing was compared");
        }
        assertEquals(GoldenFiles.account(dir), account, "readable account differs for " + dir);
        DatasetGraph expected = GoldenFiles.graph(dir);
        assertTrue(IsoMatcher.isomorphic(expected, actual),
                () -> "graphs differ for " + dir + "\n--- expected\n" + GoldenFiles.trig(expected) + "\n--- actual\n" + GoldenFiles.trig(actual));
    }
}
