package org.w3id.newskg.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.w3id.newskg.query.NamedQuery;
import org.w3id.newskg.query.QueryCatalogue;
import org.w3id.newskg.rdf.Prov;
import org.w3id.newskg.store.ArticleGraph;
import org.w3id.newskg.store.ServerSettings;
import org.w3id.newskg.store.SparqlServer;
import org.w3id.newskg.store.TdbStore;

/**
 * The store half of {@link Bench}, on an N-Quads export of whole article graphs:
 * <ul>
 * <li>{@code bulk-load}: the first graphs of the export up to {@code triples} (about 1 M), into an empty TDB2
 *     store with {@link TdbStore#bulkLoad} (the store's next TDB2 generation built and switched in, the parser on its own thread), triples/s, parsing included,
 *     and the CPU the whole process spent meanwhile; the JVM has run no loading code before (the cut reads lines), so
 *     the JIT compilers' work is in the figure;
 * <li>{@code replace-graph}: loading one article again in that store (its graph with later PROV times, as a reload
 *     writes it), one write transaction each, median and p90 of {@code replacements} random articles; and, at the end,
 *     {@code replace-graph-all-new}: a graph replaced by one that shares no quad with it;
 * <li>{@code load-heap-512m}, {@code export-heap-512m}: {@code newskg load} and {@code export} of the same file in
 *     a JVM with 512 MiB of heap ({@link HeapLimitBench});
 * <li>{@code query-p99:NAME}: every shipped query over HTTP against the embedded Fuseki on that store, with
 *     {@code clients} clients sending at once, p50 and p99 per query, after a warm-up that sends each query
 *     {@code warmUp} times (default {@value #WARM_UP}); required parameters are bound to names and words the
 *     generated corpus uses.
 * </ul>
 */
final class StoreBench {
    /**
     * Values for the queries' required parameters, taken from what {@link CorpusGenerator} writes: a surname that 25
     * of its persons share, and a word of one of its quotations (in about 3 % of the statements). Optional
     * parameters stay unbound, which asks for every event or statement.
     */
    private static final Map<String, Node> PARAMETERS = Map.of(
            "person", NodeFactory.createLiteralString("Novak"),
            "words", NodeFactory.createLiteralString("Vertrauen"));

    /**
     * Times every query is sent, one after the other, before any is timed, by default. A server in use has run its
     * queries many times and the JIT compiler has done its work; in the first few dozen requests of a fresh JVM the
     * compiler's threads take a quarter of the CPU and the request threads' code is not yet compiled (they cost about
     * twice as much per request in the first pass of the queries as in the fifth, docs/performance.md), which on 2
     * cores measures the compiler, not the server. 40 requests of each query (560 in all) is about what a server
     * answers in its first minutes; the cold start is not what the query figures are for.
     */
    static final int WARM_UP = 40;

    private StoreBench() {}

    static List<Figure> run(Path export, Path work, long triples, int clients, int requests, int warmUp, int replacements,
                                  Consumer<String> progress, Map<String, Object> conditions) {
        List<Figure> figures = new ArrayList<>();
        Path cut = work.resolve("bench-store-input.nq");
        long quads = cut(export, cut, triples);
        Path dir = work.resolve("bench-store");
        deleteTree(dir);
        progress.accept("store: bulk load of " + quads + " quads into an empty TDB2 store");
        try (TdbStore store = TdbStore.open(dir)) {
            long cpu0 = processCpu(), t0 = System.nanoTime();
            store.bulkLoad(sink -> RDFParser.source(cut).parse(new org.apache.jena.riot.system.StreamRDFWrapper(sink) {
                @Override public void start() { }
                @Override public void finish() { }
            }));
            long ns = System.nanoTime() - t0, cpu = processCpu() - cpu0;
            long stored = store.size();
            List<Node> graphs = store.graphNames();
            conditions.put("storeQuads", stored);
            conditions.put("storeGraphs", graphs.size());
            conditions.put("storeDiskBytesAfterLoad", store.diskSize());
            if (cpu0 >= 0) conditions.put("bulkLoadProcessCpuSeconds", cpu / 1e9);
            double rate = stored / (ns / 1e9);
            figures.add(new Figure("bulk-load", rate, "triples/s", ">= 100,000", rate >= 100_000,
                    stored + " quads in " + graphs.size() + " graphs, parsed and written as a new generation of the store, " + String.format("%.1f s", ns / 1e9)
                            + (cpu0 >= 0 ? String.format(java.util.Locale.ROOT, ", %.1f s of CPU (the whole JVM, compilers included)", cpu / 1e9) : "")
                            + ", a cold JVM (no loading code run before)" + load()));
            progress.accept("store: " + figures.getLast());

            progress.accept("store: " + replacements + " graph replacements");
            SplittableRandom r = new SplittableRandom(7);
            List<Long> times = new ArrayList<>();
            for (int i = 0; i < replacements; i++) {
                Node g = graphs.get(r.nextInt(graphs.size()));
                List<ArticleGraph> again = extractedAgain(store.export(Optional.of(g)), i);
                long s = System.nanoTime();
                store.replace(again);
                times.add(System.nanoTime() - s);
            }
            if (store.size() != stored) throw new IllegalStateException("bench: the store changed size on loading articles again");
            Collections.sort(times);
            double median = times.get(times.size() / 2) / 1e6, p90 = times.get((int) (times.size() * 0.9)) / 1e6;
            figures.add(new Figure("replace-graph-median", median, "ms", "< 50", median < 50,
                    "one article loaded again (its graph with later PROV times) in one write transaction, " + replacements + " times; p90 "
                            + String.format("%.1f ms", p90) + load()));
            conditions.put("storeDiskBytesAfterReplacements", store.diskSize());
            progress.accept("store: " + figures.getLast());

            progress.accept("store: shipped queries, " + clients + " clients over HTTP");
            try (SparqlServer server = SparqlServer.start(store.dataset(), ServerSettings.defaults().withPort(0))) {
                HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
                ExecutorService pool = Executors.newFixedThreadPool(clients);
                try {
                    // a warm-up pass, so that the first queries do not pay for compiling the code all queries share
                    Map<NamedQuery, HttpRequest> requestOf = new java.util.LinkedHashMap<>();
                    for (NamedQuery q : QueryCatalogue.shipped().all()) requestOf.put(q, request(q, server));
                    progress.accept("store: warming the server up, each query " + warmUp + " times");
                    warmUp(http, requestOf.values(), warmUp);
                    conditions.put("queryWarmUpRequests", warmUp);
                    for (Map.Entry<NamedQuery, HttpRequest> q : requestOf.entrySet()) {
                        Figure f = queryFigure(q.getKey(), q.getValue(), http, pool, clients, requests);
                        progress.accept("store: " + f.name() + " " + String.format("%.1f ms", f.value()) + " (" + f.how() + ")");
                        figures.add(f);
                    }
                } finally {
                    pool.shutdownNow();
                }
            }

            // last, as it changes what the store holds: every quad of a graph replaced, a new extractor's output, say
            List<Long> whole = new ArrayList<>();
            for (int i = 0; i < replacements / 3; i++) {
                Node g = graphs.get(r.nextInt(graphs.size())), other = graphs.get(r.nextInt(graphs.size()));
                List<ArticleGraph> renamed = ArticleGraph.of(store.export(Optional.of(other))).stream().map(a -> new ArticleGraph(g, a.graph())).toList();
                long s = System.nanoTime();
                store.replace(renamed);
                whole.add(System.nanoTime() - s);
            }
            Collections.sort(whole);
            figures.add(new Figure("replace-graph-all-new-median", whole.get(whole.size() / 2) / 1e6, "ms", "", null,
                    "a graph replaced by one that shares no quad with it (another article's, renamed), " + whole.size() + " times" + load()));
            progress.accept("store: " + figures.getLast());
        }
        deleteTree(dir);
        if (quads <= HeapLimitBench.UP_TO) figures.addAll(HeapLimitBench.run(cut, work, quads, progress));
        else progress.accept("store: load and export with 512 MiB of heap measured on stores up to " + HeapLimitBench.UP_TO + " quads only");
        try {
            Files.deleteIfExists(cut);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return figures;
    }

    private static void warmUp(HttpClient http, java.util.Collection<HttpRequest> requests, int times) {
        try {
            for (int i = 0; i < times; i++)
                for (HttpRequest r : requests) http.send(r, HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new UncheckedIOException("bench: the warm-up queries failed (" + e.getMessage() + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("bench: interrupted", e);
        }
    }

    /** The query's GET request, its required parameters bound to {@link #PARAMETERS}. */
    private static HttpRequest request(NamedQuery named, SparqlServer server) {
        Map<Var, Node> bind = new HashMap<>();
        for (NamedQuery.Parameter p : named.parameters())
            if (p.required()) bind.put(Var.alloc(p.name()), PARAMETERS.getOrDefault(p.name(), NodeFactory.createLiteralString("x")));
        Query query = QueryTransformOps.syntaxSubstitute(named.query(), bind);
        URI uri = URI.create(server.datasetUrl() + "/sparql?query=" + URLEncoder.encode(query.toString(), StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(uri).header("Accept", "application/sparql-results+json, text/turtle").timeout(Duration.ofSeconds(60)).GET().build();
    }

    private static Figure queryFigure(NamedQuery named, HttpRequest request, HttpClient http, ExecutorService pool, int clients, int requests) {
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        Runnable client = () -> {
            for (int i = 0; i < requests; i++) {
                long t = System.nanoTime();
                try {
                    HttpResponse<byte[]> res = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    if (res.statusCode() != 200) errors.incrementAndGet();
                } catch (IOException e) {
                    errors.incrementAndGet();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                latencies.add(System.nanoTime() - t);
            }
        };
        try {
            for (int i = 0; i < 2; i++) http.send(request, HttpResponse.BodyHandlers.ofByteArray());   // warm-up
            latencies.clear();
            errors.set(0);
            List<Future<?>> fs = new ArrayList<>();
            for (int c = 0; c < clients; c++) fs.add(pool.submit(client));
            for (Future<?> f : fs) f.get();
        } catch (Exception e) {
            throw new IllegalStateException("bench: query " + named.name() + " failed (" + e.getMessage() + ")", e);
        }
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        double p50 = sorted.get(sorted.size() / 2) / 1e6, p99 = sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(sorted.size() * 0.99) - 1)) / 1e6;
        return new Figure("query-p99:" + named.name(), p99, "ms", "< 100", p99 < 100 && errors.get() == 0,
                clients + " clients x " + requests + " requests; p50 " + String.format("%.1f ms", p50) + load() + (errors.get() > 0 ? "; " + errors.get() + " ERRORS" : ""));
    }

    /** The graph as loading its article again writes it: the same quads, with later PROV times. */
    private static List<ArticleGraph> extractedAgain(DatasetGraph stored, int n) {
        Node later = NodeFactory.createLiteralDT("2026-01-01T00:00:%02dZ".formatted(n % 60), XSDDatatype.XSDdateTime);
        DatasetGraph again = DatasetGraphFactory.create();
        stored.find().forEachRemaining(q -> again.add(q.getPredicate().equals(Prov.generatedAtTime) || q.getPredicate().equals(Prov.endedAtTime)
                ? Quad.create(q.getGraph(), q.getSubject(), q.getPredicate(), later) : q));
        return ArticleGraph.of(again);
    }

    /**
     * The CPU time of this process so far in ns, every thread (the JIT compilers and the garbage collector too), or -1
     * where the JVM does not tell it: on 2 cores a load is bound by the CPU of all its threads, and this is less
     * disturbed by other jobs than the wall time.
     */
    private static long processCpu() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : -1;
    }

    /** The system's load average over the last minute, as "; load 1.23": other jobs on the machine skew every figure. */
    private static String load() {
        return String.format(java.util.Locale.ROOT, "; load %.2f", java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /** Copies whole graphs from the start of an N-Quads export (one graph's quads together) until {@code triples} is reached. */
    private static long cut(Path export, Path cut, long triples) {
        long n = 0;
        String lastGraph = null;
        try (BufferedReader in = Files.newBufferedReader(export, StandardCharsets.UTF_8);
             BufferedWriter out = Files.newBufferedWriter(cut, StandardCharsets.UTF_8)) {
            for (String line; (line = in.readLine()) != null; ) {
                if (line.isBlank()) continue;
                String graph = line.substring(line.lastIndexOf('<', line.lastIndexOf('>')));
                if (n >= triples && !graph.equals(lastGraph)) break;
                lastGraph = graph;
                out.write(line);
                out.write('\n');
                n++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(export + ": cannot read the export (" + e.getMessage() + ")", e);
        }
        return n;
    }

    /** Deletes a work directory of the bench (the store figures' and {@link HeapLimitBench}'s). */
    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) return;
        try (var s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        } catch (IOException e) {
            throw new UncheckedIOException(dir + ": cannot delete (" + e.getMessage() + ")", e);
        }
    }
}
