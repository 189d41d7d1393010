package org.w3id.newskg.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Issue 16: {@code newskg spark} refuses bad usage with one line and exit code 2, before any Spark session starts. */
class SparkCommandTest {
    private final StringWriter err = new StringWriter();

    private int run(String... args) { return SparkCommand.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), args); }

    @Test
    void anUnsupportedLanguageIsBadUsage() {
        assertEquals(2, run("in.jsonl", "-o", "out", "--lang", "fr"));
        assertEquals("newskg: --lang: unsupported language 'fr' (supported: de, en)", err.toString().strip());
    }

    @Test
    void aNegativePartitionCountIsBadUsage() {
        assertEquals(2, run("in.jsonl", "-o", "out", "--partitions", "-1"));
        assertTrue(err.toString().contains("--partitions must be positive, not -1"), err::toString);
    }

    @Test
    void anUnknownLinkingModeIsBadUsage() {
        assertEquals(2, run("in.jsonl", "-o", "out", "--wikidata", "sometimes"));
        assertTrue(err.toString().startsWith("newskg: "), err::toString);
    }

    @Test
    void theOutputDirectoryIsRequired() {
        assertEquals(2, run("in.jsonl"));
        assertTrue(err.toString().contains("-o"), err::toString);
    }
}
