package org.w3id.newskg.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.w3id.newskg.ingest.ArticleReader;
import org.w3id.newskg.pipeline.Explanation;
import org.w3id.newskg.pipeline.Pipeline;
import org.w3id.newskg.view.ViewPage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newskg explain INPUT...}: what was found, readably — persons, events, statements with speaker and rule. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Prints what newskg finds in each article: persons with roles, events, statements with speaker, cue and rule.",
                "With --html FILE, writes the same as the article view of newskg serve: one HTML file that opens without a server."})
final class ExplainCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "INPUT") List<Path> inputs = List.of();

    @Mixin ArticleOptions articles = new ArticleOptions();

    @Option(names = "--tokens", description = "Also print every sentence's tokens with their UPOS tags and lemmas.")
    boolean tokens;

    @Option(names = "--without", split = ",", paramLabel = "RULE",
            description = "Run without these extraction rules (comma-separated; the names nkg:rule shows, such as quote-run), to see what one contributes.")
    java.util.Set<String> without = java.util.Set.of();

    @Option(names = "--rules", description = "List the rule names --without takes, and exit.")
    boolean rules;

    @Option(names = "--html", paramLabel = "FILE",
            description = {"Instead of text, write the article view (text with statements by speaker, persons, events, the graph drawn) as one self-contained HTML file.",
                    "With several articles, one file each: FILE's name with the article's identifier before .html."})
    Path html;

    @Override
    public Integer call() {
        if (rules) {
            Pipeline.ruleNames().forEach(spec.commandLine().getOut()::println);
            return 0;
        }
        Set<String> unknown = new TreeSet<>(without);
        unknown.removeAll(Pipeline.ruleNames());
        if (!unknown.isEmpty())
            throw new ParameterException(spec.commandLine(), "unknown rule(s) " + unknown + " for --without (newskg explain --rules lists them)");
        if (inputs.isEmpty()) throw new ParameterException(spec.commandLine(), "Missing required parameter: 'INPUT'");
        ArticleReader reader = articles.reader();
        Pipeline pipeline = articles.pipeline(spec.commandLine().getErr(), without);
        int[] failed = {0};
        if (html != null) {
            Map<String, String> pages = new LinkedHashMap<>();
            reader.read(inputs, a -> pages.putAll(ViewPage.standaloneArticles(pipeline.toDataset(pipeline.link(pipeline.extract(a))))),
                    f -> { failed[0]++; spec.commandLine().getErr().println(f); });
            HtmlFiles.write(html, pages, spec.commandLine().getOut());
            return failed[0] == 0 ? 0 : 1;
        }
        reader.read(inputs, a -> {
                    org.w3id.newskg.model.Extraction ex = pipeline.extract(a);
                    if (tokens)
                        for (org.w3id.newskg.model.Sentence s : ex.text().sentences())
                            spec.commandLine().getOut().println(s.index() + ": " + String.join(" ", s.tokens().stream().map(t -> t.text() + "/" + t.upos() + "/" + t.lemma()).toList()));
                    spec.commandLine().getOut().println(Explanation.of(pipeline.link(ex)));
                },
                f -> { failed[0]++; spec.commandLine().getErr().println(f); });
        return failed[0] == 0 ? 0 : 1;
    }
}
