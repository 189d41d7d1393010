package org.w3id.newskg.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

/**
 * Feeds article graphs into a {@link GraphStore}: validates each against the contract, then replaces it.
 * Graphs are gathered into batches of {@code batchSize} that are written in one transaction each (a TDB2 commit
 * costs 90-200 ms of fsync, so one per article would dominate a load). When a batch fails, its graphs are
 * retried one by one, so every article that can be written is, and the one that cannot is reported; a failed
 * write leaves that article's previous version in place, never half a graph. Thread-safe: the batch's workers
 * call {@link #accept} concurrently (validation runs on their threads, writes one at a time).
 *
 * {@snippet :
 * try (GraphLoader loader = GraphLoader.create(store).batchSize(16).build()) {
 *     batch.run(inputs, linked -> ArticleGraph.of(pipeline.toDataset(linked)).forEach(loader));
 * }
 * LoadReport r = loader.report();
 * }
 */
public final class GraphLoader implements Consumer<ArticleGraph>, AutoCloseable {
    private final GraphStore store;
    private final ContractValidator validator;
    private final int batchSize;
    private final Consumer<String> progress;
    private final List<ArticleGraph> pending = new ArrayList<>();
    private final List<String> loaded = Collections.synchronizedList(new ArrayList<>());
    private final List<String> refused = Collections.synchronizedList(new ArrayList<>());
    private final List<String> failed = Collections.synchronizedList(new ArrayList<>());
    private final List<String> warned = Collections.synchronizedList(new ArrayList<>());

    private GraphLoader(Builder b) {
        this.store = b.store;
        this.validator = b.validator;
        this.batchSize = b.store instanceof TdbStore ? b.batchSize : 1;
        this.progress = b.progress;
    }

    public static Builder create(GraphStore store) { return new Builder(store); }

    /** Validates the graph and queues it; a full batch is written before this returns. */
    @Override
    public void accept(ArticleGraph g) {
        if (validator != null) {
            ContractValidator.Report r = validator.validate(g);
            if (!r.conforms()) {
                refused.add(r.oneLine());
                return;
            }
            if (!r.warnings().isEmpty()) warned.add(r.oneLine());
        }
        List<ArticleGraph> batch = null;
        synchronized (pending) {
            pending.add(g);
            if (pending.size() >= batchSize) {
                batch = List.copyOf(pending);
                pending.clear();
            }
        }
        if (batch != null) write(batch);
    }

    /** Writes what is still queued. */
    public void flush() {
        List<ArticleGraph> batch;
        synchronized (pending) {
            batch = List.copyOf(pending);
            pending.clear();
        }
        if (!batch.isEmpty()) write(batch);
    }

    private void write(List<ArticleGraph> batch) {
        synchronized (store) {
            try {
                store.replace(batch);
                batch.forEach(this::done);
                return;
            } catch (RuntimeException e) {
                if (batch.size() == 1) {
                    failed.add(ContractValidator.shortName(batch.get(0).name()) + ": not written (" + oneLine(e) + ")");
                    return;
                }
            }
            for (ArticleGraph g : batch) {
                try {
                    store.replace(List.of(g));
                    done(g);
                } catch (RuntimeException e) {
                    failed.add(ContractValidator.shortName(g.name()) + ": not written (" + oneLine(e) + ")");
                }
            }
        }
    }

    private void done(ArticleGraph g) {
        loaded.add(g.name().getURI());
        progress.accept(g.name().getURI());
    }

    /** Flushes; the store stays open (its owner closes it). */
    @Override
    public void close() { flush(); }

    public LoadReport report() {
        return new LoadReport(List.copyOf(loaded), List.copyOf(refused), List.copyOf(failed), List.copyOf(warned));
    }

    /**
     * What a load did.
     *
     * @param loaded  names of the graphs written
     * @param refused one line per graph that breaks the contract (not written)
     * @param failed  one line per graph the store could not take
     * @param warned  one line per written graph with SHACL warnings
     */
    public record LoadReport(List<String> loaded, List<String> refused, List<String> failed, List<String> warned) {
        public boolean ok() { return refused.isEmpty() && failed.isEmpty(); }
    }

    private static String oneLine(Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) m = e.getClass().getSimpleName();
        return m.lines().findFirst().orElse(m);
    }

    public static final class Builder {
        private final GraphStore store;
        private ContractValidator validator = ContractValidator.shipped();
        private int batchSize = 16;
        private Consumer<String> progress = name -> { };

        private Builder(GraphStore store) {
            if (store == null) throw new IllegalArgumentException("no store");
            this.store = store;
        }

        /**
         * Graphs per write transaction on the embedded store (default 16). A remote store takes one graph at a
         * time whatever this says: it writes each with its own PUT anyway, and a batch that failed halfway would
         * write its first graphs twice when retried one by one.
         */
        public Builder batchSize(int n) {
            if (n < 1) throw new IllegalArgumentException("batch size must be ≥ 1, not " + n);
            this.batchSize = n;
            return this;
        }

        /** The contract check (default: the shipped shapes); {@code null} loads without checking. */
        public Builder validator(ContractValidator v) { this.validator = v; return this; }

        /** Told the name of each graph once it is written. */
        public Builder progress(Consumer<String> p) { this.progress = p; return this; }

        public GraphLoader build() { return new GraphLoader(this); }
    }
}
