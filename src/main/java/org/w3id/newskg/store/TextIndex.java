package org.w3id.newskg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SchemaDO;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The full-text index of an embedded store: a Lucene index (jena-text) in the store's directory,
 * {@value #DIRECTORY}/, kept in step with the TDB2 data by the store's write transactions. It takes the TDB2
 * dataset and gives the text-enabled dataset ({@link #dataset()}) on which {@code text:query} works, over SPARQL
 * in-process and over HTTP alike.
 *
 * <p><b>What is indexed</b>: one Lucene document per literal of {@code schema:text} (statements' words, field
 * {@code text}), {@code rdfs:label} (persons' full names, event labels, places, organisations; field {@code label})
 * and {@code schema:alternateName} (every name an article uses for a person; field {@code alternateName}), each with
 * its subject and the named graph it is in. The graph field makes a search graph-scoped: inside
 * {@code GRAPH ?g { … }} a {@code text:query} finds what that graph holds. A uid field lets deleting a triple delete
 * its document, so replacing or dropping an article's graph removes its old entries.
 *
 * <p><b>Analysis</b>, the same for German and English, at indexing and at query time: Lucene's standard tokenizer
 * (Unicode word breaks), then lower case, then ASCII folding of diacritics and ligatures. So "Äußerte",
 * "äußerte" and "AUSSERTE" are all the term {@code ausserte}; "ä" becomes "a", not "ae" (a search for "Kuehn" does
 * not find "Kühn"). No stemming and no stop words: a search finds the word as written, and prefix queries
 * ({@code waffenstillstand*}) are folded the same way ({@link FoldingAnalyzer#normalize}), which is what finds a
 * word at the start of a German compound.
 *
 * <p><b>Order of the hits</b>: the index is an {@link OrderedLuceneIndex}, which gives a search's hits best score first
 * and equal scores by graph and subject IRI, from sort keys kept in each document, so that a search with a limit takes
 * exactly the hits a page sorted that way begins with.
 *
 * <p><b>A store without an index</b> (made before newskg had one, or whose index was deleted) gets one the first
 * time it is opened: the indexed literals are read from the data in one read transaction and written to
 * {@value #BUILDING}/, which is renamed into place when complete, so a process killed meanwhile leaves no half
 * index (the next open starts again).
 *
 * <p><b>Consistency.</b> The index takes part in TDB2's commit as an external component: Lucene prepares its commit
 * before TDB2 commits and commits after it; an aborted transaction rolls the index back. The index is not in TDB2's
 * journal: a process killed between the two commits leaves the index without that transaction's changes (delete
 * {@value #DIRECTORY}/ and open the store to rebuild it). Compaction copies the data unchanged and TDB2 hands its
 * external components to the new generation, so the index stays valid and keeps following the writes.
 *
 * {@snippet :
 * TextIndex text = TextIndex.open(storeDir, DatabaseMgr.connectDatasetGraph(storeDir.toString()), System.err::println);
 * DatasetGraph dsg = text.dataset();    // write and query through this one
 * }
 */
final class TextIndex implements AutoCloseable {
    /** The index's directory inside the store's directory. */
    static final String DIRECTORY = "text-index";
    /** Where the index of a store without one is built before it is renamed to {@value #DIRECTORY}. */
    static final String BUILDING = "text-index.building";
    /** Where an index made without the sort keys of {@link OrderedLuceneIndex} goes while its successor takes its place. */
    static final String OLD = "text-index.old";
    /**
     * Present while a bulk load's entries are not yet committed to the index, though its data may already be the
     * store's ({@link #pending}, {@link #commit}): an index found with it is built again from the data.
     */
    static final String PENDING = "text-index.pending";
    /**
     * Lucene's notice that the JDK's incubating vector module is not enabled, two lines on stderr at every start of a
     * command that opens a store, is not for newskg's users (the index is small; scalar code is fast enough). Held
     * here, as java.util.logging keeps only weak references to loggers.
     */
    private static final java.util.logging.Logger VECTOR_NOTICE = quiet("org.apache.lucene.internal.vectorization.VectorizationProvider");
    /** Indexed predicates and their Lucene fields. */
    static final Map<Node, String> FIELDS = fields();

    private final Directory directory;
    private final TextIndexLucene lucene;
    private final DatasetGraph dataset;

    private TextIndex(Directory directory, TextIndexLucene lucene, DatasetGraph dataset) {
        this.directory = directory;
        this.lucene = lucene;
        this.dataset = dataset;
    }

    /**
     * Opens the index of the store in {@code storeDir} over its TDB2 dataset {@code base}, building it from the data
     * first when there is none; {@code notes} gets one line when it builds the index of a store that holds data.
     */
    static TextIndex open(Path storeDir, DatasetGraph base, Consumer<String> notes) {
        Path index = storeDir.resolve(DIRECTORY);
        try {
            StoreDirectory.deleteTree(storeDir.resolve(BUILDING));   // left by a process killed while building
            StoreDirectory.deleteTree(storeDir.resolve(OLD));   // left by a process killed while replacing the index
            if (Files.exists(storeDir.resolve(PENDING))) {          // left by a bulk load killed before its index was committed
                StoreDirectory.deleteTree(index);
                Files.delete(storeDir.resolve(PENDING));
            }
            if (!Files.isDirectory(index)) {
                boolean empty = Txn.calculateRead(base, base::isEmpty);
                if (!empty) notes.accept(storeDir + ": building the full-text index from the store's data (once; the store was made without one)");
                build(storeDir, base);
            } else if (!withOrderKeys(index)) {
                notes.accept(storeDir + ": building the full-text index again from the store's data (once; its hits had no fixed order)");
                build(storeDir, base);
            }
            Directory directory = FSDirectory.open(index);
            TextIndexLucene lucene = new OrderedLuceneIndex(directory, config());
            return new TextIndex(directory, lucene, TextDatasetFactory.create(base, lucene, false));
        } catch (IOException e) {
            throw new StoreException(index + ": cannot open the full-text index (" + e.getMessage() + ")", e);
        }
    }

    /** The text-enabled dataset: the TDB2 dataset whose writes also update the index. */
    DatasetGraph dataset() { return dataset; }

    /**
     * Adds the quad's document when its predicate is indexed, for writes that go to the TDB2 dataset directly (the
     * bulk load). Takes effect with the commit of the write transaction in progress; {@link #discard()} drops it.
     */
    void index(Quad quad) {
        if (!FIELDS.containsKey(quad.getPredicate())) return;
        Entity e = TextQueryFuncs.entityFromQuad(lucene.getDocDef(), quad);
        if (e != null) lucene.addEntity(e);
    }

    /**
     * Marks the index as behind the data until {@link #commit} or {@link #discard}: a bulk load puts its data in place
     * before it commits its entries, and a process killed in between leaves the mark, so the index is built again
     * from the data when the store is next opened.
     */
    void pending(Path storeDir) {
        try {
            Files.writeString(storeDir.resolve(PENDING), "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Commits the entries added since the last commit and removes the mark of {@link #pending}. */
    void commit(Path storeDir) {
        lucene.commit();
        unmark(storeDir);
    }

    /** Drops every change not yet committed (after a bulk load that failed) and the mark of {@link #pending}. */
    void discard(Path storeDir) {
        lucene.rollback();
        unmark(storeDir);
    }

    private static void unmark(Path storeDir) {
        try {
            Files.deleteIfExists(storeDir.resolve(PENDING));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        lucene.close();
        try {
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The index's layout: an entity (subject) field, a graph field, a uid field for deletes, a field per predicate. */
    static TextIndexConfig config() {
        EntityDefinition def = new EntityDefinition("uri", "text", "graph");
        def.setUidField("uid");
        FIELDS.forEach((predicate, field) -> def.set(field, predicate));
        TextIndexConfig config = new TextIndexConfig(def);
        config.setAnalyzer(new FoldingAnalyzer());
        config.setValueStored(false);   // the literal is read from TDB2; the index stays small
        return config;
    }

    private static Map<Node, String> fields() {
        Map<Node, String> f = new LinkedHashMap<>();
        f.put(SchemaDO.text.asNode(), "text");
        f.put(RDFS.label.asNode(), "label");
        f.put(SchemaDO.alternateName.asNode(), "alternateName");
        return Map.copyOf(f);
    }

    private static java.util.logging.Logger quiet(String name) {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
        logger.setLevel(java.util.logging.Level.SEVERE);
        return logger;
    }

    private static boolean withOrderKeys(Path index) throws IOException {
        try (Directory directory = FSDirectory.open(index)) {
            return OrderedLuceneIndex.hasOrderKeys(directory);
        }
    }

    /**
     * Writes the index of the data in {@code base} to {@value #BUILDING}/ and renames it to {@value #DIRECTORY}/; an
     * index already there is moved to {@value #OLD}/ first and deleted after, so a process killed meanwhile leaves
     * either index or none (and the next open builds it).
     */
    private static void build(Path storeDir, DatasetGraph base) throws IOException {
        Path building = storeDir.resolve(BUILDING);
        try (Directory directory = FSDirectory.open(building)) {
            TextIndexLucene lucene = new OrderedLuceneIndex(directory, config());
            try {
                Txn.executeRead(base, () -> {
                    for (Node predicate : FIELDS.keySet())
                        base.find(Node.ANY, Node.ANY, predicate, Node.ANY).forEachRemaining(q -> {
                            Entity e = TextQueryFuncs.entityFromQuad(lucene.getDocDef(), q);
                            if (e != null) lucene.addEntity(e);
                        });
                });
                lucene.commit();
            } finally {
                lucene.close();
            }
        }
        Path index = storeDir.resolve(DIRECTORY);
        if (Files.isDirectory(index)) Files.move(index, storeDir.resolve(OLD), StandardCopyOption.ATOMIC_MOVE);
        Files.move(building, index, StandardCopyOption.ATOMIC_MOVE);
        StoreDirectory.deleteTree(storeDir.resolve(OLD));
    }

    /**
     * Standard tokenizer, lower case, ASCII folding. {@link #normalize} folds the same way, so that the terms of
     * prefix and wildcard queries ({@code Äußer*}), which the query parser does not tokenize, match the indexed terms.
     */
    static final class FoldingAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            StandardTokenizer words = new StandardTokenizer();
            return new TokenStreamComponents(words, new ASCIIFoldingFilter(new LowerCaseFilter(words)));
        }

        @Override
        protected TokenStream normalize(String field, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(in));
        }
    }
}
