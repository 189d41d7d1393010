package org.w3id.newskg.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Loads an export — a TriG or N-Quads file of article graphs, as {@code newskg export}, {@code extract} or the
 * Spark job write it — into a store, streaming: one article graph is in memory at a time, however large the file.
 * Exports hold each graph's quads together; the parser's quads are gathered into one graph until the next graph's
 * name comes, and that graph is checked against the contract as a whole.
 * <ul>
 * <li>Into an <em>empty</em> embedded store the checked graphs (of all the files given) go on to one bulk load, with the parsing
 *     and the writing on two threads ({@link TdbStore#bulkLoad}, which builds the store's next TDB2 generation and puts it
 *     in place when whole): a load that fails or is killed leaves the store empty. When a graph breaks the contract or
 *     comes in two parts, that load is given up (the store is still empty) and the file is loaded the second way.
 * <li>Into a store that holds graphs, or a remote one, the file is first read through once to check that it
 *     parses (a file that does not parse loads nothing), then graph by graph through a {@link GraphLoader}, each
 *     replacing its previous version and the broken ones refused. A graph that comes in parts, in one file or
 *     across files (the first reading tells), is gathered whole from a third reading and loaded at the end.
 * </ul>
 * Triples in the default graph are no article's: they are left out, with a note.
 *
 * {@snippet :
 * if (ExportLoader.isExport(file)) {
 *     GraphLoader.LoadReport r = ExportLoader.load(store, file, 16, err::println);
 * }
 * }
 */
public final class ExportLoader {
    private ExportLoader() {}

    /** Whether the file is an export by its name: it ends in {@code .trig} or {@code .nq}, in any case. */
    public static boolean isExport(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".trig") || n.endsWith(".nq");
    }

    /**
     * Loads the export. A file that does not parse loads nothing; its one line ({@code FILE: not a valid export
     * (…)}) is the report's only failure.
     *
     * @param batchSize graphs per write transaction when the graphs go one by one ({@link GraphLoader.Builder#batchSize})
     * @param notes     gets a line for what is left out of the file but is no failure
     */
    public static GraphLoader.LoadReport load(GraphStore store, Path file, int batchSize, Consumer<String> notes) {
        return load(store, List.of(file), batchSize, notes);
    }

    /**
     * Loads several exports, the part files of one job's output say: into an empty embedded store all of them in
     * one bulk load (a graph may not come in parts across files), else file by file.
     */
    public static GraphLoader.LoadReport load(GraphStore store, List<Path> files, int batchSize, Consumer<String> notes) {
        if (store instanceof TdbStore tdb && tdb.isEmpty() && !files.isEmpty()) {
            List<String> loaded = new ArrayList<>();
            ContractValidator v = ContractValidator.shipped();
            List<Grouper> read = new ArrayList<>();
            Set<Node> seen = new HashSet<>();
            try {
                tdb.bulkLoad(sink -> {
                    for (Path file : files) {
                        Grouper g = new Grouper(seen, a -> {
                            if (!v.validate(a).conforms()) throw new NotWhole();
                            a.graph().find().forEachRemaining(t -> sink.quad(Quad.create(a.name(), t)));
                            loaded.add(a.name().getURI());
                        });
                        parse(file, g);
                        if (!g.split.isEmpty()) throw new NotWhole();
                        read.add(g);
                    }
                });
                for (int i = 0; i < files.size(); i++) note(files.get(i), read.get(i), notes);
                return new GraphLoader.LoadReport(loaded, List.of(), List.of(), List.of());
            } catch (NotWhole | RiotException e) {
                // the transaction was given up, the store is still empty: file by file, graph by graph
            }
        }
        return graphByGraph(store, files, batchSize, notes);
    }

    /**
     * The second way: a first reading of every file checks that it parses (one that does not loads nothing and is
     * the report's failure line) and finds the graphs that come in parts, within a file or across files; then the
     * other graphs go to a {@link GraphLoader} as they come, and the graphs in parts, gathered whole, at the end.
     */
    private static GraphLoader.LoadReport graphByGraph(GraphStore store, List<Path> files, int batchSize, Consumer<String> notes) {
        List<Path> good = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        Set<Node> seen = new HashSet<>(), split = new LinkedHashSet<>();
        for (Path file : files) {
            Set<Node> before = new HashSet<>(seen);
            Grouper check = new Grouper(seen, g -> { });
            try {
                parse(file, check);
                good.add(file);
                split.addAll(check.split);
                note(file, check, notes);
            } catch (RiotException e) {
                failed.add(file + ": not a valid export (" + ArticleGraph.firstLine(e) + ")");
                seen.retainAll(before);   // what it held before it broke off is not loaded
            }
        }
        GraphLoader loader = GraphLoader.create(store).batchSize(batchSize).build();
        try (loader) {
            for (Path file : good) parse(file, new Grouper(g -> { if (!split.contains(g.name())) loader.accept(g); }));
            if (!split.isEmpty()) wholeAgain(good, split, loader);
        }
        GraphLoader.LoadReport r = loader.report();
        failed.addAll(0, r.failed());
        return new GraphLoader.LoadReport(r.loaded(), r.refused(), failed, r.warned());
    }

    private static void parse(Path file, Grouper sink) {
        RDFParser.source(file).parse(sink);
        sink.handOn();
    }

    /** The graphs that came in parts, gathered whole from another reading of the files (only they are kept in memory). */
    private static void wholeAgain(List<Path> files, Set<Node> split, GraphLoader loader) {
        java.util.Map<Node, ArticleGraph> whole = new java.util.LinkedHashMap<>();
        for (Node n : split) whole.put(n, new ArticleGraph(n, GraphFactory.createDefaultGraph()));
        for (Path file : files)
            RDFParser.source(file).parse(new StreamRDFBase() {
                @Override
                public void quad(Quad q) {
                    ArticleGraph g = whole.get(q.getGraph());
                    if (g != null) g.graph().add(q.asTriple());
                }
            });
        whole.values().forEach(loader);
    }

    private static void note(Path file, Grouper g, Consumer<String> notes) {
        if (g.defaults > 0) notes.accept(file + ": " + g.defaults + " triple(s) in the default graph left out (newskg keeps each article in its named graph)");
    }

    /** A graph broke the contract or came in two parts: the bulk transaction is given up. */
    private static final class NotWhole extends RuntimeException {
        NotWhole() { super(null, null, false, false); }
    }

    /**
     * Gathers the parser's quads into one graph at a time and hands each on when the next graph's name comes
     * (and at {@link #handOn}); counts the default graph's triples; remembers the graphs that came in parts.
     */
    private static final class Grouper extends StreamRDFBase {
        private final Consumer<ArticleGraph> next;
        private final Set<Node> seen;
        final Set<Node> split = new LinkedHashSet<>();
        long defaults;
        private Node name;
        private Graph graph;

        Grouper(Consumer<ArticleGraph> next) { this(new HashSet<>(), next); }

        /** With the names already seen in other files of the same load. */
        Grouper(Set<Node> seen, Consumer<ArticleGraph> next) {
            this.seen = seen;
            this.next = next;
        }

        @Override
        public void triple(Triple triple) { defaults++; }

        @Override
        public void quad(Quad q) {
            if (q.isDefaultGraph()) {
                defaults++;
                return;
            }
            if (!q.getGraph().equals(name)) {
                handOn();
                name = q.getGraph();
                graph = GraphFactory.createDefaultGraph();
                if (!seen.add(name)) split.add(name);
            }
            graph.add(q.asTriple());
        }

        void handOn() {
            if (name != null) next.accept(new ArticleGraph(name, graph));
            name = null;
            graph = null;
        }
    }
}
