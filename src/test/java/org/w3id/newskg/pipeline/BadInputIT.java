package org.w3id.newskg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.newskg.export.Exporter;
import org.w3id.newskg.export.Format;
import org.w3id.newskg.ingest.ArticleReader;
import org.w3id.newskg.model.Extraction;
import org.w3id.newskg.nlp.OpenNlpLanguageIdentifier;
import org.w3id.newskg.store.ArticleGraph;
import org.w3id.newskg.store.ContractValidator;

/**
 * Hostile input through the real reader (with OpenNLP's language detector), the whole pipeline on two
 * threads and the N-Quads writer: no exception escapes and nothing hangs (each input runs alone, two inputs
 * at a time, within its own generous time limit), every input gives what it must (an article, or one failure
 * line naming it), every accepted article keeps the offset invariants ({@link OffsetInvariants}) and conforms
 * to the shipped SHACL shapes ({@code ontology/shapes.ttl}), and a second run over the whole directory on two
 * threads gives the same. The seed is printed; {@code -Dnewskg.seed=N} replays a run.
 */
class BadInputIT {
    private static final Clock FIXED = Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC);
    private static final long LIMIT_SECONDS = 120;
    private static final int LANES = 2;
    private static Pipeline pipeline;
    private static ArticleReader reader;
    private static final ContractValidator SHAPES = ContractValidator.shipped();

    @BeforeAll
    static void parts() {
        pipeline = Pipeline.create().clock(FIXED).build();
        reader = ArticleReader.create().languages(new OpenNlpLanguageIdentifier()).build();
    }

    @Test
    void seededHostileInputsNeitherCrashNorHangAndKeepTheInvariants(@TempDir Path dir) throws Exception {
        run(dir, 130, false);
    }

    @Test
    @Tag("slow")
    void aThousandHostileInputsWith50MegabyteFiles(@TempDir Path dir) throws Exception {
        run(dir, 1_100, true);
    }

    /** What one run made of one input: its articles (by source) with their statement and quad counts, and its failure lines. */
    private record Outcome(Map<String, String> articles, List<String> failures, List<String> violations) {}

    private static void run(Path dir, int count, boolean huge) throws Exception {
        long seed = Long.getLong("newskg.seed", System.nanoTime());
        System.out.println("BadInputIT seed=" + seed + " (replay: -Dnewskg.seed=" + seed + ")");
        List<BadInputs.Input> inputs = BadInputs.write(seed, dir, count, huge);
        ExecutorService runner = Executors.newCachedThreadPool(r -> { Thread t = new Thread(r, "bad-input"); t.setDaemon(true); return t; });
        long t0 = System.nanoTime();
        // each input alone, two at a time (the machine has two cores; one article keeps one busy)
        List<Checked> checked = new ArrayList<>(Collections.nCopies(inputs.size(), null));
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> lanes = new ArrayList<>();
        for (int lane = 0; lane < LANES; lane++)
            lanes.add(runner.submit(() -> {
                for (int i; (i = next.getAndIncrement()) < inputs.size(); ) checked.set(i, check(inputs.get(i), runner));
                return null;
            }));
        for (Future<?> lane : lanes) lane.get();
        long perInput = System.nanoTime() - t0;
        List<String> problems = new ArrayList<>();
        Map<String, String> accepted = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (Checked c : checked) {
            problems.addAll(c.problems());
            accepted.putAll(c.outcome().articles());
            failures.addAll(c.outcome().failures());
        }
        // the same inputs once more as one directory on two threads: the same articles, the same failure lines
        Future<Outcome> all = runner.submit(() -> batch(List.of(dir), false));
        Outcome whole = all.get(LIMIT_SECONDS * 4 + count, TimeUnit.SECONDS);
        runner.shutdownNow();
        System.out.printf("BadInputIT seed=%d: %d inputs, %d articles accepted, %d failure lines; %.1f s one by one (%d at a time), %.1f s as one batch%n",
                seed, inputs.size(), accepted.size(), failures.size(), perInput / 1e9, LANES, (System.nanoTime() - t0 - perInput) / 1e9);
        failures.stream().collect(Collectors.groupingBy(BadInputIT::problemOf, TreeMap::new, Collectors.counting()))
                .forEach((k, v) -> System.out.printf("  %5d × %s%n", v, k));
        if (!whole.articles().equals(accepted)) problems.add("the two-thread batch over the directory gave other articles than one by one");
        List<String> a = new ArrayList<>(failures), b = new ArrayList<>(whole.failures());
        Collections.sort(a);
        Collections.sort(b);
        if (!a.equals(b)) problems.add("the two-thread batch over the directory gave other failure lines than one by one");
        assertTrue(accepted.size() > inputs.size() / 5, "too few articles accepted to test the pipeline: " + accepted.size());
        assertEquals(List.of(), problems, () -> "seed " + seed + ": " + problems.size() + " problem(s):\n" + String.join("\n", problems.subList(0, Math.min(60, problems.size()))));
    }

    /** One input's outcome and what is wrong with it. */
    private record Checked(Outcome outcome, List<String> problems) {}

    /** Runs one input alone within its time limit and checks what came out. */
    private static Checked check(BadInputs.Input in, ExecutorService runner) throws Exception {
        String what = in.path() + " [" + in.kind() + "]";
        long size = Files.size(in.path());
        long limit = limitSeconds(size);
        Future<Outcome> f = runner.submit(() -> batch(List.of(in.path()), true));
        Outcome o;
        long started = System.nanoTime();
        try {
            o = f.get(limit, TimeUnit.SECONDS);
            if (System.nanoTime() - started > 5_000_000_000L)
                System.out.printf("  slow input: %.1f s for %s (%,d bytes)%n", (System.nanoTime() - started) / 1e9, what, size);
        } catch (TimeoutException e) {
            f.cancel(true);
            return new Checked(new Outcome(Map.of(), List.of(), List.of()), List.of("HANG over " + limit + " s: " + what));
        } catch (ExecutionException e) {
            return new Checked(new Outcome(Map.of(), List.of(), List.of()), List.of("CRASH: " + what + ": " + e.getCause()));
        }
        List<String> problems = new ArrayList<>(o.violations());
        for (String line : o.failures()) {
            if (line.contains("extraction failed")) problems.add("CRASH inside the pipeline: " + line);
            if (!line.startsWith(in.path().toString())) problems.add("failure line does not name " + in.path() + ": " + line);
            if (line.contains("\n") || line.contains("\r")) problems.add("failure line of more than one line: " + what);
        }
        int got = o.articles().size();
        if (!in.jsonLines() && got + o.failures().size() != 1)
            problems.add(what + ": " + got + " article(s) and " + o.failures().size() + " failure line(s), expected one of the two: " + o.failures());
        if (in.jsonLines() && got + o.failures().size() == 0) problems.add(what + ": neither an article nor a failure line");
        if (in.expect() == BadInputs.Expect.ACCEPT && got == 0) problems.add(what + ": rejected, expected accepted: " + o.failures());
        if (in.expect() == BadInputs.Expect.REJECT && got > 0) problems.add(what + ": accepted, expected rejected");
        if (in.articles() >= 0 && got != in.articles()) problems.add(what + ": " + got + " article(s), expected " + in.articles() + ": " + o.failures());
        return new Checked(o, problems);
    }

    /**
     * The time one input may take before it counts as a hang: {@value #LIMIT_SECONDS} s, and as much again for
     * each megabyte (the 1 M-character article), at most ten minutes; generous, so that a busy machine does not
     * pass for a hang.
     */
    private static long limitSeconds(long bytes) {
        return Math.min(600, LIMIT_SECONDS + LIMIT_SECONDS * bytes / 1_000_000);
    }

    /**
     * A Batch on two threads; each result mapped to RDF and written as N-Quads, and with {@code check} its offset
     * invariants and SHACL shapes checked (the second run over the directory only compares its outcome).
     */
    private static Outcome batch(List<Path> paths, boolean check) {
        Map<String, String> articles = new ConcurrentHashMap<>();
        List<String> violations = Collections.synchronizedList(new ArrayList<>());
        BatchReport report = new Batch(pipeline, reader, 2).run(paths, (Extraction.Linked linked) -> {
            DatasetGraph dsg = pipeline.toDataset(linked);
            if (check) {
                violations.addAll(OffsetInvariants.check(linked.extraction(), dsg));
                for (ArticleGraph g : ArticleGraph.of(dsg)) {
                    ContractValidator.Report shacl = SHAPES.validate(g);
                    if (!shacl.conforms()) violations.add(linked.extraction().article().meta().source() + ": SHACL: " + shacl.oneLine());
                }
            }
            Exporter.write(dsg, Format.NQ, OutputStream.nullOutputStream());
            articles.put(linked.extraction().article().meta().source(),
                    linked.extraction().statements().size() + " statements, " + dsg.stream().count() + " quads");
        });
        return new Outcome(Map.copyOf(articles), report.failures(), List.copyOf(violations));
    }

    /** "x.txt: empty file" → "empty file"; numbers dropped, so alike failures group together. */
    private static String problemOf(String line) {
        int colon = line.indexOf(": ", line.lastIndexOf('/') + 1);
        String p = colon < 0 ? line : line.substring(colon + 2);
        return p.replaceAll("\\d+", "N").replaceAll("\\(.*", "(…)");
    }
}
