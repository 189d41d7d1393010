package org.w3id.newskg.pipeline;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.w3id.newskg.ingest.ArticleReader;
import org.w3id.newskg.model.Article;
import org.w3id.newskg.model.Extraction;

/**
 * Pinned scores on our own annotated passages ({@code src/test/resources/eval/<set>/*.json}, invented texts in
 * the scorer's gold format): each set fails below the floor recorded in {@code eval/floors.properties}.
 * A floor is raised when extraction gets better, never lowered to make a test pass.
 */
class PinnedScoresIT {
    static final Path EVAL = Path.of("src/test/resources/eval");
    static final ObjectMapper JSON = new ObjectMapper();

    @TestFactory
    List<DynamicTest> eachSetMeetsItsFloor() throws IOException {
        Properties floors = new Properties();
        try (InputStream in = Files.newInputStream(EVAL.resolve("floors.properties"))) { floors.load(in); }
        ArticleReader reader = ArticleReader.create().build();
        try (Stream<Path> sets = Files.list(EVAL)) {
            return sets.filter(Files::isDirectory).sorted().map(set -> dynamicTest(set.getFileName().toString(), () -> {
                EvalScorer.Counts total = new EvalScorer.Counts();
                try (Stream<Path> files = Files.list(set)) {
                    for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                        JsonNode gold = JSON.readTree(f.toFile());
                        Article a = reader.fromText(f.getFileName().toString(), gold.get("text").asText(), Optional.of(gold.get("lang").asText()));
                        Extraction ex = TestPipeline.get().extract(a);
                        total.add(EvalScorer.score(gold, ex));
                    }
                }
                String name = set.getFileName().toString();
                System.out.printf("eval %-8s statements %d/%d attributed-F1 %.3f statement-F1 %.3f persons-F1 %.3f%n", name, total.gold, total.pred,
                        total.attributedF1(), total.statementF1(), total.personF1());
                check(floors, name + ".attributed", total.attributedF1());
                check(floors, name + ".statements", total.statementF1());
                check(floors, name + ".persons", total.personF1());
            })).toList();
        }
    }

    private static void check(Properties floors, String key, double value) {
        String floor = floors.getProperty(key);
        assertTrue(floor != null, "no floor recorded for " + key + " in eval/floors.properties");
        assertTrue(value >= Double.parseDouble(floor), () -> key + " = " + String.format("%.3f", value) + " is below its floor " + floor);
    }
}
