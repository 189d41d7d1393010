package org.w3id.newskg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.newskg.export.Exporter;
import org.w3id.newskg.export.Format;
import org.w3id.newskg.store.ArticleGraph;
import org.w3id.newskg.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newskg export}: the store (or an endpoint's dataset), or one graph of it, as a file. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes the store (or --endpoint's dataset), or one graph of it, as Turtle, TriG, N-Quads or JSON-LD.")
final class ExportCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions where;

    @Option(names = {"-f", "--format"}, paramLabel = "FMT", description = "trig (default), ttl, nq or jsonld. Turtle holds no graphs: it writes their union.")
    String format = "trig";

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Output file, or - for standard output (default: -).")
    String output = "-";

    @Option(names = "--graph", paramLabel = "IRI", description = "Only this named graph (an article's graph IRI).")
    String graph;

    @Override
    public Integer call() {
        Format fmt = Format.parse(format);
        Optional<Node> g = Optional.ofNullable(graph).map(ArticleGraph::graphName);
        if (g.isEmpty() && Exporter.streams(fmt)) return streamed(fmt);
        DatasetGraph dsg;
        try (GraphStore store = where.openExisting()) {
            dsg = store.export(g);
        }
        if (g.isPresent() && dsg.isEmpty()) {
            spec.commandLine().getErr().println("newskg: no graph <" + g.get().getURI() + "> in the store");
            return 1;
        }
        if (output.equals("-")) {
            try (WriterOutputStream os = new WriterOutputStream(spec.commandLine().getOut())) {
                Exporter.write(dsg, fmt, os);
            }
            return 0;
        }
        Path target = Path.of(output);
        try {
            OutputFile.write(target, os -> Exporter.write(dsg, fmt, os));
        } catch (IOException e) {
            throw new IllegalStateException(target + ": cannot write (" + e.getMessage() + ")", e);
        }
        spec.commandLine().getOut().printf("%d quad(s) written to %s%n", dsg.stream().count(), target);
        return 0;
    }

    /** The whole store as N-Quads or TriG, streamed from one read transaction: the heap does not grow with the store. */
    private int streamed(Format fmt) {
        try (GraphStore store = where.openExisting()) {
            if (output.equals("-")) {
                try (WriterOutputStream os = new WriterOutputStream(spec.commandLine().getOut())) {
                    Exporter.stream(sink -> store.export(Optional.empty(), sink), fmt, os);
                }
                return 0;
            }
            Path target = Path.of(output);
            long[] n = new long[1];
            try {
                OutputFile.write(target, os -> {
                    OutputStream buffered = new java.io.BufferedOutputStream(os, 1 << 16);
                    n[0] = Exporter.stream(sink -> store.export(Optional.empty(), sink), fmt, buffered);
                    buffered.flush();
                });
            } catch (IOException e) {
                throw new IllegalStateException(target + ": cannot write (" + e.getMessage() + ")", e);
            }
            spec.commandLine().getOut().printf("%d quad(s) written to %s%n", n[0], target);
            return 0;
        }
    }
}
