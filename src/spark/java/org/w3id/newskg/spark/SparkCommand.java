package org.w3id.newskg.spark;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code newskg spark INPUT... -o DIR}: the extraction as a Spark job, the main class of the job jar. On one machine
 * through the launcher ({@code ./newskg spark corpus.jsonl -o out/kg}, master {@code local[*]}); on a cluster through
 * {@code spark-submit target/newskg-spark.jar INPUT... -o DIR}, whose {@code --master} then counts. Prints each failure
 * on a line, then the summary; exit code 0 (all went through), 1 (some failed), 2 (bad usage).
 *
 * {@snippet :
 * int code = SparkCommand.execute(out, err, "corpus.jsonl", "-o", "out/kg", "--master", "local[2]");
 * }
 */
@Command(name = "newskg spark", mixinStandardHelpOptions = true,
        description = {"Extracts the articles as an Apache Spark job: one N-Quads file per partition in DIR (each article its own named graph),",
                "DIR/failures (id, problem), DIR/summary.json and DIR/_SUCCESS. Load the result with newskg load DIR."})
public final class SparkCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "JSON Lines (.jsonl), Parquet (.parquet or a directory of them: text, id, lang, url, headline, date), or files and directories as newskg extract takes them; local, hdfs:// or s3a://.")
    List<String> inputs;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "Output directory; must not exist or be empty.")
    String output;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master (default: spark-submit's, else local[*]).")
    String master;

    @Option(names = "--partitions", paramLabel = "N", description = "Partitions, so part files (default: as read, at least two per core); about 2,000 articles each is a good size.")
    int partitions;

    @Option(names = "--lang", paramLabel = "LANG", description = "Language of every article (de or en); default: the input's, else detected.")
    String lang;

    @Option(names = "--wikidata", paramLabel = "MODE", description = "Linking to Wikidata: offline (default), online or none.")
    String wikidata = "offline";

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SparkJob job = SparkJob.create().inputs(inputs).output(output).partitions(partitions).lang(lang).wikidata(wikidata)
                .failures(line -> err.println(line)).build();
        // on one machine the tasks run in this JVM: the models load while Spark starts, not after
        boolean local = (master != null ? master : System.getProperty("spark.master", "local[*]")).startsWith("local");
        if (local) job.loadModelsInBackground();
        SparkConf conf = new SparkConf().setAppName("newskg");
        if (master != null) conf.setMaster(master);
        else if (!conf.contains("spark.master")) conf.setMaster("local[*]");
        // on one machine no web UI (other jobs may hold its port); on a cluster the cluster's setting counts
        if (local && !conf.contains("spark.ui.enabled")) conf.set("spark.ui.enabled", "false");
        SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
        try {
            spark.sparkContext().setLogLevel("WARN");
            JobSummary s = job.run(spark);
            err.println(s.line());
            out.printf("%d article(s) extracted to %s, %d statement(s); %d failed%n", s.articles(), output, s.statements(), s.failed());
            return s.exitCode();
        } finally {
            spark.stop();
        }
    }

    /** Runs the command with the given streams; the exit code is returned, nothing exits the JVM. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new SparkCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            String m = ex.getMessage() == null || ex.getMessage().isBlank() ? ex.getClass().getSimpleName() : ex.getMessage().lines().findFirst().orElse("");
            commandLine.getErr().println("newskg: " + m);
            return ex instanceof IllegalArgumentException ? 2 : 1;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    public static void main(String[] args) {
        System.exit(execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }
}
