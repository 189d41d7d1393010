package org.w3id.newskg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.newskg.export.Exporter;
import org.w3id.newskg.export.Format;
import org.w3id.newskg.ingest.ArticleReader;
import org.w3id.newskg.model.Extraction;
import org.w3id.newskg.pipeline.Batch;
import org.w3id.newskg.pipeline.BatchReport;
import org.w3id.newskg.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newskg extract INPUT... -o DIR}: one graph file per article, named after the article. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extracts the graph of each article into OUT/<article>.<format> (or stdout with -o -).")
final class ExtractCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files (.txt .html .json .jsonl) or directories.")
    List<Path> inputs;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Output directory, or - for standard output (default: -).")
    String output = "-";

    @Option(names = {"-f", "--format"}, paramLabel = "FMT", description = "ttl (default), trig, nq or jsonld.")
    String format = "ttl";

    @Mixin ArticleOptions articles = new ArticleOptions();

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Format fmt = Format.parse(format);
        ArticleReader reader = articles.reader();
        Pipeline pipeline = articles.pipeline(err);
        boolean toStdout = output.equals("-");
        Path dir = toStdout ? null : Path.of(output);
        if (dir != null) {
            try { Files.createDirectories(dir); } catch (IOException e) { throw new IllegalArgumentException(dir + ": cannot create output directory (" + e.getMessage() + ")"); }
        }
        OutputStream stdout = System.out;
        BatchReport report;
        DuplicateTexts duplicates = new DuplicateTexts(err);
        try (Progress progress = Progress.of("extract", err)) {
            report = new Batch(pipeline, reader, toStdout ? 1 : articles.threads).run(inputs, linked -> {
                duplicates.check(linked.extraction().article());
                DatasetGraph dsg = pipeline.toDataset(linked);
                if (toStdout) {
                    synchronized (stdout) { Exporter.write(dsg, fmt, stdout); }
                } else {
                    writeFile(dir, linked, dsg, fmt);
                }
            }, progress);
        }
        for (String f : report.failures()) err.println(f);
        err.println(Progress.summary("extract", report));
        if (!toStdout)
            spec.commandLine().getOut().printf("%d article(s) extracted to %s, %d statement(s); %d failed%n",
                    report.succeeded(), dir, report.statements(), report.failures().size());
        return report.exitCode();
    }

    /** Written to a temporary file and moved into place, so a file is whole or absent. */
    static void writeFile(Path dir, Extraction.Linked linked, DatasetGraph dsg, Format fmt) {
        Path target = dir.resolve(linked.extraction().article().id().value() + "." + fmt.extension);
        try {
            OutputFile.write(target, out -> Exporter.write(dsg, fmt, out));
        } catch (IOException e) {
            throw new IllegalStateException(target + ": cannot write (" + e.getMessage() + ")", e);
        }
    }
}
