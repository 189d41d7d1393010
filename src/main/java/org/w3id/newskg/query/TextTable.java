package org.w3id.newskg.query;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.util.FmtUtils;

/**
 * A SELECT answer as an aligned text table, in the layout of Jena's text output, that fits a width: a statement's
 * text alone runs to hundreds of characters, and a table of them 600 to 1,100 characters wide wraps into noise on a
 * terminal. The widest column gives way first, down to the next widest, and so on, each no lower than a floor; a
 * cell cut short ends in "…".
 * Widths count code points: "…" and "ü" are one column each.
 */
final class TextTable {
    /** No column is cut below this width (or its header's). */
    static final int MIN_COLUMN = 8;
    private static final String CUT = "…";

    private TextTable() {}

    /**
     * @param width the widest a line may be; {@code Integer.MAX_VALUE} for no limit
     */
    static void write(List<Var> vars, List<Binding> rows, PrefixMapping prefixes, int width, OutputStream out) {
        int n = vars.size();
        List<String[]> cells = new ArrayList<>();
        for (Binding b : rows) {
            String[] line = new String[n];
            for (int i = 0; i < n; i++) {
                Node v = b.get(vars.get(i));
                line[i] = v == null ? "" : FmtUtils.stringForNode(v, prefixes).replaceAll("[\\r\\n\\t]+", " ");
            }
            cells.add(line);
        }
        int[] w = new int[n];
        for (int i = 0; i < n; i++) {
            w[i] = length(vars.get(i).getVarName());
            for (String[] line : cells) w[i] = Math.max(w[i], length(line[i]));
        }
        fit(w, vars, width);
        PrintStream p = new PrintStream(out, false, StandardCharsets.UTF_8);
        int total = 1;
        for (int x : w) total += x + 3;
        String rule = "-".repeat(total);
        p.println(rule);
        StringBuilder header = new StringBuilder("|");
        for (int i = 0; i < n; i++) header.append(' ').append(pad(vars.get(i).getVarName(), w[i])).append(" |");
        p.println(n == 0 ? "|" : header);
        p.println("=".repeat(total));
        for (String[] line : cells) {
            StringBuilder b = new StringBuilder("|");
            for (int i = 0; i < n; i++) b.append(' ').append(pad(line[i], w[i])).append(" |");
            p.println(b);
        }
        p.println(rule);
        p.flush();
    }

    /** Narrows the widest column, one column at a time, until the table fits or every column is at its floor. */
    static void fit(int[] w, List<Var> vars, int width) {
        if (width == Integer.MAX_VALUE) return;
        while (true) {
            int total = 1;
            for (int x : w) total += x + 3;
            if (total <= width) return;
            int widest = -1;
            for (int i = 0; i < w.length; i++)
                if (w[i] > floor(vars, i) && (widest < 0 || w[i] > w[widest])) widest = i;
            if (widest < 0) return;   // every column at its floor: a line longer than the width is the least bad
            int next = 0;             // the widest column gives way down to the next widest, so the cut is shared
            for (int i = 0; i < w.length; i++) if (i != widest) next = Math.max(next, w[i]);
            int target = Math.max(w[widest] - (total - width), next < w[widest] ? next : w[widest] - 1);
            w[widest] = Math.max(floor(vars, widest), target);
        }
    }

    private static int floor(List<Var> vars, int i) { return Math.max(MIN_COLUMN, length(vars.get(i).getVarName())); }

    private static int length(String s) { return s.codePointCount(0, s.length()); }

    /** The text cut to {@code width} code points (the last one "…" when cut) and padded with spaces. */
    static String pad(String s, int width) {
        int len = length(s);
        if (len > width) return s.substring(0, s.offsetByCodePoints(0, width - 1)) + CUT;
        return s + " ".repeat(width - len);
    }
}
