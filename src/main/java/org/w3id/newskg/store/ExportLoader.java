package org.w3id.newskg.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * Loads an export — a TriG or N-Quads file of article graphs, as {@code newskg export} writes it — into a store,
 * the fastest way that is still safe. The file is parsed whole and each named graph checked against the contract
 * first. Into an <em>empty</em> embedded store, when every graph passes, the graphs go in one write transaction
 * with the feeding and the writing on two threads ({@link TdbStore#bulkLoad}): a load that fails or is killed
 * leaves the store empty. Into a store that holds graphs, or a remote one, or when a graph breaks the contract,
 * they go graph by graph through a {@link GraphLoader}, each replacing its previous version and the broken ones
 * refused. Triples in the default graph are no article's: they are left out, with a note.
 *
 * <p>Takes the store, the file and the batch size of the graph-by-graph path; gives what was loaded, refused and
 * failed as a {@link GraphLoader.LoadReport}, and its notes, one line each, to the caller.
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
        DatasetGraph dsg;
        try {
            dsg = RDFParser.source(file).toDatasetGraph();
        } catch (RiotException e) {
            return new GraphLoader.LoadReport(List.of(), List.of(), List.of(file + ": not a valid export (" + ArticleGraph.firstLine(e) + ")"), List.of());
        }
        long defaults = dsg.getDefaultGraph().size();
        if (defaults > 0) notes.accept(file + ": " + defaults + " triple(s) in the default graph left out (newskg keeps each article in its named graph)");
        List<ArticleGraph> graphs = ArticleGraph.of(dsg);
        if (store instanceof TdbStore tdb && tdb.isEmpty()) {
            ContractValidator v = ContractValidator.shipped();
            if (graphs.stream().allMatch(g -> v.validate(g).conforms())) {
                tdb.bulkLoad(sink -> graphs.forEach(g -> g.graph().find().forEachRemaining(t -> sink.quad(Quad.create(g.name(), t)))));
                return new GraphLoader.LoadReport(graphs.stream().map(g -> g.name().getURI()).toList(), List.of(), List.of(), List.of());
            }
        }
        GraphLoader loader = GraphLoader.create(store).batchSize(batchSize).build();
        try (loader) {
            graphs.forEach(loader);
        }
        return loader.report();
    }
}
