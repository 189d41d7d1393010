package org.w3id.newskg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.w3id.newskg.link.GazetteerImporter;
import org.w3id.newskg.link.Linkers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newskg gazetteer import FILE [--into DIR]}: grows the user gazetteer the linker reads beside the shipped one. */
@Command(name = "gazetteer", mixinStandardHelpOptions = true,
        description = "Manages the user gazetteer that linking reads beside the shipped one.",
        subcommands = {GazetteerCommand.Import.class})
final class GazetteerCommand implements Runnable {
    @Spec CommandSpec spec;

    @Override
    public void run() { spec.commandLine().usage(spec.commandLine().getOut()); }

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
