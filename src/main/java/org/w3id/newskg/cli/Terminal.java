package org.w3id.newskg.cli;

import org.jline.terminal.TerminalBuilder;

/** The width of the user's terminal, for tables that fit it. */
final class Terminal {
    /** When a terminal does not say its width. */
    static final int FALLBACK = 100;

    private Terminal() {}

    /**
     * The terminal's columns; no limit ({@code Integer.MAX_VALUE}) when the output is not a terminal, since a file or
     * a pipe wants whole values. {@code COLUMNS} wins when set, as in other tools.
     */
    static int width() {
        if (!Progress.terminal()) return Integer.MAX_VALUE;
        String env = System.getenv("COLUMNS");
        if (env != null && env.matches("\\d{2,4}")) return Integer.parseInt(env);
        try (org.jline.terminal.Terminal t = TerminalBuilder.builder().system(true).dumb(true).build()) {
            int w = t.getWidth();
            return w > 20 ? w : FALLBACK;
        } catch (java.io.IOException | RuntimeException e) {
            return FALLBACK;
        }
    }
}
