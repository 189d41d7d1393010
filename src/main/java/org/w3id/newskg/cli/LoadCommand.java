package org.w3id.newskg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.newskg.ingest.ArticleReader;
import org.w3id.newskg.model.Extraction;
import org.w3id.newskg.pipeline.Batch;
import org.w3id.newskg.pipeline.BatchReport;
import org.w3id.newskg.pipeline.Pipeline;
import org.w3id.newskg.store.ArticleGraph;
import org.w3id.newskg.store.ExportLoader;
import org.w3id.newskg.store.GraphLoader;
import org.w3id.newskg.store.GraphStore;
import org.w3id.newskg.store.RemoteStore;
import org.w3id.newskg.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code newskg load INPUT...}: extracts articles and loads each one's graph into the store, replacing its
 * previous version; {@code .trig} and {@code .nq} inputs are exports, loaded as they are, and so is a directory
 * holding {@code .nq} files, as {@code newskg spark} writes one (its part files, in name order).
 */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Extracts the articles and loads each one's named graph into the store (or a Fuseki dataset), replacing its previous version.",
                "Inputs ending in .trig or .nq are exports and are loaded as they are (whole or not at all into an empty store);",
                "a directory holding .nq files (newskg spark's output) is its .nq files.",
                "Every graph is checked against the contract (ontology/shapes.ttl) first; one that breaks it is refused."})
final class LoadCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions where;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Articles (.txt .html .json .jsonl, or directories) or exports (.trig .nq, or a directory of .nq part files).")
    List<Path> inputs;

    @Mixin ArticleOptions articles = new ArticleOptions();

    @Option(names = "--batch", paramLabel = "N", description = "Articles per write transaction (default: 16).")
    int batch = 16;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        checkArguments();
        try (GraphStore store = where.open()) {
            if (store instanceof RemoteStore remote) remote.checkWritable();   // before extracting anything
            Result r = load(store, inputs, articles, batch, (linked, dsg) -> { }, err);
            out.printf("%d graph(s) loaded into %s%s; %d refused, %d failed%n", r.loaded(), store.location(),
                    store instanceof TdbStore t ? " (" + t.articles() + " article(s) in the store)" : "",
                    r.refused(), r.failed());
            return r.exitCode();
        }
    }

    /**
     * Every argument is checked before the store is opened, so a mistyped input or option creates no empty store:
     * the options, the reader's language, the linking mode, and that each input exists.
     */
    private void checkArguments() {
        if (batch <= 0) throw new IllegalArgumentException("--batch must be positive, not " + batch);
        where.check();
        articles.check();
        for (Path p : inputs)
            if (!java.nio.file.Files.exists(p)) throw new IllegalArgumentException(p + ": no such file or directory");
    }

    /** What a load did, for the summary line and the exit code. */
    record Result(int loaded, int refused, int failed) {
        int exitCode() { return refused + failed == 0 ? 0 : 1; }
    }

    /**
     * Loads exports and articles into the store; problems go to {@code err}, one line each.
     *
     * @param also gets every extraction before it is loaded (the demo writes files from it)
     */
    static Result load(GraphStore store, List<Path> inputs, ArticleOptions options, int batchSize,
                       BiConsumer<Extraction.Linked, DatasetGraph> also, PrintWriter err) {
        List<Path> exports = new ArrayList<>();
        List<Path> articles = new ArrayList<>();
        for (Path p : inputs) {
            List<Path> parts = partFiles(p);
            if (!parts.isEmpty()) exports.addAll(parts);
            else (ExportLoader.isExport(p) ? exports : articles).add(p);
        }
        int loaded = 0, refused = 0, failed = 0;
        if (!exports.isEmpty()) {
            GraphLoader.LoadReport r = ExportLoader.load(store, exports, batchSize, err::println);
            print(r, err);
            loaded += r.loaded().size();
            refused += r.refused().size();
            failed += r.failed().size();
        }
        if (!articles.isEmpty()) {
            ArticleReader reader = options.reader();
            Pipeline pipeline = options.pipeline(err);
            GraphLoader loader = GraphLoader.create(store).batchSize(batchSize).build();
            BatchReport report;
            DuplicateTexts duplicates = new DuplicateTexts(err, store);
            try (loader; Progress progress = Progress.of("load", err)) {
                report = new Batch(pipeline, reader, options.threads).run(articles, linked -> {
                    duplicates.check(linked.extraction().article());
                    DatasetGraph dsg = pipeline.toDataset(linked);
                    also.accept(linked, dsg);
                    ArticleGraph.of(dsg).forEach(loader);
                }, progress);
            }
            GraphLoader.LoadReport r = loader.report();
            report.failures().forEach(err::println);
            err.println(Progress.summary("load", report));
            print(r, err);
            loaded += r.loaded().size();
            refused += r.refused().size();
            failed += r.failed().size() + report.failures().size();
        }
        err.flush();
        return new Result(loaded, refused, failed);
    }

    /**
     * The N-Quads files directly in a directory, in name order ({@code part-00000.nq}, …, as {@code newskg spark}
     * writes them); none for a file or a directory of articles. Hidden files and Spark's {@code _}-files are no parts.
     */
    static List<Path> partFiles(Path dir) {
        if (!java.nio.file.Files.isDirectory(dir)) return List.of();
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(dir)) {
            return files.filter(f -> java.nio.file.Files.isRegularFile(f) && ExportLoader.isExport(f)
                            && f.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".nq")
                            && !f.getFileName().toString().startsWith(".") && !f.getFileName().toString().startsWith("_"))
                    .sorted().toList();
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(dir + ": cannot list (" + e.getMessage() + ")", e);
        }
    }

    private static void print(GraphLoader.LoadReport r, PrintWriter err) {
        r.refused().forEach(l -> err.println("refused " + l));
        r.failed().forEach(err::println);
    }
}
