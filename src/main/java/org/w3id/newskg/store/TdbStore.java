package org.w3id.newskg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.dboe.base.file.AlreadyLocked;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.store.DatasetGraphSwitchable;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The embedded store: a TDB2 database in a directory (default {@code ./newskg-store}) with its full-text index
 * ({@link TextIndex}, a Lucene index in {@code text-index/} beside TDB2's files). Each article's graph is replaced
 * inside a write transaction, so a reader sees the old version or the new one and a crash leaves the last committed
 * state; the index takes part in the same transactions, so replacing or dropping a graph replaces or drops its
 * entries. TDB2 is copy-on-write and grows on every replacement until {@link #compact()}.
 *
 * <p>Every write goes through the text-enabled dataset ({@link #dataset()}), which indexes the statements' texts and
 * the names as they are added or deleted, except the bulk load into an empty store ({@link #bulkLoad}): there the
 * quads build the store's next TDB2 generation ({@link NextGeneration}), which replaces the empty one when whole, and
 * the few that carry indexed literals (38,938 of the bench's 1,000,033 quads) are indexed on the writer's thread as
 * they pass; the index commits once the new generation is in place. Why so: the text-enabled dataset would look up
 * every quad before adding it (to index only real changes), which a load into an empty store does not need.
 *
 * <p>One process may open a store several times; the openings share the database and its index, which are released
 * when the last of them is closed.
 *
 * {@snippet :
 * try (TdbStore store = TdbStore.open(Path.of("newskg-store"))) {
 *     store.replace(ArticleGraph.of(dataset));      // one write transaction, the index included
 * }
 * }
 */
public final class TdbStore implements GraphStore {
    private static final Pattern HELD_BY = Pattern.compile("held by process (\\d+)");
    /** The stores open in this process by directory, with the number of openings, as TDB2 shares a database. */
    private static final Map<Path, Shared> OPEN = new HashMap<>();
    private final Path dir;
    private final Shared shared;
    private final DatasetGraph dsg;
    private boolean closed;

    /** A database and its index, shared by the openings of one directory. */
    private static final class Shared {
        final DatasetGraph base;
        final TextIndex text;
        int openings = 1;

        Shared(DatasetGraph base, TextIndex text) {
            this.base = base;
            this.text = text;
        }
    }

    private TdbStore(Path dir, Shared shared) {
        this.dir = dir;
        this.shared = shared;
        this.dsg = shared.text.dataset();
    }

    /** {@link #open(Path, Consumer)} without notes. */
    public static TdbStore open(Path dir) { return open(dir, note -> { }); }

    /**
     * Opens the store in {@code dir}, creating an empty one if the directory is missing or empty. A new store
     * appears whole or not at all, so a process killed while creating it leaves nothing that fails to open
     * ({@link StoreDirectory}). A store without a full-text index gets one, and {@code notes} a line saying so.
     */
    public static TdbStore open(Path dir, Consumer<String> notes) {
        try {
            if (Files.exists(dir) && !Files.isDirectory(dir)) throw new StoreException(dir + ": not a directory (the store is a directory)");
            StoreDirectory.prepare(dir);
            synchronized (OPEN) {
                Path key = dir.toAbsolutePath().normalize();
                Shared shared = OPEN.get(key);
                if (shared != null) shared.openings++;
                else {
                    DatasetGraph base = DatabaseMgr.connectDatasetGraph(dir.toString());
                    TextIndex text = null;
                    try {
                        NextGeneration.removeLeftovers(dir);   // the lock is ours now
                        text = TextIndex.open(dir, base, notes);
                        DatasetGraph dsg = text.dataset();
                        if (!Txn.calculateRead(dsg, () -> Tallies.built(dsg)))   // a new store, or one made before the tallies
                            Txn.executeWrite(dsg, () -> Tallies.rebuild(dsg));
                    } catch (RuntimeException e) {
                        if (text != null) text.close();
                        TDBInternal.expel(base);
                        throw e;
                    }
                    shared = new Shared(base, text);
                    OPEN.put(key, shared);
                }
                return new TdbStore(dir, shared);
            }
        } catch (IOException e) {
            throw new StoreException(dir + ": cannot create the store directory (" + e.getMessage() + ")", e);
        } catch (StoreException e) {
            throw e;
        } catch (RuntimeException e) {
            Optional<String> holder = lockHolder(e);
            if (holder.isPresent()) throw new StoreException(dir + ": the store is in use by " + holder.get() + " (is 'newskg serve' running on it?)", e);
            String m = String.valueOf(e.getMessage());
            throw new StoreException(dir + ": cannot open the store (" + m.lines().findFirst().orElse(m) + ")", e);
        }
    }

    /** {@link #openExisting(Path, Consumer)} without notes. */
    public static TdbStore openExisting(Path dir) { return openExisting(dir, note -> { }); }

    /**
     * Opens the store in {@code dir}, which must already hold one. For the commands that only read (query, export,
     * serve, validate) or compact: a mistyped {@code --store} would otherwise create an empty store and answer
     * nothing, as if the store were empty.
     */
    public static TdbStore openExisting(Path dir, Consumer<String> notes) {
        if (!StoreDirectory.isStore(dir))
            throw new StoreException(dir + ": no store there (a store is made by 'newskg load INPUT --store " + dir + "')");
        return open(dir, notes);
    }

    /**
     * Who holds the store's lock, when that is why TDB2 refused to open it: "process N" from TDB2's
     * "Failed to get a lock: file='…/tdb.lock': held by process N", "another process" when it gives no number,
     * "this process" for {@link AlreadyLocked}. Empty for every other failure (a message that merely contains
     * "block" is not about the lock).
     */
    static Optional<String> lockHolder(Throwable e) {
        for (Throwable x = e; x != null; x = x.getCause()) {
            if (x instanceof AlreadyLocked) return Optional.of("this process");
            String m = String.valueOf(x.getMessage());
            if (x instanceof DBOpEnvException && m.startsWith("Failed to get a lock")) {
                Matcher pid = HELD_BY.matcher(m);
                return Optional.of(pid.find() ? "process " + pid.group(1) : "another process");
            }
        }
        return Optional.empty();
    }

    /** The text-enabled TDB2 dataset, for the server; callers use transactions. */
    public DatasetGraph dataset() { return dsg; }

    public Path directory() { return dir; }

    @Override
    public String location() { return dir.toString(); }

    /**
     * Replaces each graph with its new version, all in one write transaction. Only the difference is written: the
     * stored quads the new version lacks are deleted, the quads it adds are added, the rest stays. Loading an
     * article again changes little (its PROV times), and a quad deleted and added again would cost a write in
     * each of TDB2's six quad indexes twice over.
     */
    @Override
    public void replace(List<ArticleGraph> graphs) {
        if (graphs.isEmpty()) return;
        Txn.executeWrite(dsg, () -> {
            for (ArticleGraph g : graphs) {
                Set<Triple> added = new HashSet<>();
                g.graph().find().forEachRemaining(added::add);
                List<Quad> stale = new ArrayList<>();
                dsg.find(g.name(), Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
                    if (!added.remove(q.asTriple())) stale.add(q);
                });
                // the old version's counts out and the new one's in, unless the change cannot touch them (a reload)
                boolean counted = stale.stream().anyMatch(q -> Tallies.counts(q.getPredicate())) || added.stream().anyMatch(t -> Tallies.counts(t.getPredicate()));
                if (counted) Tallies.subtract(dsg, g.name());
                stale.forEach(dsg::delete);
                added.forEach(t -> dsg.add(Quad.create(g.name(), t)));
                if (counted) Tallies.add(dsg, g.name());
            }
        });
    }

    /**
     * Loads a whole export into an <em>empty</em> store. The {@code feed} (a parser, say) runs on the caller's thread,
     * which also indexes the texts, and hands the quads in batches to a thread that writes them into the store's next
     * TDB2 generation ({@link NextGeneration}): the terms into its node table, the tallies counted as the quads pass
     * ({@link StreamTallies}), each index packed from its rows sorted once all are read; the generation takes the empty one's place only when whole. So a load that
     * fails or is killed leaves the store empty (a killed one leaves a directory that the next opening deletes), and
     * one that got as far as the switch leaves the whole store. The full-text index commits after the switch; a mark
     * beside it ({@link TextIndex#pending}) makes the next opening build it again from the data if the process died in
     * between. TDB2's own bulk loaders (phased, parallel) leave a damaged database when killed and insert every quad
     * into each index's B+ tree, as the transaction did (README, "Performance"; docs/performance.md). On a store that
     * already holds graphs use {@link #replace}, which replaces instead of merging.
     *
     * @param feed writes the quads to the sink it is given (triples go to the default graph)
     */
    public void bulkLoad(Consumer<StreamRDF> feed) {
        if (!isEmpty()) throw new IllegalStateException(dir + ": bulk loading is for an empty store; replace graphs instead");
        if (!(shared.base instanceof DatasetGraphSwitchable container)) throw new IllegalStateException(dir + ": not a TDB2 database on disk");
        shared.text.pending(dir);
        BulkWriter writer = new BulkWriter(NextGeneration.of(container, shared.text::index));
        writer.start();
        try {
            feed.accept(writer.sink());
        } catch (RuntimeException | Error e) {
            writer.abort();
            shared.text.discard(dir);
            throw e;
        }
        try {
            writer.finish();
        } catch (RuntimeException | Error e) {
            shared.text.discard(dir);
            throw e;
        }
        shared.text.commit(dir);
    }

    /** Whether the store holds no quad but its {@link Tallies}. */
    public boolean isEmpty() {
        return Txn.calculateRead(dsg, () -> {
            for (Iterator<Quad> it = dsg.find(); it.hasNext(); )
                if (!it.next().getGraph().equals(Tallies.GRAPH)) return false;
            return true;
        });
    }

    @Override
    public <T> T query(Query query, Function<QueryExecBuilder, QueryExecBuilder> setup, Function<QueryExec, T> use) {
        return Txn.calculateRead(dsg, () -> {
            try (QueryExec exec = setup.apply(QueryExec.dataset(dsg).query(query)).build()) {
                return use.apply(exec);
            }
        });
    }

    @Override
    public DatasetGraph export(Optional<Node> graph) {
        DatasetGraph copy = DatasetGraphFactory.create();
        Txn.executeRead(dsg, () -> {
            Iterator<Quad> it = graph.map(g -> dsg.find(g, Node.ANY, Node.ANY, Node.ANY)).orElseGet(dsg::find);
            it.forEachRemaining(q -> { if (!q.getGraph().equals(Tallies.GRAPH)) copy.add(q); });
        });
        return copy;
    }

    /**
     * Streams the quads graph by graph, each graph's quads together (TDB2's own order over all graphs interleaves them),
     * so that loading the export into an empty store takes the bulk path ({@link ExportLoader}), which needs whole
     * graphs; the default graph's triples, if any, come first.
     */
    @Override
    public long export(Optional<Node> graph, StreamRDF sink) {
        return Txn.calculateRead(dsg, () -> {
            long n = 0;
            List<Node> graphs = graph.map(List::of).orElseGet(() -> {
                List<Node> all = new ArrayList<>();
                all.add(Quad.defaultGraphIRI);
                dsg.listGraphNodes().forEachRemaining(all::add);
                return all;
            });
            for (Node g : graphs) {
                if (g.equals(Tallies.GRAPH)) continue;
                for (Iterator<Quad> it = dsg.find(g, Node.ANY, Node.ANY, Node.ANY); it.hasNext(); n++) sink.quad(it.next());
            }
            return n;
        });
    }

    @Override
    public List<Node> graphNames() {
        List<Node> names = new ArrayList<>();
        Txn.executeRead(dsg, () -> dsg.listGraphNodes().forEachRemaining(n -> { if (!n.equals(Tallies.GRAPH)) names.add(n); }));
        names.sort((a, b) -> a.toString().compareTo(b.toString()));
        return names;
    }

    /** The number of triples in one named graph (0 when absent). */
    public long size(Node graph) {
        return Txn.calculateRead(dsg, () -> {
            long n = 0;
            for (Iterator<Quad> it = dsg.find(graph, Node.ANY, Node.ANY, Node.ANY); it.hasNext(); it.next()) n++;
            return n;
        });
    }

    /**
     * The number of articles in the store, read from one index (the articles' types), not by counting quads: what
     * {@code load} reports after every run, however large the store.
     */
    public long articles() {
        Node type = org.apache.jena.vocabulary.RDF.type.asNode(), article = NodeFactory.createURI("https://schema.org/NewsArticle");
        return Txn.calculateRead(dsg, () -> {
            long n = 0;
            for (Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, type, article); it.hasNext(); it.next()) n++;
            return n;
        });
    }

    /** The number of quads in all article graphs (the {@link Tallies} not counted); reads every quad. */
    public long size() {
        return Txn.calculateRead(dsg, () -> {
            long n = 0;
            for (Iterator<Quad> it = dsg.find(); it.hasNext(); ) if (!it.next().getGraph().equals(Tallies.GRAPH)) n++;
            return n;
        });
    }

    /**
     * Compacts the database (drops the blocks old versions left) and deletes the old generation; bytes before and
     * after. Compaction runs on the TDB2 dataset itself (a text-enabled wrapper cannot be compacted) and copies the
     * data unchanged, so the full-text index stays valid; TDB2 hands the index, an external component of its
     * transactions, to the new generation, so later writes keep it up to date.
     */
    public long[] compact() {
        long before = diskSize();
        DatabaseMgr.compact(shared.base, true);
        return new long[] {before, diskSize()};
    }

    /** Bytes the store takes on disk. */
    public long diskSize() {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> {
                try { return Files.size(p); } catch (IOException e) { return 0; }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Releases the database and its index once the last opening in this process is closed, so that the directory
     * can be opened again or deleted. Closing twice does nothing.
     */
    @Override
    public void close() {
        synchronized (OPEN) {
            if (closed) return;
            closed = true;
            if (--shared.openings > 0) return;
            OPEN.values().remove(shared);
            try {
                shared.text.close();
            } finally {
                TDBInternal.expel(shared.base);
            }
        }
    }
}
