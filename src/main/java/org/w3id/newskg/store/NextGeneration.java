package org.w3id.newskg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.apache.jena.atlas.lib.Bytes;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.atlas.lib.tuple.TupleMap;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.dboe.base.record.RecordFactory;
import org.apache.jena.dboe.trans.bplustree.BPlusTree;
import org.apache.jena.dboe.trans.bplustree.BPlusTreeParams;
import org.apache.jena.dboe.trans.bplustree.rewriter.BPlusTreeRewriter;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.graph.Node;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.loader.base.CoLib;
import org.apache.jena.tdb2.store.DatasetGraphSwitchable;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdFactory;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleIndexRecord;
import org.apache.jena.tdb2.sys.DatabaseOps;
import org.apache.jena.tdb2.sys.StoreConnection;
import org.apache.jena.tdb2.sys.SystemTDB;

/**
 * The writing half of a bulk load into an empty store ({@link BulkWriter}'s target): builds the store's next TDB2
 * generation, {@code Data-NNNN} beside the current one, and switches the store over to it when it is whole, as TDB2's
 * own compaction does. The terms go through TDB2's node table in the new generation (one write transaction there);
 * the rows, as node ids, are gathered ({@link TupleRuns}) and each index is then packed from its rows sorted in its
 * order ({@link BPlusTreeRewriter}, as {@code tdb2.xloader} does), instead of six B+ tree insertions a quad. The
 * {@link Tallies} are counted from the quads as they pass ({@link StreamTallies}) and packed with the other rows
 * (counted over the new generation after the packing when the quads do not come graph by graph). Then the generation
 * is renamed from {@code Data-NNNN-tmp} to {@code Data-NNNN} and put in place of the empty one.
 *
 * <p><b>Killed midway</b>, a load leaves {@code Data-NNNN-tmp}, which TDB2 never opens and {@link #removeLeftovers}
 * deletes when the store is next opened: the store is as empty as before. Once renamed, the generation holds every
 * quad and its tallies, and TDB2 opens it (the highest number) whether or not the switch in this process happened.
 *
 * {@snippet :
 * NextGeneration next = NextGeneration.create(container);   // on the writer's thread:
 * next.begin();  next.add(quad);  // …
 * next.complete();                                          // tallies, indexes, rename, switch
 * }
 */
final class NextGeneration implements BulkWriter.Target {
    private static final String TMP = "-tmp";
    /**
     * Slots of the writer's own cache of term ids (a power of two): the quads of one graph share most of their terms,
     * and the vocabulary and the persons recur across graphs. On the bench's 1 M cut (4,000,952 terms, 141,690
     * distinct) 2^16 slots leave 186,350 look-ups for the stored table, 2^17 178,512, 2^12 288,498; the slots keep up
     * to that many terms alive during the load.
     */
    private static final int RECENT = 1 << 16;
    private final DatasetGraphSwitchable container;
    private final Consumer<Quad> beside;
    private final Path current, next, tmp;
    private DatasetGraphTDB dsg;
    /** The generation's node table under TDB2's inline and cache layers: the data file and its hash index. */
    private NodeTable stored;
    /**
     * The terms written last and their ids, one term a slot, chosen by the term's hash ({@link #id}); a term found in
     * another slot's place is looked up in {@link #stored} again, which finds it.
     */
    private final Node[] recentTerms = new Node[RECENT];
    private final long[] recentIds = new long[RECENT];
    private TupleRuns quads, triples;
    private StreamTallies tallies;
    private final byte[] idBytes = new byte[NodeId.SIZE];
    private final long[] row = new long[4], triple = new long[3];

    private NextGeneration(DatasetGraphSwitchable container, Consumer<Quad> beside, Path current, Path next) {
        this.container = container;
        this.beside = beside;
        this.current = current;
        this.next = next;
        this.tmp = next.resolveSibling(next.getFileName() + TMP);
    }

    /**
     * The next generation of the store whose TDB2 container is {@code container}; each quad also goes to
     * {@code beside} (the full-text index), on the writer's thread.
     */
    static NextGeneration of(DatasetGraphSwitchable container, Consumer<Quad> beside) {
        Path current = DatabaseOps.findStorageLocation(container.getContainerPath());
        if (current == null) throw new StoreException(container.getContainerPath() + ": no TDB2 generation to follow");
        String name = current.getFileName().toString();
        int n = Integer.parseInt(name.substring(name.lastIndexOf('-') + 1));
        return new NextGeneration(container, beside, current, current.resolveSibling(String.format("%s%s%04d", DatabaseOps.dbNameBase, DatabaseOps.SEP, n + 1)));
    }

    /** Deletes the {@code Data-NNNN-tmp} directories a killed bulk load left; call while holding the store's lock. */
    static void removeLeftovers(Path storeDir) {
        try (DirectoryStream<Path> left = Files.newDirectoryStream(storeDir, p -> p.getFileName().toString().matches("Data-\\d+" + TMP))) {
            for (Path p : left) StoreDirectory.deleteTree(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void begin() {
        try {
            StoreDirectory.deleteTree(tmp);
            Files.createDirectory(tmp);
            try (DirectoryStream<Path> config = Files.newDirectoryStream(current, f -> f.getFileName().toString().equals("tdb.cfg") || f.getFileName().toString().endsWith(".opt"))) {
                for (Path f : config) Files.copy(f, tmp.resolve(f.getFileName()));   // a store's own settings, as compaction copies them
            }
            tallies = new StreamTallies();
            quads = new TupleRuns(4, tmp);
            triples = new TupleRuns(3, tmp);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        dsg = StoreConnection.connectCreate(Location.create(tmp)).getDatasetGraphTDB();
        stored = dsg.getQuadTable().getNodeTupleTable().getNodeTable().baseNodeTable();
        dsg.begin(TxnType.WRITE);
    }

    @Override
    public void add(Quad q) {
        beside.accept(q);
        tallies.add(q);
        row(q);
    }

    /** The quad's terms into the node table and its row into the rows to pack. */
    private void row(Quad q) {
        if (q.isDefaultGraph()) {
            triple[0] = id(q.getSubject());
            triple[1] = id(q.getPredicate());
            triple[2] = id(q.getObject());
            triples.add(triple);
        } else {
            row[0] = id(q.getGraph());
            row[1] = id(q.getSubject());
            row[2] = id(q.getPredicate());
            row[3] = id(q.getObject());
            quads.add(row);
        }
    }

    /**
     * The term's id: from the slot its hash chooses when the term is there, else inlined (numbers, dates …) or read
     * and, for a new term, written by the stored node table, as TDB2's node table stack (inline, cache, stored) would
     * give it. Why not that stack itself: during a write transaction TDB2's cache keeps what the transaction adds in
     * a buffer of 1,000 terms (its shared cache is filled at the commit), so most terms of a load missed it and were
     * hashed and looked up in the node table's B+ tree, and the buffer's bookkeeping cost as much again. A slot costs a
     * hash code and an {@code equals}; the generation's TDB2 caches, unused here, are dropped with it after the load.
     */
    private long id(Node n) {
        int slot = (n.hashCode() * 0x9E3779B9) >>> (Integer.SIZE - Integer.numberOfTrailingZeros(RECENT));
        Node known = recentTerms[slot];
        if (known != null && (known == n || known.equals(n))) return recentIds[slot];
        NodeId id = NodeId.inline(n);
        if (id == null) id = stored.getAllocateNodeId(n);
        NodeIdFactory.set(id, idBytes, 0);
        long value = Bytes.getLong(idBytes, 0);
        recentTerms[slot] = n;
        recentIds[slot] = value;
        return value;
    }

    /**
     * Adds the tallies counted from the stream (or, when the quads did not come graph by graph, counts them over the
     * generation after the packing), commits the terms, packs the indexes (two at a time), renames and switches.
     */
    @Override
    public void complete() {
        List<Quad> counted = tallies.finish();
        if (counted != null) counted.forEach(this::row);   // packed with the other rows; the tallies are not in the text index
        dsg.commit();
        dsg.end();
        List<Runnable> packs = new ArrayList<>();
        for (TupleIndex index : dsg.getQuadTable().getNodeTupleTable().getTupleTable().getIndexes()) packs.add(() -> pack(index, quads));
        if (triples.size() > 0)
            for (TupleIndex index : dsg.getTripleTable().getNodeTupleTable().getTupleTable().getIndexes()) packs.add(() -> pack(index, triples));
        ExecutorService two = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "newskg-bulk-index");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> done = new ArrayList<>();
            for (Runnable p : packs) done.add(two.submit(p));
            for (Future<?> f : done) f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("bulk load: interrupted while building the indexes", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new StoreException("bulk load: " + e.getCause(), e.getCause());
        } finally {
            two.shutdownNow();
            quads.close();
            triples.close();
        }
        // the packed trees are on disk; TDB2 reads them afresh when the generation is opened again
        StoreConnection.internalExpel(Location.create(tmp), true);
        if (counted == null) {
            dsg = StoreConnection.connectCreate(Location.create(tmp)).getDatasetGraphTDB();
            DatasetGraphTDB whole = dsg;
            Txn.executeWrite(whole, () -> Tallies.rebuild(whole));
            StoreConnection.internalExpel(Location.create(tmp), true);
        }
        dsg = null;
        deleteSpill();
        switchTo();
    }

    @Override
    public void abandon() {
        if (tallies != null) tallies.abandon();
        if (dsg != null) {
            try {
                if (dsg.isInTransaction()) dsg.abort();
            } finally {
                dsg.end();
                StoreConnection.internalExpel(Location.create(tmp), true);
            }
        }
        if (quads != null) quads.close();
        if (triples != null) triples.close();
        try {
            StoreDirectory.deleteTree(tmp);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the index from the rows sorted in its order, in a transaction of that index alone (as xloader does). */
    private static void pack(TupleIndex index, TupleRuns rows) {
        TupleMap map = index.getMapping();
        int n = index.getTupleLength();
        Integer[] columns = new Integer[n];
        for (int i = 0; i < n; i++) columns[i] = i;
        var primary = TupleFactory.create(columns);
        int[] order = new int[n];
        for (int i = 0; i < n; i++) order[i] = primary.get(map.getSlotIdx(i));
        BPlusTree bpt = (BPlusTree) ((TupleIndexRecord) index).getRangeIndex();
        RecordFactory factory = bpt.getRecordFactory();
        BPlusTreeParams params = new BPlusTreeParams(BPlusTreeParams.calcOrder(SystemTDB.BlockSize, factory), factory);
        CoLib.executeWrite(index, () -> BPlusTreeRewriter.packIntoBPlusTree(rows.sorted(order, factory), params, factory,
                bpt.getStateManager().getBufferChannel(), bpt.getNodeManager().getBlockMgr(), bpt.getRecordsMgr().getBlockMgr()));
    }

    private void deleteSpill() {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(tmp, p -> p.getFileName().toString().matches("rows|run.*\\.bin"))) {
            for (Path p : files) Files.delete(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Renames the generation into place and makes it the container's database, handing over TDB2's transaction
     * coordinator and its external components (the full-text index), then releases and deletes the empty one:
     * TDB2's compaction, with the new generation made by the load instead of copied.
     */
    private void switchTo() {
        DatasetGraphTDB old = (DatasetGraphTDB) container.get();
        TransactionCoordinator before = old.getTxnSystem().getTxnMgr();
        container.execReadOnlyDatabase(() -> {
            try {
                Files.move(tmp, next);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            DatasetGraphTDB loaded = StoreConnection.connectCreate(Location.create(next)).getDatasetGraphTDB();
            TransactionCoordinator after = loaded.getTxnSystem().getTxnMgr();
            after.execExclusive(() -> {
                after.takeOverFrom(before);
                after.modifyConfigDirect(() -> before.listExternals().forEach(after::addExternal));
                if (!container.change(old, loaded)) container.set(loaded);
            });
        });
        before.startExclusiveMode();
        StoreConnection.release(old.getLocation());
        try {
            StoreDirectory.deleteTree(current);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
