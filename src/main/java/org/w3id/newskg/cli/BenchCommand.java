package org.w3id.newskg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.w3id.newskg.bench.Bench;
import org.w3id.newskg.bench.BenchResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newskg bench}: speed and memory on a generated corpus, as a table on stdout and a JSON file. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures the NLP floor, extraction speed on 1 and 2 threads, the heap of a large batch, bulk load, graph replacement and concurrent queries on a generated corpus.")
final class BenchCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--articles", paramLabel = "N", description = "Articles of the throughput corpus (default: 400).")
    int articles = 400;

    @Option(names = "--heap-articles", paramLabel = "N", description = "Articles of the heap batch, 0 to skip it (default: 10000).")
    int heapArticles = 10_000;

    @Option(names = "--rounds", paramLabel = "N", description = "Timed passes per figure; the best counts (default: 3).")
    int rounds = 3;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads of the heap batch (default: 2).")
    int threads = 2;

    @Option(names = "--store-triples", paramLabel = "N", description = "Store size for the store figures, from the heap batch's export; 0 skips them (default: 1000000).")
    long storeTriples = 1_000_000;

    @Option(names = "--clients", paramLabel = "N", description = "Concurrent HTTP clients for the query figures (default: 8).")
    int clients = 8;

    @Option(names = "--requests", paramLabel = "N", description = "Requests per client and query (default: 25).")
    int requests = 25;

    @Option(names = "--warm-up", paramLabel = "N", description = "Requests of each query, one after the other, before the query figures are measured: a server in use has its code compiled, and on 2 cores the first few dozen requests of a fresh JVM measure the JIT compiler (default: 40).")
    int warmUp = 40;

    @Option(names = "--store-only", description = "Only the store figures (bulk load, graph replacement, queries), on the export a previous run left in --work; made first when missing.")
    boolean storeOnly;

    @Option(names = "--seed", paramLabel = "SEED", description = "Seed of the generated corpus (default: 1).")
    long seed = 1;

    @Option(names = "--work", paramLabel = "DIR", description = "Where the corpus and the N-Quads export go (default: out/bench).")
    Path work = Path.of("out/bench");

    @Option(names = "--json", paramLabel = "FILE", description = "The figures as JSON (default: out/bench/bench.json).")
    Path json = Path.of("out/bench/bench.json");

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        BenchResult r = Bench.create().articles(articles).heapArticles(heapArticles).rounds(rounds).threads(threads)
                .storeTriples(storeTriples).storeOnly(storeOnly).clients(clients).requests(requests).warmUp(warmUp).seed(seed).workDir(work).progress(line -> { err.println("bench: " + line); err.flush(); }).build().run();
        out.print(r.table());
        try {
            if (json.toAbsolutePath().getParent() != null) Files.createDirectories(json.toAbsolutePath().getParent());
            Files.writeString(json, r.json(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(json + ": cannot write (" + e.getMessage() + ")", e);
        }
        out.println("figures written to " + json);
        return 0;
    }
}
