package org.w3id.newskg.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.w3id.newskg.export.Exporter;
import org.w3id.newskg.export.Format;
import org.w3id.newskg.ingest.ArticleReader;
import org.w3id.newskg.model.AnnotatedText;
import org.w3id.newskg.model.Article;
import org.w3id.newskg.model.Extraction;
import org.w3id.newskg.nlp.Annotator;
import org.w3id.newskg.pipeline.Batch;
import org.w3id.newskg.pipeline.BatchReport;
import org.w3id.newskg.pipeline.Pipeline;
import org.w3id.newskg.rdf.GraphMapper;

/**
 * Measures newskg's speed and memory on a generated corpus ({@link CorpusGenerator}) in one run and gives
 * the figures with their goals:
 * <ul>
 * <li>{@code nlp-floor}: OpenNLP sentences, tokens, POS and lemmas alone ({@link Annotator}), tokens/s, 1 thread;
 * <li>{@code extraction-1-thread}: NLP, every extraction stage, linking and the RDF mapping (quads to a
 *     counting sink), tokens/s on 1 thread, and {@code extraction-vs-floor}, its time over the floor's
 *     (goal ≤ 1.5);
 * <li>{@code speedup-2-threads}: the same work on 2 threads, in memory, against 1 thread (goal ≥ 1.8), and
 *     {@code batch-speedup-2-threads}: {@link Batch} end to end (reading JSON Lines included) on 2 against 1;
 * <li>{@code heap-peak}: peak heap of a {@link Batch} of {@code heapArticles} articles (default 10,000) that
 *     streams every graph to an N-Quads file, sampled every 20 ms, and the largest live heap after a
 *     collection; the file stays in the work directory;
 * <li>the store figures of {@link StoreBench} on the first {@code storeTriples} (1 M) quads of that export:
 *     bulk load, replacing one article's graph, the shipped queries with 8 concurrent HTTP clients.
 * </ul>
 * With {@code storeOnly} only the store figures are measured, on the export a previous run left in the work
 * directory (made first when it is missing or too small).
 * Each throughput figure is the best of {@code rounds} timed passes after a warm-up pass, so JIT compilation
 * and model loading are not counted. A per-stage profile of one extraction pass says where the time goes.
 *
 * {@snippet :
 * BenchResult r = Bench.create().articles(400).heapArticles(10_000).workDir(dir).build().run();
 * System.out.println(r.table());
 * }
 */
public final class Bench {
    private static final Clock FIXED = Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC);
    private final int articles;
    private final int heapArticles;
    private final int rounds;
    private final int threads;
    private final long seed;
    private final Path workDir;
    private final Consumer<String> progress;
    private final long storeTriples;
    private final int clients;
    private final int requests;
    private final int warmUp;
    private final boolean storeOnly;

    private Bench(Builder b) {
        this.storeTriples = b.storeTriples;
        this.storeOnly = b.storeOnly;
        this.clients = b.clients;
        this.requests = b.requests;
        this.warmUp = b.warmUp;
        this.articles = b.articles;
        this.heapArticles = b.heapArticles;
        this.rounds = b.rounds;
        this.threads = b.threads;
        this.seed = b.seed;
        this.workDir = b.workDir;
        this.progress = b.progress;
    }

    public static Builder create() { return new Builder(); }

    public BenchResult run() {
        List<Figure> figures = new ArrayList<>();
        Map<String, Object> conditions = new LinkedHashMap<>();
        conditions.put("cores", Runtime.getRuntime().availableProcessors());
        conditions.put("maxHeapMiB", Runtime.getRuntime().maxMemory() >> 20);
        conditions.put("java", Runtime.version().toString());
        conditions.put("loadAverageAtStart", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        conditions.put("seed", seed);
        if (storeOnly) return storeOnly(figures, conditions);
        conditions.put("articles", articles);
        conditions.put("rounds", rounds);
        CorpusGenerator generator = CorpusGenerator.create().seed(seed).build();
        List<Article> corpus = generator.articles(articles);
        conditions.put("characters", corpus.stream().mapToLong(a -> a.text().length()).sum());

        Annotator nlp = new Annotator();
        nlp.preload("de");
        nlp.preload("en");
        Pipeline pipeline = Pipeline.create().annotator(nlp).clock(FIXED).build();
        long tokens = corpus.stream().mapToLong(a -> nlp.annotate(a, false).tokens().size()).sum();
        conditions.put("tokens", tokens);
        progress.accept("corpus: " + articles + " articles, " + tokens + " tokens; warming up");
        Work floor = a -> nlp.annotate(a, true).tokens().size();
        AtomicLong quads = new AtomicLong();
        Work whole = a -> { pipeline.write(a, counting(quads)); return 0; };
        // two long-lived workers, so their per-thread OpenNLP objects are made once, in the warm-up
        ExecutorService two = Executors.newFixedThreadPool(2, r -> { Thread t = new Thread(r, "newskg-bench"); t.setDaemon(true); return t; });
        long floorNs = Long.MAX_VALUE, wholeNs = Long.MAX_VALUE, twoNs = Long.MAX_VALUE;
        try {
            timed(corpus, floor, null);
            timed(corpus, whole, null);
            timed(corpus, whole, two);
            for (int r = 0; r < rounds; r++) {
                long f = timed(corpus, floor, null), w = timed(corpus, whole, null), t = timed(corpus, whole, two);
                floorNs = Math.min(floorNs, f);
                wholeNs = Math.min(wholeNs, w);
                twoNs = Math.min(twoNs, t);
                progress.accept("round %d: floor %d ms, extraction %d ms, on 2 threads %d ms".formatted(r + 1, f / 1_000_000, w / 1_000_000, t / 1_000_000));
            }
        } finally {
            two.shutdownNow();
        }
        quads.set(0);
        whole.run(corpus.getFirst());
        conditions.put("quadsFirstArticle", quads.get());
        double floorRate = tokens / (floorNs / 1e9), wholeRate = tokens / (wholeNs / 1e9);
        double ratio = (double) wholeNs / floorNs, speedup = (double) wholeNs / twoNs;
        figures.add(new Figure("nlp-floor", floorRate, "tokens/s", "", null, "Annotator alone (sentences, tokens, POS, lemmas), 1 thread"));
        figures.add(new Figure("extraction-1-thread", wholeRate, "tokens/s", "", null, "NLP + extraction + linking + RDF mapping, 1 thread"));
        figures.add(new Figure("extraction-vs-floor", ratio, "x time", "<= 1.5", ratio <= 1.5, "extraction time / floor time, 1 thread"));
        figures.add(new Figure("extraction-2-threads", tokens / (twoNs / 1e9), "tokens/s", "", null, "the same work on 2 threads"));
        figures.add(new Figure("speedup-2-threads", speedup, "x", ">= 1.8", speedup >= 1.8, "1-thread time / 2-thread time, in memory"));

        progress.accept("per-stage profile");
        Map<String, Double> stages = profile(corpus, nlp);

        Path corpusFile = workDir.resolve("bench-corpus.jsonl");
        generator.writeJsonl(corpusFile, articles);
        long b1 = batch(corpusFile, pipeline, 1, null).nanos;
        long b2 = batch(corpusFile, pipeline, 2, null).nanos;
        b1 = Math.min(b1, batch(corpusFile, pipeline, 1, null).nanos);
        b2 = Math.min(b2, batch(corpusFile, pipeline, 2, null).nanos);
        double batchSpeedup = (double) b1 / b2;
        figures.add(new Figure("batch-1-thread", tokens / (b1 / 1e9), "tokens/s", "", null, "Batch over JSON Lines (reading included), 1 worker"));
        figures.add(new Figure("batch-speedup-2-threads", batchSpeedup, "x", ">= 1.8", batchSpeedup >= 1.8, "Batch, 1 worker / 2 workers"));

        if (heapArticles > 0) {
            progress.accept("heap: a batch of " + heapArticles + " articles on " + threads + " threads, streaming N-Quads");
            Path big = workDir.resolve("bench-heap-corpus.jsonl");
            generator.writeJsonl(big, heapArticles);
            Path nq = workDir.resolve("bench-export.nq");
            HeapSampler sampler = new HeapSampler();
            BatchRun run;
            try {
                run = batch(big, pipeline, threads, nq);
            } finally {
                sampler.stop();
            }
            conditions.put("heapArticles", heapArticles);
            conditions.put("heapThreads", threads);
            conditions.put("exportFile", nq.toString());
            conditions.put("exportQuads", run.quads);
            try {
                conditions.put("exportBytes", Files.size(nq));
                Files.deleteIfExists(big);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            figures.add(new Figure("heap-batch-articles/s", run.done / (run.nanos / 1e9), "articles/s", "", null,
                    heapArticles + " articles, " + threads + " threads, graphs streamed to N-Quads"));
            figures.add(new Figure("heap-peak-used", sampler.peakUsed >> 20, "MiB", "", null, "largest heap in use, sampled every 20 ms, -Xmx " + (Runtime.getRuntime().maxMemory() >> 20) + " MiB"));
            figures.add(new Figure("heap-peak-live", sampler.peakLive >> 20, "MiB", "", null, "largest heap left after a collection (the live set)"));
            if (run.failures > 0) figures.add(new Figure("heap-batch-failures", run.failures, "articles", "0", false, "articles that failed"));
            if (storeTriples > 0) {
                if (run.quads < storeTriples) throw new IllegalArgumentException("bench: the export holds " + run.quads + " quads, fewer than the "
                        + storeTriples + " the store figures need; give more --heap-articles");
                figures.addAll(StoreBench.run(nq, workDir, storeTriples, clients, requests, warmUp, 30, progress, conditions));
            }
        }
        try {
            Files.deleteIfExists(corpusFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        conditions.put("loadAverageAtEnd", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        return new BenchResult(List.copyOf(figures), stages, conditions);
    }

    /** The store figures alone, on the export in the work directory; the export is made first when it cannot hold them. */
    private BenchResult storeOnly(List<Figure> figures, Map<String, Object> conditions) {
        Path nq = workDir.resolve("bench-export.nq");
        if (!holds(nq, storeTriples)) {
            progress.accept("store: making the export, a batch of " + heapArticles + " articles on " + threads + " threads");
            Path big = workDir.resolve("bench-heap-corpus.jsonl");
            CorpusGenerator.create().seed(seed).build().writeJsonl(big, heapArticles);
            Annotator nlp = new Annotator();
            BatchRun run = batch(big, Pipeline.create().annotator(nlp).clock(FIXED).build(), threads, nq);
            try {
                Files.deleteIfExists(big);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (run.quads < storeTriples) throw new IllegalArgumentException("bench: the export holds " + run.quads + " quads, fewer than the "
                    + storeTriples + " the store figures need; give more --heap-articles");
        }
        conditions.put("exportFile", nq.toString());
        figures.addAll(StoreBench.run(nq, workDir, storeTriples, clients, requests, warmUp, 30, progress, conditions));
        conditions.put("loadAverageAtEnd", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        return new BenchResult(List.copyOf(figures), Map.of(), conditions);
    }

    /** Whether the N-Quads file exists and has at least {@code quads} lines. */
    private static boolean holds(Path nq, long quads) {
        if (!Files.isRegularFile(nq)) return false;
        try (Stream<String> lines = Files.lines(nq, StandardCharsets.UTF_8)) {
            return lines.limit(quads).count() >= quads;
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    @FunctionalInterface
    private interface Work { int run(Article a); }

    /** Nanoseconds to do the work on every article, on this thread or on every thread of the pool taking articles in turn. */
    private static long timed(List<Article> corpus, Work work, ExecutorService pool) {
        if (pool == null) {
            long t0 = System.nanoTime();
            for (Article a : corpus) work.run(a);
            return System.nanoTime() - t0;
        }
        int n = ((java.util.concurrent.ThreadPoolExecutor) pool).getCorePoolSize();
        try {
            AtomicInteger next = new AtomicInteger();
            long t0 = System.nanoTime();
            List<Future<?>> fs = new ArrayList<>();
            for (int i = 0; i < n; i++)
                fs.add(pool.submit(() -> {
                    for (int k; (k = next.getAndIncrement()) < corpus.size(); ) work.run(corpus.get(k));
                }));
            for (Future<?> f : fs) f.get();
            return System.nanoTime() - t0;
        } catch (Exception e) {
            throw new IllegalStateException("bench: a worker failed (" + e.getMessage() + ")", e);
        }
    }

    private record BatchRun(long nanos, int done, int failures, long quads) {}

    /** A Batch over a JSON Lines file; with {@code nq} each graph is written there as N-Quads. */
    private static BatchRun batch(Path corpus, Pipeline pipeline, int n, Path nq) {
        ArticleReader reader = ArticleReader.create().build();
        AtomicLong quads = new AtomicLong();
        long t0 = System.nanoTime();
        BatchReport report;
        if (nq == null) {
            StreamRDF sink = counting(quads);
            GraphMapper mapper = GraphMapper.create().clock(FIXED).build();
            report = new Batch(pipeline, reader, n).run(List.of(corpus), linked -> mapper.write(linked, sink));
        } else {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(nq), 1 << 16)) {
                report = new Batch(pipeline, reader, n).run(List.of(corpus), linked -> {
                    DatasetGraph dsg = pipeline.toDataset(linked);
                    synchronized (out) {
                        quads.addAndGet(dsg.stream().count());
                        Exporter.write(dsg, Format.NQ, out);
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(nq + ": cannot write (" + e.getMessage() + ")", e);
            }
        }
        return new BatchRun(System.nanoTime() - t0, report.succeeded(), report.failures().size(), quads.get());
    }

    /** Milliseconds per stage over one pass on 1 thread, measured inside {@link Pipeline#extract(AnnotatedText, Pipeline.StageClock)}. */
    private static Map<String, Double> profile(List<Article> corpus, Annotator nlp) {
        Pipeline pipeline = Pipeline.create().annotator(nlp).clock(FIXED).build();
        GraphMapper mapper = GraphMapper.create().clock(FIXED).build();
        AtomicLong quads = new AtomicLong();
        StreamRDF sink = counting(quads);
        Map<String, Long> ns = new LinkedHashMap<>();
        for (Article a : corpus) {
            long t = System.nanoTime(), u;
            AnnotatedText text = nlp.annotate(a);
            ns.merge("nlp", (u = System.nanoTime()) - t, Long::sum);
            Extraction ex = pipeline.extract(text, (stage, nanos) -> ns.merge(stage, nanos, Long::sum));
            t = System.nanoTime();
            Extraction.Linked linked = pipeline.link(ex);
            ns.merge("link", (u = System.nanoTime()) - t, Long::sum);
            t = u;
            mapper.write(linked, sink);
            ns.merge("rdf", System.nanoTime() - t, Long::sum);
        }
        Map<String, Double> out = new LinkedHashMap<>();
        ns.forEach((stage, n) -> out.put(stage, Math.round(n / 1e4) / 100.0));
        return out;
    }

    private static StreamRDF counting(AtomicLong quads) {
        return new StreamRDFBase() {
            @Override public void quad(Quad quad) { quads.incrementAndGet(); }
            @Override public void triple(org.apache.jena.graph.Triple triple) { quads.incrementAndGet(); }
        };
    }

    public static final class Builder {
        private int articles = 400;
        private int heapArticles = 10_000;
        private int rounds = 3;
        private int threads = 2;
        private long seed = 1;
        private Path workDir;
        private Consumer<String> progress = s -> { };
        private long storeTriples = 1_000_000;
        private int clients = 8;
        private int requests = 25;
        private int warmUp = StoreBench.WARM_UP;
        private boolean storeOnly;

        /** Only the store figures, on the export a previous run left in the work directory. Default false. */
        public Builder storeOnly(boolean storeOnly) { this.storeOnly = storeOnly; return this; }

        /** Size of the store for the store figures, taken from the heap batch's export; 0 skips them. Default 1,000,000. */
        public Builder storeTriples(long n) {
            if (n < 0) throw new IllegalArgumentException("store triples must be >= 0, not " + n);
            this.storeTriples = n;
            return this;
        }

        /** Concurrent HTTP clients for the query figures. Default 8. */
        public Builder clients(int n) { this.clients = positive("clients", n); return this; }

        /** Requests per client and query. Default 25. */
        public Builder requests(int n) { this.requests = positive("requests", n); return this; }

        /** Requests of each query, one after the other, before the query figures. Default {@value StoreBench#WARM_UP}. */
        public Builder warmUp(int n) { this.warmUp = positive("warm-up", n); return this; }

        /** Articles of the throughput corpus. Default 400 (about 150,000 tokens). */
        public Builder articles(int n) { this.articles = positive("articles", n); return this; }

        /** Articles of the heap batch; 0 skips it. Default 10,000. */
        public Builder heapArticles(int n) {
            if (n < 0) throw new IllegalArgumentException("heap articles must be >= 0, not " + n);
            this.heapArticles = n;
            return this;
        }

        /** Timed passes per throughput figure, the best counting. Default 3. */
        public Builder rounds(int n) { this.rounds = positive("rounds", n); return this; }

        /** Worker threads of the heap batch. Default 2. */
        public Builder threads(int n) { this.threads = positive("threads", n); return this; }

        /** Seed of the generated corpus. Default 1. */
        public Builder seed(long seed) { this.seed = seed; return this; }

        /** Where the corpus files and the N-Quads export go. Required. */
        public Builder workDir(Path dir) { this.workDir = dir; return this; }

        /** Receives a line at each step. Default: nothing. */
        public Builder progress(Consumer<String> progress) { this.progress = progress; return this; }

        public Bench build() {
            if (workDir == null) throw new IllegalArgumentException("bench: a work directory is required");
            try {
                Files.createDirectories(workDir);
            } catch (IOException e) {
                throw new IllegalArgumentException(workDir + ": cannot create work directory (" + e.getMessage() + ")");
            }
            return new Bench(this);
        }

        private static int positive(String what, int n) {
            if (n < 1) throw new IllegalArgumentException(what + " must be >= 1, not " + n);
            return n;
        }
    }
}
