package org.w3id.newskg.spark;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;

/**
 * newskg's extraction as one Spark job: reads the inputs ({@link ArticleSources}), spreads them over partitions, runs
 * the unchanged pipeline on the executors ({@link PartitionExtractor}, models loaded once per JVM by
 * {@link Extractors}) and writes one N-Quads file per partition, the failures table, a summary and {@code _SUCCESS}
 * ({@link JobOutput}). A failing input is a row of the failures table; the job goes on.
 *
 * <p>Partitions: {@code partitions(N)} repartitions to N; by default the inputs keep the partitions Spark's readers
 * give, but never fewer than two per core of the application, so a small file still uses every core.
 *
 * {@snippet :
 * SparkSession spark = SparkSession.builder().master("local[2]").getOrCreate();
 * JobSummary s = SparkJob.create().inputs(List.of("corpus.jsonl")).output("out/kg").partitions(8).build().run(spark);
 * }
 */
public final class SparkJob {
    private final List<String> inputs;
    private final String output;
    private final int partitions;
    private final ExtractSettings settings;
    private final Consumer<String> failures;

    private SparkJob(Builder b) {
        this.inputs = List.copyOf(b.inputs);
        this.output = b.output;
        this.partitions = b.partitions;
        this.settings = new ExtractSettings(b.lang, b.wikidata);
        this.failures = b.failures;
    }

    public static Builder create() { return new Builder(); }

    /**
     * On one machine (master {@code local[N]}, where the tasks run in this JVM): starts loading the models, lexicons and
     * the gazetteer now, on a thread of its own, so that it overlaps the session's start-up instead of following it.
     * Call it before the session is built; the first task waits for it. Pointless on a cluster, whose executors load
     * their own.
     */
    public void loadModelsInBackground() { Extractors.loadInBackground(settings); }

    /** Runs the job in the given session; bad usage (a missing input, a used output directory) fails before any task. */
    public JobSummary run(SparkSession spark) {
        long started = System.nanoTime();
        JobOutput out = JobOutput.at(spark, output);
        Dataset<Row> rows = ArticleSources.read(spark, inputs);
        int have = rows.rdd().getNumPartitions();
        int want = partitions > 0 ? partitions : Math.max(have, 2 * spark.sparkContext().defaultParallelism());
        if (want != have) rows = rows.repartition(want);
        PartitionExtractor.Counts counts = PartitionExtractor.Counts.in(spark);
        // the graphs' UTF-8 bytes become the text column as they are (a cast from binary decodes nothing)
        rows.mapPartitions(new PartitionExtractor(settings, counts), Encoders.BINARY()).toDF("value")
                .select(col("value").cast(DataTypes.StringType)).write().text(out.staging());
        try {
            int parts = out.publishGraphs();
            List<PartitionExtractor.Failure> failed = counts.failures().value();
            out.writeFailures(spark, failed);
            failed.forEach(f -> failures.accept(f.problem()));
            JobSummary summary = new JobSummary(counts.articles().value(), failed.size(), counts.statements().value(), parts,
                    (System.nanoTime() - started) / 1e9);
            out.finish(summary);
            return summary;
        } catch (IOException e) {
            throw new UncheckedIOException(output + ": cannot finish the output (" + e.getMessage() + ")", e);
        }
    }

    public static final class Builder {
        private List<String> inputs = List.of();
        private String output;
        private int partitions;
        private String lang;
        private String wikidata = "offline";
        private Consumer<String> failures = f -> { };

        /** Files or directories, local or on any Hadoop file system (hdfs://, s3a://). */
        public Builder inputs(List<String> inputs) { this.inputs = inputs; return this; }

        /** The output directory; must not exist, or be empty. */
        public Builder output(String dir) { this.output = dir; return this; }

        /** Partitions, so part files, of the output; 0 (default): as read, at least two per core. */
        public Builder partitions(int n) { this.partitions = n; return this; }

        /** Every article in this language ({@code de}, {@code en}); default: the input's, else detected. */
        public Builder lang(String lang) { this.lang = lang; return this; }

        /** Linking: {@code offline} (default), {@code online} or {@code none}, as {@code newskg extract --wikidata}. */
        public Builder wikidata(String mode) { this.wikidata = mode; return this; }

        /** Hears each failure's problem line, on the driver, after the job. */
        public Builder failures(Consumer<String> lines) { this.failures = lines; return this; }

        public SparkJob build() {
            if (output == null) throw new IllegalArgumentException("no output directory given (-o DIR)");
            if (partitions < 0) throw new IllegalArgumentException("--partitions must be positive, not " + partitions);
            if (lang != null && !org.w3id.newskg.ingest.ArticleReader.SUPPORTED_LANGUAGES.contains(lang))
                throw new IllegalArgumentException("--lang: unsupported language '" + lang + "' (supported: de, en)");
            return new SparkJob(this);
        }
    }
}
