package org.w3id.newskg.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.w3id.newskg.bench.CorpusGenerator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code newskg bench spark}: the Spark job's overhead on one machine. On the same generated corpus (JSON Lines,
 * {@link CorpusGenerator}) it times {@code newskg extract --threads N --format nq} and {@code newskg spark --master
 * local[N]}, each in a fresh JVM with the same options, from start to exit (JVM, model loading and, for Spark, the
 * session included: what a user waits for), and states the ratio of the two times (goal ≤ 1.3) and of their CPU
 * times, which move less with the load of a shared machine. With several
 * rounds the order alternates and the best time of each counts. The load average is printed beside the figures:
 * on a shared machine every figure moves with it.
 *
 * {@snippet :
 * ./newskg bench spark --articles 4000          # prints extract s, spark s, the ratio and the load average
 * }
 */
@Command(name = "newskg bench spark", mixinStandardHelpOptions = true,
        description = "Times newskg extract --threads N against the Spark job on local[N] on the same generated corpus and prints the ratio (goal <= 1.3).")
public final class SparkBench implements Callable<Integer> {
    /** The goal of issue 16: the job on one machine takes at most this many times extract's time. */
    static final double GOAL = 1.3;
    @Spec CommandSpec spec;

    @Option(names = "--articles", paramLabel = "N", description = "Articles of the generated corpus (default: 4000).")
    int articles = 4000;

    @Option(names = "--threads", paramLabel = "N", description = "extract --threads N against local[N] (default: 2).")
    int threads = 2;

    @Option(names = "--rounds", paramLabel = "N", description = "Runs of each; the best counts (default: 1).")
    int rounds = 1;

    @Option(names = "--seed", paramLabel = "SEED", description = "Seed of the generated corpus (default: 1).")
    long seed = 1;

    @Option(names = "--work", paramLabel = "DIR", description = "Where the corpus and both outputs go (default: out/bench-spark).")
    Path work = Path.of("out/bench-spark");

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Files.createDirectories(work);
        Path corpus = work.resolve("corpus.jsonl");
        CorpusGenerator.create().seed(seed).build().writeJsonl(corpus, articles);
        String loadBefore = loadAverage();
        double extractBest = Double.MAX_VALUE, sparkBest = Double.MAX_VALUE, extractCpu = Double.MAX_VALUE, sparkCpu = Double.MAX_VALUE;
        for (int r = 0; r < rounds; r++) {
            boolean extractFirst = r % 2 == 0;
            for (int i = 0; i < 2; i++) {
                boolean extract = (i == 0) == extractFirst;
                Path dir = work.resolve(extract ? "extract" : "spark");
                delete(dir);
                List<String> args = extract
                        ? List.of("org.w3id.newskg.cli.Main", "extract", corpus.toString(), "-o", dir.toString(), "--format", "nq", "--threads", String.valueOf(threads))
                        : List.of(SparkCommand.class.getName(), corpus.toString(), "-o", dir.toString(), "--master", "local[" + threads + "]");
                Times t = timed(args, work.resolve((extract ? "extract" : "spark") + ".log"));
                err.printf(Locale.ROOT, "bench: round %d: %s %.1f s, %.1f s of CPU%n", r + 1, extract ? "extract" : "spark", t.wall(), t.cpu());
                err.flush();
                if (extract) { extractBest = Math.min(extractBest, t.wall()); extractCpu = Math.min(extractCpu, t.cpu()); }
                else { sparkBest = Math.min(sparkBest, t.wall()); sparkCpu = Math.min(sparkCpu, t.cpu()); }
            }
        }
        double ratio = sparkBest / extractBest;
        String loadAfter = loadAverage();
        out.printf(Locale.ROOT, "corpus: %d generated articles (seed %d), %d thread(s), %d round(s), %d core(s)%n", articles, seed, threads, rounds,
                Runtime.getRuntime().availableProcessors());
        out.printf(Locale.ROOT, "newskg extract --threads %d: %.1f s (%.1f s of CPU)%n", threads, extractBest, extractCpu);
        out.printf(Locale.ROOT, "newskg spark --master local[%d]: %.1f s (%.1f s of CPU)%n", threads, sparkBest, sparkCpu);
        out.printf(Locale.ROOT, "spark / extract: %.2f x the time (goal <= %.1f: %s), %.2f x the CPU time%n", ratio, GOAL, ratio <= GOAL ? "met" : "not met",
                sparkCpu / extractCpu);
        out.printf("load average (1, 5, 15 min): %s at the start, %s at the end%n", loadBefore, loadAfter);
        Files.writeString(work.resolve("bench-spark.json"), String.format(Locale.ROOT,
                "{\"articles\": %d, \"threads\": %d, \"extractSeconds\": %.3f, \"sparkSeconds\": %.3f, \"ratio\": %.3f, \"goal\": %.1f, "
                        + "\"extractCpuSeconds\": %.3f, \"sparkCpuSeconds\": %.3f, \"loadAverageStart\": \"%s\", \"loadAverageEnd\": \"%s\"}%n",
                articles, threads, extractBest, sparkBest, ratio, GOAL, extractCpu, sparkCpu, loadBefore, loadAfter), StandardCharsets.UTF_8);
        out.println("figures written to " + work.resolve("bench-spark.json"));
        return 0;
    }

    /** Wall and CPU seconds of a run. */
    private record Times(double wall, double cpu) {}

    /**
     * Runs a main class in a fresh JVM with this JVM's options and class path; its output goes to the log. The CPU time
     * (user and system, all threads) is sampled every 100 ms while it runs: on a shared machine it moves less with the
     * load than the wall time.
     */
    private static Times timed(List<String> mainAndArgs, Path log) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.addAll(mainAndArgs);
        long t = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        java.time.Duration cpu = java.time.Duration.ZERO;
        while (!p.waitFor(100, java.util.concurrent.TimeUnit.MILLISECONDS))
            cpu = p.toHandle().info().totalCpuDuration().orElse(cpu);
        double s = (System.nanoTime() - t) / 1e9;
        if (p.exitValue() != 0) throw new IllegalStateException(log.getFileName() + ": the run failed with exit code " + p.exitValue() + "; see " + log);
        return new Times(s, cpu.toNanos() / 1e9);
    }

    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new SparkBench()).execute(args));
    }
}
