package org.w3id.newskg.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code load} and {@code export} of the store figures' N-Quads file, each in a JVM of its own with {@value #HEAP}
 * of heap, as a user runs them: whether they get through, how long they take, and the fullest the heap was before
 * a collection (from the JVM's own GC log). Both stream, so the file's size should not matter.
 */
final class HeapLimitBench {
    static final String HEAP = "-Xmx512m";
    /** The largest store it runs on: a load checks every graph against the contract, minutes per million quads. */
    static final long UP_TO = 2_000_000;
    private static final Pattern BEFORE_GC = Pattern.compile("Pause.* (\\d+)M->\\d+M\\(");

    private HeapLimitBench() {}

    static List<Figure> run(Path input, Path work, long quads, Consumer<String> progress) {
        Path store = work.resolve("bench-heap-store"), out = work.resolve("bench-heap-export.nq");
        StoreBench.deleteTree(store);
        List<Figure> figures = new ArrayList<>();
        figures.add(child("load-heap-512m", work, progress, quads + " quads loaded into an empty store", "load", input.toString(), "--store", store.toString()));
        figures.add(child("export-heap-512m", work, progress, quads + " quads exported as N-Quads", "export", "--store", store.toString(), "-f", "nq", "-o", out.toString()));
        StoreBench.deleteTree(store);
        try {
            Files.deleteIfExists(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return figures;
    }

    private static Figure child(String name, Path work, Consumer<String> progress, String what, String... args) {
        progress.accept("store: " + name + ": newskg " + String.join(" ", args) + " with " + HEAP);
        Path log = work.resolve(name + ".gc.log");
        List<String> cmd = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), HEAP, "-Xlog:gc:file=" + log,
                "-cp", System.getProperty("java.class.path"), "org.w3id.newskg.cli.Main"));
        // the collector the bench runs with (the launcher's), so the child measures what `newskg load` is
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.matches("-XX:\\+Use\\w+GC")).forEach(a -> cmd.add(1, a));
        cmd.addAll(List.of(args));
        long t0 = System.nanoTime();
        int code;
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(work.resolve(name + ".out").toFile()).start();
            code = p.waitFor();
        } catch (IOException e) {
            throw new UncheckedIOException("bench: cannot start " + cmd.getFirst(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("bench: interrupted", e);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        long peak = 0;
        try (Stream<String> lines = Files.lines(log)) {
            for (String l : (Iterable<String>) lines::iterator) {
                Matcher m = BEFORE_GC.matcher(l);
                if (m.find()) peak = Math.max(peak, Long.parseLong(m.group(1)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(log + ": cannot read the GC log", e);
        }
        return new Figure(name, peak, "MiB", "< 512", code == 0 && peak < 512,
                what + " in a JVM with " + HEAP + String.format(", %.1f s", seconds) + "; the fullest heap before a collection (GC log)"
                        + (code == 0 ? "" : "; exit code " + code + ", ERRORS (" + work.resolve(name + ".out") + ")"));
    }
}
