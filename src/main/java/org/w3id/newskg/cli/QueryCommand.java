package org.w3id.newskg.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.w3id.newskg.query.NamedQuery;
import org.w3id.newskg.query.QueryCatalogue;
import org.w3id.newskg.query.QueryRunner;
import org.w3id.newskg.query.ResultFormat;
import org.w3id.newskg.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newskg query NAME|FILE.rq|"SPARQL" [--param name=value]...}: runs a query on the store or an endpoint. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Runs a shipped query by name, a .rq file or SPARQL text on the store (or --endpoint).",
                "Parameters are bound as RDF terms, never pasted into the query: --param person=Novak, --param person=wd:Q7747, --param x=<http://…>.",
                "newskg query --list shows the shipped queries and their parameters."})
final class QueryCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions where;

    @Parameters(arity = "0..1", paramLabel = "QUERY", description = "A shipped query's name, a .rq file, or SPARQL text.")
    String query;

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE", description = "A parameter (repeatable).")
    List<String> params = new ArrayList<>();

    @Option(names = {"-f", "--format"}, paramLabel = "FMT", description = "table (default), csv, tsv or json.")
    String format = "table";

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Stop the query after this long (default: 30).")
    long timeout = 30;

    @Option(names = "--list", description = "List the shipped queries.")
    boolean list;

    @Option(names = "--wide", description = "Tables at full width; by default a table fits the terminal, its cells cut with '…'.")
    boolean wide;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        QueryCatalogue catalogue = QueryCatalogue.shipped();
        if (list) {
            for (NamedQuery q : catalogue.all()) {
                out.println(q.name() + " — " + q.answers());
                for (NamedQuery.Parameter p : q.parameters())
                    out.println("    --param " + p.name() + "=…  " + (p.required() ? "" : "(optional) ") + p.description());
            }
            return 0;
        }
        if (query == null) throw new IllegalArgumentException("give a query (a name, a .rq file or SPARQL text), or --list");
        ResultFormat fmt = ResultFormat.parse(format);
        NamedQuery named = catalogue.resolve(query);
        if (timeout <= 0) throw new IllegalArgumentException("--timeout must be positive, not " + timeout);
        try (GraphStore store = where.openExisting()) {
            QueryRunner.Answer a = QueryRunner.run(store, named, org.w3id.newskg.query.Parameters.parse(params), Duration.ofSeconds(timeout));
            try (WriterOutputStream os = new WriterOutputStream(out)) {
                a.write(fmt, os, wide ? Integer.MAX_VALUE : Terminal.width());
            }
        }
        return 0;
    }
}
