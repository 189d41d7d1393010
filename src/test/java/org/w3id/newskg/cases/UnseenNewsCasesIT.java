package org.w3id.newskg.cases;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.TestFactory;
import org.w3id.newskg.ingest.ArticleReader;
import org.w3id.newskg.model.Entity;
import org.w3id.newskg.model.EntityRef;
import org.w3id.newskg.model.Extraction;
import org.w3id.newskg.model.Statement;
import org.w3id.newskg.pipeline.TestPipeline;

/**
 * The error patterns of news newskg had never seen (issue 12) as tables of invented passages through the real
 * pipeline: {@code src/test/resources/cases/statements.tsv}, {@code persons.tsv} and {@code events.tsv}. A row
 * marked {@code pass} must give exactly its expected value; a row marked {@code open} (a known failure) must
 * still differ from it, so that a fix which makes it pass fails here until the row is marked {@code pass} and
 * the table always tells the truth. Prints one line per file and category (rows passing / all rows) and writes
 * what newskg gave for every row to {@code target/cases/<file>} (id, status, verdict, expected, actual).
 */
class UnseenNewsCasesIT {
    private static final ArticleReader READER = ArticleReader.create().build();
    private static final Path ACTUAL = Path.of("target/cases");
    private static final List<Result> RESULTS = new ArrayList<>();

    private record Result(CaseTable.Row row, String actual, boolean ok) {}

    @TestFactory
    Stream<DynamicContainer> cases() {
        return Arrays.stream(CaseTable.values()).map(table -> dynamicContainer(table.file(),
                table.rows().stream().map(row -> dynamicTest(row.id() + " (" + row.status() + ")", () -> check(row)))));
    }

    private static void check(CaseTable.Row row) {
        Extraction ex = TestPipeline.get().extract(READER.fromText(row.id(), row.passage(), Optional.of(row.lang())));
        String actual = render(row.table(), ex).replace("\n", CaseTable.LINE_BREAK);   // words across a line break, written as in the table
        boolean ok = row.table().matches(row.expected(), actual);
        synchronized (RESULTS) { RESULTS.add(new Result(row, actual, ok)); }
        if (row.open())
            assertFalse(ok, () -> row.where() + " is marked open but newskg now gives the expected value: mark it pass in"
                    + " src/test/resources/cases/" + row.table().file() + "\n  expected: " + row.expected());
        else
            assertTrue(ok, () -> row.where() + " (" + row.category() + ", " + row.lang() + ") is marked pass but newskg gives another value"
                    + "\n  text:     " + row.text() + "\n  expected: " + row.expected() + "\n  actual:   " + actual);
    }

    /** newskg's output for a row, in the table's format (see the header of each file). */
    static String render(CaseTable table, Extraction ex) {
        return switch (table) {
            case STATEMENTS -> ex.statements().stream()
                    .map(s -> (s.kind() == Statement.Kind.DIRECT_QUOTE ? "D" : "R") + ":" + s.speaker().map(r -> label(ex, r)).orElse("-")
                            + ":" + s.words().in(ex.article().text()))
                    .sorted().collect(Collectors.joining(CaseTable.SEPARATOR));
            case PERSONS -> ex.persons().stream().map(Entity::label).sorted().collect(Collectors.joining(CaseTable.SEPARATOR));
            case EVENTS -> ex.events().isEmpty() ? "" : "actors="
                    + ex.events().stream().flatMap(e -> e.actors().stream()).map(p -> label(ex, p.person())).distinct().sorted()
                            .collect(Collectors.joining(CaseTable.SEPARATOR))
                    + "; places=" + ex.events().stream().flatMap(e -> e.places().stream()).map(r -> label(ex, r)).distinct().sorted()
                            .collect(Collectors.joining(CaseTable.SEPARATOR));
        };
    }

    private static String label(Extraction ex, EntityRef ref) { return ex.entity(ref).map(Entity::label).orElse(ref.value()); }

    @AfterAll
    static void summary() throws IOException {
        Files.createDirectories(ACTUAL);
        for (CaseTable table : CaseTable.values()) {
            List<Result> results = RESULTS.stream().filter(r -> r.row().table() == table).toList();
            if (results.isEmpty()) continue;
            Map<String, List<Result>> byCategory = results.stream()
                    .collect(Collectors.groupingBy(r -> r.row().category(), LinkedHashMap::new, Collectors.toList()));
            byCategory.forEach((category, rs) -> System.out.printf("cases %-15s %-6s %3d/%-3d pass   de %s   en %s%n",
                    table.file(), category, passing(rs, null), rs.size(), share(rs, "de"), share(rs, "en")));
            System.out.printf("cases %-15s %-6s %3d/%-3d pass%n", table.file(), "all", passing(results, null), results.size());
            Files.write(ACTUAL.resolve(table.file()), Stream.concat(Stream.of("id\tstatus\tverdict\texpected\tactual"),
                    results.stream().map(r -> String.join("\t", r.row().id(), r.row().status(), r.ok() ? "ok" : "differs",
                            r.row().expected(), r.actual().replace("\n", CaseTable.LINE_BREAK)))).toList());
        }
    }

    private static long passing(List<Result> rs, String lang) {
        return rs.stream().filter(r -> lang == null || r.row().lang().equals(lang)).filter(Result::ok).count();
    }

    private static String share(List<Result> rs, String lang) {
        long all = rs.stream().filter(r -> r.row().lang().equals(lang)).count();
        return all == 0 ? "  -  " : String.format("%2d/%-2d", passing(rs, lang), all);
    }
}
