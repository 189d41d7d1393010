package org.w3id.newskg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.w3id.newskg.query.NamedQuery;
import org.w3id.newskg.query.Parameters;
import org.w3id.newskg.query.QueryCatalogue;
import org.w3id.newskg.query.QueryRunner;
import org.w3id.newskg.query.ResultFormat;
import org.w3id.newskg.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code newskg warm-up} (hidden): what the launcher runs once after building the jar, with
 * {@code -XX:ArchiveClassesAtExit}, so that the JVM's class-data-sharing archive ({@code target/newskg.jsa}) holds
 * the classes a command needs: the help, a TDB2 store, every shipped query in every result format. Later commands
 * map those classes from the archive instead of loading and verifying them from the jar, which is most of a short
 * command's start. It touches nothing but a temporary directory.
 */
@Command(name = "warm-up", hidden = true, description = "Runs the shipped queries on an empty temporary store (for the start-up archive).")
final class WarmUpCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        spec.parent().commandLine().usage(new java.io.PrintWriter(OutputStream.nullOutputStream()));
        Path dir = Files.createTempDirectory("newskg-warm-up");
        try (TdbStore store = TdbStore.open(dir)) {
            for (NamedQuery q : QueryCatalogue.shipped().all()) {
                List<String> required = q.parameters().stream().filter(NamedQuery.Parameter::required).map(p -> p.name() + "=x").toList();
                Map<String, Node> params = Parameters.parse(required);
                QueryRunner.Answer a = QueryRunner.run(store, q, params, Duration.ofSeconds(30));
                for (ResultFormat f : ResultFormat.values()) a.write(f, OutputStream.nullOutputStream(), 80);
            }
        } finally {
            try (Stream<Path> s = Files.walk(dir)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a temporary directory left behind is no failure of the warm-up
            }
        }
        return 0;
    }
}
