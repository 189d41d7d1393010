package org.w3id.newskg.pipeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** What a batch did: how many articles went through, and one line per failure. Thread-safe. */
public final class BatchReport {
    private final List<String> failures = Collections.synchronizedList(new ArrayList<>());
    private int done;
    private long statements;

    public synchronized void succeeded(int statementCount) { done++; statements += statementCount; }

    public void failed(String line) { failures.add(line); }

    public synchronized int succeeded() { return done; }

    public synchronized long statements() { return statements; }

    public List<String> failures() { synchronized (failures) { return List.copyOf(failures); } }

    /** 0 when everything went through, 1 when something failed. */
    public int exitCode() { return failures.isEmpty() ? 0 : 1; }
}
