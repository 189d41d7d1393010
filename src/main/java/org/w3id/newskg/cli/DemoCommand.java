package org.w3id.newskg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.w3id.newskg.export.Format;
import org.w3id.newskg.query.QueryCatalogue;
import org.w3id.newskg.query.QueryRunner;
import org.w3id.newskg.query.ResultFormat;
import org.w3id.newskg.store.ServerSettings;
import org.w3id.newskg.store.SparqlServer;
import org.w3id.newskg.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code newskg demo}: the main job on the embedded default — extracts {@code data/articles}, writes the graphs
 * to {@code out/demo}, loads them into the store, prints the answers of some shipped queries and serves the
 * store (unless {@code --no-serve}).
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Extracts data/articles into the embedded store, prints the answers of three shipped queries and serves the store.",
                "The graphs are also written as Turtle to out/demo; --no-serve stops after the queries."})
final class DemoCommand implements Callable<Integer> {
    /** The queries whose answers the demo prints. */
    static final List<String> SHOWN = List.of("statements", "speakers-ranked", "event-participants");

    @Spec CommandSpec spec;

    @Option(names = "--articles", paramLabel = "DIR", description = "Articles to read (default: data/articles).")
    Path articles = Path.of("data/articles");

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Where the Turtle files go (default: out/demo).")
    Path output = Path.of("out/demo");

    @Option(names = "--store", paramLabel = "DIR", description = "./newskg-store unless given (or set in $NEWSKG_STORE): the embedded store.")
    Path store;

    @Option(names = "--port", paramLabel = "N", description = "HTTP port of the server (default: 3030; 0 picks a free one).")
    int port = ServerSettings.DEFAULT_PORT;

    @Option(names = "--no-serve", description = "Stop after loading and querying.")
    boolean noServe;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!noServe) ServeCommand.logRequests();
        try {
            Files.createDirectories(output);
        } catch (IOException e) {
            throw new IllegalArgumentException(output + ": cannot create output directory (" + e.getMessage() + ")");
        }
        StoreOptions where = new StoreOptions();
        where.store = store;
        try (TdbStore tdb = where.openLocal("demo")) {
            LoadCommand.Result r = LoadCommand.load(tdb, List.of(articles), new ArticleOptions(), 16,
                    (linked, dsg) -> ExtractCommand.writeFile(output, linked, dsg, Format.TTL), err);
            out.printf("%d article graph(s) loaded into %s (%d quads); graphs written to %s; %d refused, %d failed%n",
                    r.loaded(), tdb.directory(), tdb.size(), output, r.refused(), r.failed());
            for (String name : SHOWN) {
                QueryCatalogue.shipped().get(name).ifPresent(q -> {
                    out.println();
                    out.println("# " + q.name() + ": " + q.answers());
                    out.flush();
                    try (WriterOutputStream os = new WriterOutputStream(out)) {
                        QueryRunner.run(tdb, q, Map.of(), Duration.ofSeconds(30)).write(ResultFormat.TABLE, os);
                    }
                });
            }
            out.println();
            out.println("More: ./newskg query --list; ./newskg query statements-by-person --param person=NAME (a speaker from the table above)");
            out.flush();
            if (noServe) return r.exitCode();
            try (SparqlServer server = ServeCommand.start(tdb, ServeCommand.settings(ServerSettings.DEFAULT_HOST, port, null,
                    ServerSettings.DEFAULT_QUERY_TIMEOUT.toSeconds()), out, err)) {
                server.join();
            }
            return r.exitCode();
        }
    }
}
