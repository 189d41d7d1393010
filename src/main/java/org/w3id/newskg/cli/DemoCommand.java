package org.w3id.newskg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newskg demo}: the main job on the embedded default, on the articles in {@code data/articles}. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Extracts data/articles, writes the graphs to out/demo and prints a summary.")
final class DemoCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--articles", paramLabel = "DIR", description = "Articles to read (default: data/articles).")
    Path articles = Path.of("data/articles");

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Where the Turtle files go (default: out/demo).")
    Path output = Path.of("out/demo");

    @Override
    public Integer call() {
        ExtractCommand extract = new ExtractCommand();
        extract.spec = spec;
        extract.inputs = List.of(articles);
        extract.output = output.toString();
        return extract.call();
    }
}
