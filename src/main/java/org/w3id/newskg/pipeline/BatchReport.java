package org.w3id.newskg.pipeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

/**
 * What a batch did: how many articles went through with how many statements and tokens, one line per failure, and
 * since when (for the rates of the summary). Thread-safe; a listener hears of every article, done or failed.
 */
public final class BatchReport {
    private final List<String> failures = Collections.synchronizedList(new ArrayList<>());
    private final long started = System.nanoTime();
    private volatile Consumer<BatchReport> listener = r -> { };
    private int done;
    private long statements;
    private long tokens;

    public void succeeded(int statementCount) { succeeded(statementCount, 0); }

    public void succeeded(int statementCount, int tokenCount) {
        synchronized (this) {
            done++;
            statements += statementCount;
            tokens += tokenCount;
        }
        listener.accept(this);
    }

    public void failed(String line) {
        failures.add(line);
        listener.accept(this);
    }

    /** Hears of every article after it is counted, on the thread that counted it. */
    public void listener(Consumer<BatchReport> l) { this.listener = l; }

    public synchronized long tokens() { return tokens; }

    /** Seconds since the batch started. */
    public double seconds() { return (System.nanoTime() - started) / 1e9; }

    public synchronized int succeeded() { return done; }

    public synchronized long statements() { return statements; }

    public List<String> failures() { synchronized (failures) { return List.copyOf(failures); } }

    /** 0 when everything went through, 1 when something failed. */
    public int exitCode() { return failures.isEmpty() ? 0 : 1; }
}
