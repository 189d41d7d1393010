package org.w3id.newskg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.w3id.newskg.store.ArticleGraph;
import org.w3id.newskg.store.ContractValidator;
import org.w3id.newskg.store.GraphStore;
import org.w3id.newskg.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newskg validate [--store DIR | FILES]}: checks article graphs against the contract's shapes; a Turtle file is one article's graph. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Checks every article graph of the store (or of the given files: TriG or N-Quads, or Turtle as extract writes it, one article per file) against ontology/shapes.ttl and prints a report; exit code 1 when a graph breaks the contract.")
final class ValidateCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions where;

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "Files to check instead of the store: .trig or .nq (their named graphs), .ttl or .nt (one graph, named after the file).")
    List<Path> files = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<ArticleGraph> graphs = new ArrayList<>();
        int bad = 0;
        if (!files.isEmpty()) {
            for (Path f : files) {
                try {
                    graphs.addAll(ArticleGraph.read(f));
                } catch (StoreException e) {
                    out.println(e.getMessage());
                    bad++;
                }
            }
        } else {
            try (GraphStore store = where.openExisting()) {
                graphs.addAll(ArticleGraph.of(store.export(Optional.empty())));
            }
        }
        ContractValidator v = ContractValidator.shipped();
        int warnings = 0;
        for (ArticleGraph g : graphs) {
            ContractValidator.Report r = v.validate(g);
            out.println(r.text());
            if (!r.conforms()) bad++;
            warnings += r.warnings().size();
        }
        out.printf("%d graph(s) checked: %d break the contract, %d warning(s)%n", graphs.size(), bad, warnings);
        return bad == 0 ? 0 : 1;
    }
}
