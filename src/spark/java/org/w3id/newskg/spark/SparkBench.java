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
 * times, which move less with the load of a shared machine. With several rounds the order alternates and the best
 * time of each counts. The load average is printed beside the figures: on a shared machine every figure moves with it.
 *
 * <p>Both sides run with an archive of their own, made by an untimed run of its side on the first articles of the
 * corpus before the first round ({@code --no-cds}: neither side has one): on Java 25 and newer an ahead-of-time cache
 * (classes loaded and linked, method profiles), as the launcher gives {@code newskg spark} (extract gets the same, though
 * the launcher gives it a dynamic class-data-sharing archive: the comparison is the stricter for it); before Java 25 a
 * dynamic class-data-sharing archive each, as the launcher runs both. Besides the best times it prints the ratio of
 * each round's two runs, back to back under about the same load. With {@code --fixed N} each round also times both
 * sides on the first N articles, and the times are split into a fixed cost (JVM, models, Spark's session) and a cost
 * per article: {@code fixed = t(N) - N * per article}, {@code per article = (t(all) - t(N)) / (all - N)}.
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
    /** Articles of the untimed run that makes a side's archive. */
    private static final int ARCHIVE_ARTICLES = 20;
    /**
     * On Java 25 and newer each side's archive is an ahead-of-time cache (JEP 483, 514, 515: classes loaded and linked,
     * and method profiles, from the untimed run), as the launcher gives {@code newskg spark}; before, a dynamic
     * class-data-sharing archive.
     */
    static final boolean AOT = Runtime.version().feature() >= 25;
    @Spec CommandSpec spec;

    @Option(names = "--articles", paramLabel = "N", description = "Articles of the generated corpus (default: 4000).")
    int articles = 4000;

    @Option(names = "--threads", paramLabel = "N", description = "extract --threads N against local[N] (default: 2).")
    int threads = 2;

    @Option(names = "--rounds", paramLabel = "N", description = "Runs of each; the best counts (default: 1).")
    int rounds = 1;

    @Option(names = "--seed", paramLabel = "SEED", description = "Seed of the generated corpus (default: 1).")
    long seed = 1;

    @Option(names = "--fixed", paramLabel = "N", description = "Also time both sides on the first N articles, to split their times into a fixed cost and a cost per article (default: 0, not).")
    int fixed;

    @Option(names = "--cds", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Each side with an archive of its own (Java 25+: an ahead-of-time cache, else a class-data-sharing archive), made by an untimed run (default); --no-cds: neither.")
    boolean cds = true;

    @Option(names = "--work", paramLabel = "DIR", description = "Where the corpus and both outputs go (default: out/bench-spark).")
    Path work = Path.of("out/bench-spark");

    /** The two sides. */
    private enum Side {
        EXTRACT("extract"), SPARK("spark");

        final String name;

        Side(String name) { this.name = name; }
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (fixed < 0 || fixed >= articles) throw new IllegalArgumentException("--fixed must be between 1 and --articles - 1, not " + fixed);
        Files.createDirectories(work);
        Path corpus = work.resolve("corpus.jsonl");
        CorpusGenerator.create().seed(seed).build().writeJsonl(corpus, articles);
        Path small = fixed > 0 ? head(corpus, fixed, work.resolve("corpus-" + fixed + ".jsonl")) : null;
        if (cds) {
            Path first = head(corpus, Math.min(ARCHIVE_ARTICLES, articles), work.resolve("corpus-archive.jsonl"));
            for (Side side : Side.values()) {
                Files.deleteIfExists(archive(side));
                Times t = run(side, first, AOT ? List.of("-XX:AOTCacheOutput=" + archive(side), "-Xlog:aot*=off", "-Xlog:cds*=off")
                        : List.of("-XX:ArchiveClassesAtExit=" + archive(side), "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
                if (!Files.exists(archive(side))) throw new IllegalStateException(side.name + ": no archive made; see " + log(side) + " (or --no-cds)");
                err.printf(Locale.ROOT, "bench: %s's %s made (untimed, %.1f s)%n", side.name, AOT ? "ahead-of-time cache" : "class-data-sharing archive", t.wall());
            }
        }
        String loadBefore = loadAverage();
        Times[] best = {Times.NONE, Times.NONE}, bestSmall = {Times.NONE, Times.NONE};
        List<String> roundRatios = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            boolean extractFirst = r % 2 == 0;
            Times[] round = new Times[2];
            for (int i = 0; i < 2; i++) {
                Side side = (i == 0) == extractFirst ? Side.EXTRACT : Side.SPARK;
                Times t = run(side, corpus, sharing(side));
                err.printf(Locale.ROOT, "bench: round %d: %s %.1f s, %.1f s of CPU (load %s)%n", r + 1, side.name, t.wall(), t.cpu(), loadAverage());
                best[side.ordinal()] = best[side.ordinal()].min(t);
                round[side.ordinal()] = t;
                if (small != null) {
                    Times s = run(side, small, sharing(side));
                    err.printf(Locale.ROOT, "bench: round %d: %s on %d article(s) %.1f s, %.1f s of CPU%n", r + 1, side.name, fixed, s.wall(), s.cpu());
                    bestSmall[side.ordinal()] = bestSmall[side.ordinal()].min(s);
                }
                err.flush();
            }
            // the two sides of a round ran back to back, under about the same load: their ratio is a pair
            roundRatios.add(String.format(Locale.ROOT, "%.2f", round[Side.SPARK.ordinal()].wall() / round[Side.EXTRACT.ordinal()].wall()));
        }
        Times extract = best[Side.EXTRACT.ordinal()], spark = best[Side.SPARK.ordinal()];
        double ratio = spark.wall() / extract.wall();
        String loadAfter = loadAverage();
        out.printf(Locale.ROOT, "corpus: %d generated articles (seed %d), %d thread(s), %d round(s), %d core(s), %s %s%n", articles, seed,
                threads, rounds, Runtime.getRuntime().availableProcessors(), AOT ? "ahead-of-time cache" : "class-data sharing", cds ? "on both sides" : "off");
        out.printf(Locale.ROOT, "newskg extract --threads %d: %.1f s (%.1f s of CPU)%n", threads, extract.wall(), extract.cpu());
        out.printf(Locale.ROOT, "newskg spark --master local[%d]: %.1f s (%.1f s of CPU)%n", threads, spark.wall(), spark.cpu());
        out.printf(Locale.ROOT, "spark / extract: %.2f x the time (goal <= %.1f: %s), %.2f x the CPU time%n", ratio, GOAL, ratio <= GOAL ? "met" : "not met",
                spark.cpu() / extract.cpu());
        out.printf("spark / extract in each round (the two back to back): %s%n", String.join(", ", roundRatios));
        StringBuilder split = new StringBuilder();
        if (small != null) {
            for (Side side : Side.values()) {
                Times all = best[side.ordinal()], few = bestSmall[side.ordinal()];
                double perArticle = (all.wall() - few.wall()) / (articles - fixed), perArticleCpu = (all.cpu() - few.cpu()) / (articles - fixed);
                double fixedWall = few.wall() - fixed * perArticle, fixedCpu = few.cpu() - fixed * perArticleCpu;
                out.printf(Locale.ROOT, "%s: fixed %.1f s (%.1f s of CPU), per article %.1f ms (%.1f ms of CPU); on %d article(s) %.1f s (%.1f s of CPU)%n",
                        side.name, fixedWall, fixedCpu, perArticle * 1000, perArticleCpu * 1000, fixed, few.wall(), few.cpu());
                split.append(String.format(Locale.ROOT, ", \"%sFixedSeconds\": %.3f, \"%sMsPerArticle\": %.3f", side.name, fixedWall, side.name, perArticle * 1000));
            }
        }
        out.printf("load average (1, 5, 15 min): %s at the start, %s at the end%n", loadBefore, loadAfter);
        Files.writeString(work.resolve("bench-spark.json"), String.format(Locale.ROOT,
                "{\"articles\": %d, \"threads\": %d, \"cds\": %b, \"aotCache\": %b, \"extractSeconds\": %.3f, \"sparkSeconds\": %.3f, \"ratio\": %.3f, \"goal\": %.1f, "
                        + "\"extractCpuSeconds\": %.3f, \"sparkCpuSeconds\": %.3f, \"roundRatios\": [%s]%s, \"loadAverageStart\": \"%s\", \"loadAverageEnd\": \"%s\"}%n",
                articles, threads, cds, cds && AOT, extract.wall(), spark.wall(), ratio, GOAL, extract.cpu(), spark.cpu(), String.join(", ", roundRatios),
                split, loadBefore, loadAfter), StandardCharsets.UTF_8);
        out.println("figures written to " + work.resolve("bench-spark.json"));
        return 0;
    }

    /** One side on a corpus, in a fresh JVM with these JVM options besides this JVM's; its output directory is emptied first. */
    private Times run(Side side, Path input, List<String> jvmOptions) throws IOException, InterruptedException {
        Path dir = work.resolve(side.name);
        delete(dir);
        List<String> args = new ArrayList<>(jvmOptions);
        if (side == Side.EXTRACT)
            args.addAll(List.of("org.w3id.newskg.cli.Main", "extract", input.toString(), "-o", dir.toString(), "--format", "nq", "--threads", String.valueOf(threads)));
        else
            args.addAll(List.of(SparkCommand.class.getName(), input.toString(), "-o", dir.toString(), "--master", "local[" + threads + "]"));
        return timed(args, log(side));
    }

    private Path archive(Side side) { return work.resolve(side.name + (AOT ? ".aot" : ".jsa")).toAbsolutePath(); }

    private Path log(Side side) { return work.resolve(side.name + ".log"); }

    private List<String> sharing(Side side) {
        if (!cds) return List.of();
        return AOT ? List.of("-XX:AOTCache=" + archive(side), "-Xlog:aot*=off", "-Xlog:cds*=off")
                : List.of("-XX:SharedArchiveFile=" + archive(side), "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
    }

    /** The first n lines of a JSON Lines file, written to another. */
    private static Path head(Path corpus, int n, Path to) throws IOException {
        try (Stream<String> lines = Files.lines(corpus, StandardCharsets.UTF_8)) {
            Files.write(to, lines.limit(n).toList(), StandardCharsets.UTF_8);
        }
        return to;
    }

    /** Wall and CPU seconds of a run. */
    private record Times(double wall, double cpu) {
        static final Times NONE = new Times(Double.MAX_VALUE, Double.MAX_VALUE);

        /** The lower wall time and the lower CPU time of the two. */
        Times min(Times o) { return new Times(Math.min(wall, o.wall), Math.min(cpu, o.cpu)); }
    }

    /**
     * Runs a main class in a fresh JVM with this JVM's options and class path; its output goes to the log. The CPU time
     * (user and system, all threads) is sampled every 100 ms while it runs: on a shared machine it moves less with the
     * load than the wall time.
     */
    private static Times timed(List<String> mainAndArgs, Path log) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // this JVM's options, but not its class-data sharing: each side gets an archive of its own, or none
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream().filter(a -> !a.startsWith("-XX:SharedArchiveFile") && !a.startsWith("-XX:ArchiveClassesAtExit")
                && !a.contains("AutoCreateSharedArchive") && !a.startsWith("-XX:AOT") && !a.startsWith("-Xlog:cds") && !a.startsWith("-Xlog:aot")
                && !a.startsWith("-Xshare")).forEach(cmd::add);
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
