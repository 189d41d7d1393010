package org.w3id.newskg.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What one {@link Bench} run measured: every figure with its goal, the per-stage profile (milliseconds per stage
 * over one 1-thread pass; empty for a store-only run) and the conditions (cores, heap, load average, corpus size…),
 * as a fixed-width table for people and as JSON for files.
 *
 * {@snippet :
 * BenchResult r = Bench.create().workDir(dir).build().run();
 * System.out.print(r.table());
 * }
 */
public record BenchResult(List<Figure> figures, Map<String, Double> stageMillis, Map<String, Object> conditions) {
    /** A fixed-width table of the figures (the name column as wide as the longest name), their goals, and the stage profile. */
    public String table() {
        StringBuilder sb = new StringBuilder();
        int width = Math.max(26, figures.stream().mapToInt(f -> f.name().length()).max().orElse(0));
        String row = "%-" + width + "s %16s %-10s %-10s %s%n";
        sb.append(String.format(Locale.ROOT, row, "figure", "value", "unit", "goal", "met"));
        for (Figure f : figures)
            sb.append(String.format(Locale.ROOT, row, f.name(), number(f.value()), f.unit(), f.goal(), f.met() == null ? "" : f.met() ? "yes" : "NO"));
        if (!stageMillis.isEmpty()) {
            double total = stageMillis.values().stream().mapToDouble(Double::doubleValue).sum();
            sb.append(String.format(Locale.ROOT, "%nwhere the time goes (one 1-thread pass, %s ms):%n", number(total)));
            stageMillis.forEach((k, v) -> sb.append(String.format(Locale.ROOT, "  %-12s %12s ms %6.1f%%%n", k, number(v), 100 * v / total)));
        }
        sb.append(String.format(Locale.ROOT, "%nconditions: %s%n", conditions));
        return sb.toString();
    }

    public String json() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("conditions", conditions);
        root.put("figures", figures);
        root.put("stageMillis", stageMillis);
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.format(Locale.ROOT, "%,d", (long) v) : String.format(Locale.ROOT, "%,.2f", v);
    }
}
