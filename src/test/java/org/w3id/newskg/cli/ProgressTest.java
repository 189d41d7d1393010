package org.w3id.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.newskg.pipeline.BatchReport;

/** Feedback on long batches without a terminal: a line per N articles, and the closing summary (issue 14). */
class ProgressTest {
    @Test
    void withoutATerminalALineEveryNArticlesCountingFailures() {
        StringWriter err = new StringWriter();
        BatchReport report = new BatchReport();
        try (Progress p = Progress.lines("load", new PrintWriter(err), 2)) {
            report.listener(p);
            report.succeeded(3, 100);
            report.failed("x.txt: no text");
            report.succeeded(4, 120);
            report.succeeded(1, 30);
            report.succeeded(2, 50);
        }
        List<String> lines = err.toString().lines().toList();
        assertEquals(2, lines.size(), err.toString());
        assertTrue(lines.get(0).startsWith("newskg: load: 2 article(s), 1 failed, 3 statement(s), "), lines.get(0));
        assertTrue(lines.get(1).startsWith("newskg: load: 4 article(s), 1 failed, 8 statement(s), "), lines.get(1));
    }

    @Test
    void theSummaryGivesCountsTimeAndRates() {
        BatchReport report = new BatchReport();
        report.succeeded(3, 1000);
        report.failed("y.txt: too large");
        String s = Progress.summary("extract", report);
        assertTrue(s.matches("newskg: extract: 2 article\\(s\\), 1 failed, 3 statement\\(s\\) in \\d+\\.\\d s: [\\d.]+ articles/s, [\\d,]+ tokens/s"), s);
    }

    @Test
    void testsRunWithoutATerminal() {
        assertEquals(false, Progress.terminal(), "surefire's output is not a terminal: the line mode is the one tested here");
    }
}
