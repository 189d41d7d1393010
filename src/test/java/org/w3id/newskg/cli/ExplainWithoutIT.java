package org.w3id.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.newskg.pipeline.Pipeline;

/** {@code newskg explain --without RULE}: what one rule contributes, on an invented passage through the real models. */
class ExplainWithoutIT {
    private static final String TEXT = "Der Bürgermeister Karl Weidinger sagte: „Wir bauen die Brücke.“ Die Kosten seien gestiegen.";
    @TempDir Path dir;

    private String[] run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Main.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    private List<String> statements(String output) {
        return output.lines().filter(l -> l.startsWith("direct") || l.startsWith("reported")).toList();
    }

    @Test
    void aRuleLeftOutLeavesWhatTheOthersFind() throws Exception {
        Path in = Files.writeString(dir.resolve("a.txt"), TEXT);
        List<String> all = statements(run("explain", in.toString(), "--lang", "de")[1]);
        assertEquals(2, all.size(), all.toString());
        assertTrue(all.get(0).contains("{quote+verb-before-quote}"), all.toString());
        assertTrue(all.get(1).contains("{konjunktiv-chain+continues}"), all.toString());
        List<String> without = statements(run("explain", in.toString(), "--lang", "de", "--without", "verb-before-quote,continues")[1]);
        assertEquals(1, without.size(), without.toString());
        assertTrue(without.getFirst().contains("{quote+name-colon}"), "the next sieve answers: " + without);
    }

    @Test
    void everyRuleNameIsListedAndAnUnknownOneIsAUsageError() throws Exception {
        String[] listed = run("explain", "--rules");
        assertEquals("0", listed[0]);
        assertEquals(List.copyOf(Pipeline.ruleNames()), listed[1].lines().toList());
        assertTrue(listed[1].lines().anyMatch("quote-run"::equals), listed[1]);
        Path in = Files.writeString(dir.resolve("a.txt"), TEXT);
        String[] bad = run("explain", in.toString(), "--without", "no-such-rule");
        assertEquals("2", bad[0]);
        assertTrue(bad[2].contains("unknown rule(s) [no-such-rule]"), bad[2]);
        assertFalse(bad[1].contains("direct"), bad[1]);
    }
}
