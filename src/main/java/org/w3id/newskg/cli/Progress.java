package org.w3id.newskg.cli;

import java.io.Console;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.Consumer;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.w3id.newskg.pipeline.BatchReport;

/**
 * Feedback on a long batch (extract, load): on a terminal a progress bar on stderr; otherwise (a log, a pipe) one
 * line per {@value #EVERY} articles, so a log shows the batch moving without a line per article; and at the end
 * always one summary line: articles, failed, statements, seconds, articles/s and tokens/s.
 */
final class Progress implements Consumer<BatchReport>, AutoCloseable {
    static final int EVERY = 100;
    private final String task;
    private final PrintWriter err;
    private final int every;
    private final ProgressBar bar;
    private int lastLine;

    private Progress(String task, PrintWriter err, int every, ProgressBar bar) {
        this.task = task;
        this.err = err;
        this.every = every;
        this.bar = bar;
    }

    /** A bar when stderr is a terminal, else lines every {@value #EVERY} articles. */
    static Progress of(String task, PrintWriter err) {
        if (!terminal()) return lines(task, err, EVERY);
        ProgressBar bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(-1).setUnit(" articles", 1)
                .setStyle(ProgressBarStyle.ASCII).setConsumer(new ConsoleProgressBarConsumer(new PrintStream(System.err, true)))
                .showSpeed().build();
        return new Progress(task, err, 0, bar);
    }

    /** Lines every {@code every} articles, whatever the output is. */
    static Progress lines(String task, PrintWriter err, int every) { return new Progress(task, err, every, null); }

    /**
     * Whether the user watches: a console that is a terminal. From Java 22 on {@link System#console()} is not null
     * even when output is redirected, and {@code Console.isTerminal()} tells; Java 21 has no such method and returns
     * null when redirected.
     */
    static boolean terminal() {
        Console c = System.console();
        if (c == null) return false;
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(c);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    @Override
    public synchronized void accept(BatchReport r) {
        int n = r.succeeded() + r.failures().size();
        if (bar != null) {
            bar.stepTo(n);
            bar.setExtraMessage(r.failures().isEmpty() ? "" : r.failures().size() + " failed");
        } else if (every > 0 && n / every > lastLine) {
            lastLine = n / every;
            synchronized (err) {
                err.println("newskg: " + task + ": " + n + " article(s), " + r.failures().size() + " failed, " + r.statements()
                        + " statement(s), " + String.format(Locale.ROOT, "%.1f s", r.seconds()));
                err.flush();
            }
        }
    }

    /** The closing line: "12 article(s), 1 failed, 80 statement(s) in 3.2 s: 3.8 articles/s, 2,140 tokens/s". */
    static String summary(String task, BatchReport r) {
        double s = Math.max(r.seconds(), 1e-3);
        int articles = r.succeeded() + r.failures().size();
        return String.format(Locale.ROOT, "newskg: %s: %d article(s), %d failed, %d statement(s) in %.1f s: %.1f articles/s, %,.0f tokens/s",
                task, articles, r.failures().size(), r.statements(), r.seconds(), articles / s, r.tokens() / s);
    }

    @Override
    public void close() {
        if (bar != null) bar.close();
    }
}
