package org.w3id.newskg.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.graph.Node;
import org.w3id.newskg.model.Article;
import org.w3id.newskg.rdf.Iris;
import org.w3id.newskg.store.GraphStore;

/**
 * Warns when one text comes under two names (a file copied, an article saved twice): each name becomes a graph of
 * its own and every statement is in the store twice. Within a batch, and, for {@code load}, against the graphs
 * already in the store (every article records its text's SHA-256 as {@code schema:sha256}). One line naming both;
 * both are still extracted and loaded, since which one the user meant is theirs to say. Thread-safe: the batch's
 * workers call it.
 */
final class DuplicateTexts {
    private final Map<String, Article> seen = new ConcurrentHashMap<>();
    private final PrintWriter err;
    private final GraphStore store;

    /** Duplicates within the batch only ({@code extract}). */
    DuplicateTexts(PrintWriter err) { this(err, null); }

    /** Duplicates within the batch and against the graphs of {@code store} ({@code load}). */
    DuplicateTexts(PrintWriter err, GraphStore store) {
        this.err = err;
        this.store = store;
    }

    void check(Article a) {
        Article first = seen.putIfAbsent(a.contentHash(), a);
        if (first != null && !first.id().equals(a.id())) {
            warn(first.meta().source() + " and " + a.meta().source() + " have the same text: their graphs (" + first.id()
                    + ", " + a.id() + ") hold the same statements twice");
            return;
        }
        if (store == null || first != null) return;
        Node own = Iris.graph(a.id());
        List<String> others = new ArrayList<>();
        for (Node g : store.graphsWithText(a.contentHash())) if (!g.equals(own)) others.add("<" + g.getURI() + ">");
        if (!others.isEmpty())
            warn(a.meta().source() + " has the same text as " + String.join(", ", others) + " in " + store.location()
                    + ": graph " + a.id() + " will hold the same statements again");
    }

    private void warn(String what) {
        synchronized (err) {
            err.println("newskg: warning: " + what);
            err.flush();
        }
    }
}
