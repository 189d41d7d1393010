package org.w3id.newskg.spark;

import java.util.Locale;

/**
 * What a Spark job did, for its summary line, {@code summary.json} in its output directory and the exit code.
 * Counted by accumulators in the job's result stage, where Spark merges each task's counts once (a task run again
 * after a lost executor counts once).
 *
 * @param articles   articles extracted, each one named graph in a part file
 * @param failed     inputs that failed: rows of the failures table
 * @param statements statements of the extracted articles
 * @param parts      N-Quads part files written
 * @param seconds    wall time of the job on the driver, reading to {@code _SUCCESS}
 */
public record JobSummary(long articles, long failed, long statements, int parts, double seconds) {
    /** The summary line, as {@code newskg extract} ends: {@code newskg: spark: 200 article(s), 1 failed, …}. */
    public String line() {
        double s = Math.max(seconds, 1e-3);
        return String.format(Locale.ROOT, "newskg: spark: %d article(s), %d failed, %d statement(s) in %.1f s: %.1f articles/s, %d part file(s)",
                articles + failed, failed, statements, seconds, (articles + failed) / s, parts);
    }

    String json() {
        return String.format(Locale.ROOT, "{\"articles\": %d, \"failed\": %d, \"statements\": %d, \"parts\": %d, \"seconds\": %.3f}%n",
                articles, failed, statements, parts, seconds);
    }

    /** 0 when every input went through, 1 when some failed. */
    public int exitCode() { return failed == 0 ? 0 : 1; }
}
