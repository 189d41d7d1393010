package org.w3id.newskg.pipeline;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.w3id.newskg.export.Exporter;
import org.w3id.newskg.export.Format;

/**
 * The expected files of one golden case ({@code expected.trig}, {@code expected.txt}), read for a comparison or
 * rewritten in update mode. A file is rewritten only when the output differs from it (for the graph: is not
 * isomorphic to it), so an update that changes nothing leaves no diff to review.
 */
final class GoldenFiles {
    static final String GRAPH = "expected.trig", ACCOUNT = "expected.txt";

    private GoldenFiles() {}

    /** The expected graph; a case without one fails, naming the way to make it. */
    static DatasetGraph graph(Path dir) {
        Path f = dir.resolve(GRAPH);
        if (!Files.isRegularFile(f)) throw new AssertionError(f + " is missing: write it with -Dgolden.update=true and review it");
        return RDFParser.source(f).toDatasetGraph();
    }

    /** The expected readable account; a case without one fails, naming the way to make it. */
    static String account(Path dir) throws IOException {
        Path f = dir.resolve(ACCOUNT);
        if (!Files.isRegularFile(f)) throw new AssertionError(f + " is missing: write it with -Dgolden.update=true and review it");
        return Files.readString(f);
    }

    /** Writes the files that differ from this output; gives the names of those it wrote, none when all agreed. */
    static List<String> update(Path dir, DatasetGraph actual, String account) throws IOException {
        List<String> written = new ArrayList<>();
        Path graph = dir.resolve(GRAPH);
        if (!Files.isRegularFile(graph) || !IsoMatcher.isomorphic(RDFParser.source(graph).toDatasetGraph(), actual)) {
            try (OutputStream out = Files.newOutputStream(graph)) {
                Exporter.write(actual, Format.TRIG, out);
            }
            written.add(GRAPH);
        }
        Path txt = dir.resolve(ACCOUNT);
        if (!Files.isRegularFile(txt) || !Files.readString(txt).equals(account)) {
            Files.writeString(txt, account);
            written.add(ACCOUNT);
        }
        return written;
    }

    static String trig(DatasetGraph dsg) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exporter.write(dsg, Format.TRIG, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
