package org.w3id.newskg.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.w3id.newskg.model.Article;

/**
 * Warns when a batch reads one text under two names (a file copied, an article saved twice): each name becomes a
 * graph of its own and every statement is in the store twice. One line naming both files; both are still extracted,
 * since which one the user meant is theirs to say. Thread-safe: the batch's workers call it.
 */
final class DuplicateTexts {
    private final Map<String, Article> seen = new ConcurrentHashMap<>();
    private final PrintWriter err;

    DuplicateTexts(PrintWriter err) { this.err = err; }

    void check(Article a) {
        Article first = seen.putIfAbsent(a.contentHash(), a);
        if (first == null || first.id().equals(a.id())) return;
        synchronized (err) {
            err.println("newskg: warning: " + first.meta().source() + " and " + a.meta().source()
                    + " have the same text: their graphs (" + first.id() + ", " + a.id() + ") hold the same statements twice");
            err.flush();
        }
    }
}
