package org.w3id.newskg.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.w3id.newskg.kb.GazetteerBuilder;
import org.w3id.newskg.link.GazetteerImporter;
import org.w3id.newskg.link.Linkers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newskg gazetteer build [--sources DIR] [--into DIR]}: builds the shipped gazetteer from the shared source
 * lists; {@code newskg gazetteer import FILE [--into DIR]}: grows the user gazetteer the linker reads beside it.
 */
@Command(name = "gazetteer", mixinStandardHelpOptions = true,
        description = "Builds the shipped gazetteer from its sources, and manages the user gazetteer that linking reads beside it.",
        subcommands = {GazetteerCommand.Build.class, GazetteerCommand.Import.class})
final class GazetteerCommand implements Runnable {
    @Spec CommandSpec spec;

    @Override
    public void run() { spec.commandLine().usage(spec.commandLine().getOut()); }

    @Command(name = "build", mixinStandardHelpOptions = true,
            description = {"Builds data/wikidata/gazetteer.tsv, holders.tsv, sources.tsv and build-log.tsv from the evidence-backed "
                    + "lists entities.tsv and officeholders.tsv, with the rules in the same data directory (offices.tsv, "
                    + "person-names.tsv, names-de.tsv). The same sources give the same files."})
    static final class Build implements Callable<Integer> {
        @Spec CommandSpec spec;

        @Option(names = "--sources", paramLabel = "DIR",
                description = "The folder of entities.tsv and officeholders.tsv. Default: ../shared/wikidata, or $NEWSKG_SHARED/wikidata when set.")
        Path sources;

        @Option(names = "--into", paramLabel = "DIR", defaultValue = "data/wikidata",
                description = "The data directory: its rules are read, the built files written (default: ${DEFAULT-VALUE}).")
        Path into;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Path from = sources != null ? sources : defaultSources();
            for (String f : new String[] {"entities.tsv", "officeholders.tsv"})
                if (!Files.isRegularFile(from.resolve(f))) {
                    err.println("newskg: " + from.resolve(f) + ": missing (give the folder with --sources)");
                    return 2;
                }
            for (String f : new String[] {"offices.tsv", "person-names.tsv", "names-de.tsv"})
                if (!Files.isRegularFile(into.resolve(f))) {
                    err.println("newskg: " + into.resolve(f) + ": missing (give the data directory with --into)");
                    return 2;
                }
            GazetteerBuilder.Result r = GazetteerBuilder.build(from, into);
            GazetteerBuilder.write(r, into);
            for (String line : r.summary()) out.println(line.replace("\t", " | "));
            out.printf("%d item(s), %d holding(s) written to %s (rejections and conflicts: %s)%n", r.gazetteer().stream().filter(l -> !l.startsWith("#")).count(),
                    r.holders().stream().filter(l -> !l.startsWith("#")).count(), into, into.resolve("build-log.tsv"));
            return 0;
        }

        static Path defaultSources() {
            String shared = System.getenv("NEWSKG_SHARED");
            return shared != null && !shared.isBlank() ? Path.of(shared, "wikidata") : Path.of("..", "shared", "wikidata");
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Adds the items of a Wikidata SPARQL result (JSON or CSV/TSV with columns item, itemLabel or label, "
                    + "altLabel, type, itemDescription) or of a Wikidata JSON dump subset to the user gazetteer, "
                    + "DIR/gazetteer.tsv. Items already there are replaced."})
    static final class Import implements Callable<Integer> {
        @Spec CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "The SPARQL result or JSON dump subset.")
        Path file;

        @Option(names = "--into", paramLabel = "DIR",
                description = "Directory of the user gazetteer (default: $NEWSKG_HOME or ~/.newskg; the file is DIR/gazetteer.tsv).")
        Path into;

        @Option(names = "--type", paramLabel = "TYPE",
                description = "Type of every item without one: person, country, city, region or organisation.")
        String type;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Path target = into == null ? Linkers.defaultUserGazetteer() : into.resolve("gazetteer.tsv");
            GazetteerImporter.Result r = GazetteerImporter.importInto(file, target, Optional.ofNullable(type));
            for (String w : r.warnings()) err.println("newskg: " + w);
            out.printf("%d item(s) imported into %s (%d new, %d replaced); it now holds %d%n",
                    r.imported(), r.gazetteer(), r.added(), r.updated(), r.total());
            return 0;
        }
    }
}
