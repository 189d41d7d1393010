package org.w3id.newskg.pipeline;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.w3id.newskg.export.Exporter;
import org.w3id.newskg.export.Format;
import org.w3id.newskg.ingest.ArticleReader;
import org.w3id.newskg.model.Article;

/**
 * Golden cases in {@code src/test/resources/golden/<case>/}: {@code article.txt} (its language in {@code
 * lang}), the graph newskg must write ({@code expected.trig}, compared by isomorphism, both printed on
 * failure) and the offset invariants on it. After a deliberate change of the output, regenerate with
 * {@code mvn verify -Dit.test=GoldenIT -Dgolden.update=true} and review the diff before committing.
 */
class GoldenIT {
    static final Path GOLDEN = Path.of("src/test/resources/golden");

    @TestFactory
    List<DynamicTest> goldenCases() throws IOException {
        ArticleReader reader = ArticleReader.create().build();
        try (Stream<Path> dirs = Files.list(GOLDEN)) {
            return dirs.filter(Files::isDirectory).sorted().map(dir -> dynamicTest(dir.getFileName().toString(), () -> {
                String lang = Files.readString(dir.resolve("lang")).strip();
                String text = Files.readString(dir.resolve("article.txt"));
                Article article = reader.fromText(dir.getFileName().toString(), text, java.util.Optional.of(lang));
                DatasetGraph actual = TestPipeline.get().toDataset(article);
                Invariants.check(actual, text);
                Path expectedFile = dir.resolve("expected.trig");
                if (Boolean.getBoolean("golden.update")) {
                    try (OutputStream out = Files.newOutputStream(expectedFile)) { Exporter.write(actual, Format.TRIG, out); }
                }
                DatasetGraph expected = RDFParser.source(expectedFile).toDatasetGraph();
                assertTrue(IsoMatcher.isomorphic(expected, actual), () -> "graphs differ for " + dir + "\n--- expected\n" + trig(expected) + "\n--- actual\n" + trig(actual));
            })).toList();
        }
    }

    static String trig(DatasetGraph dsg) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exporter.write(dsg, Format.TRIG, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
