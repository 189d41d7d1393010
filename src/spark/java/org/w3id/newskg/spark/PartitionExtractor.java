package org.w3id.newskg.spark;

import java.io.ByteArrayOutputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;
import org.w3id.newskg.export.Exporter;
import org.w3id.newskg.export.Format;
import org.w3id.newskg.ingest.IngestException;
import org.w3id.newskg.model.Article;
import org.w3id.newskg.model.ArticleId;
import org.w3id.newskg.model.Extraction;
import org.w3id.newskg.pipeline.Pipeline;

/**
 * Turns the input rows of one partition ({@link ArticleSources#SCHEMA}) into articles' named graphs as N-Quads, one
 * string an article, exactly as {@code newskg extract --format nq} writes its file. Graphs are made one input at a
 * time as Spark asks for them, so a partition of any size streams through. An input that fails is a {@link Failure}
 * added to an accumulator, and the partition goes on: failures are few and small, and the graphs alone go through
 * Spark's writer, unsorted (a second kind of row would make the writer sort every partition's graphs by kind). The
 * extraction runs in the job's result stage, where Spark merges a task's accumulator updates once.
 *
 * <p>An article without an id gets its file's stem and the first 12 hex digits of its text's SHA-256: a record read
 * by Spark knows no line number ({@code newskg extract} uses {@code <stem>-<line>}). A failure's id is the article's
 * when known, else the file's path.
 *
 * {@snippet :
 * Dataset<String> graphs = rows.mapPartitions(new PartitionExtractor(settings, counts), Encoders.STRING());
 * }
 */
final class PartitionExtractor implements MapPartitionsFunction<Row, String> {
    private static final long serialVersionUID = 1L;

    /** A row of the failures table: the article's id when known, else the input's path, and the problem line. */
    record Failure(String id, String problem) implements Serializable {}

    /** Where the executors count: articles extracted, their statements, the failures. */
    record Counts(LongAccumulator articles, LongAccumulator statements, CollectionAccumulator<Failure> failures) implements Serializable {
        static Counts in(SparkSession spark) {
            return new Counts(spark.sparkContext().longAccumulator("newskg articles"), spark.sparkContext().longAccumulator("newskg statements"),
                    spark.sparkContext().collectionAccumulator("newskg failures"));
        }
    }

    private final ExtractSettings settings;
    private final Counts counts;

    PartitionExtractor(ExtractSettings settings, Counts counts) {
        this.settings = settings;
        this.counts = counts;
    }

    @Override
    public Iterator<String> call(Iterator<Row> input) {
        Extractors.Extractor ex = Extractors.of(settings);
        return new Iterator<>() {
            private final ArrayDeque<String> ready = new ArrayDeque<>();

            @Override
            public boolean hasNext() {
                while (ready.isEmpty() && input.hasNext()) ready.addAll(process(ex, input.next()));
                return !ready.isEmpty();
            }

            @Override
            public String next() {
                if (!hasNext()) throw new NoSuchElementException();
                return ready.removeFirst();
            }
        };
    }

    /** The graphs of one input row (a file may hold several articles); its failures go to the accumulator. */
    private List<String> process(Extractors.Extractor ex, Row row) {
        String source = row.getAs("source");
        String id = row.getAs("id");
        String problem = row.getAs("problem");
        byte[] content = row.getAs("content");
        List<String> out = new ArrayList<>();
        if (problem != null) {
            fail(id != null ? id : source, source + ": " + problem);
        } else if (content != null) {
            List<Article> read = new ArrayList<>();
            List<String> failed = new ArrayList<>();
            ex.reader().read(source, content, read::add, failed::add);
            failed.forEach(f -> fail(source, f));
            read.forEach(a -> extract(ex.pipeline(), a).ifPresent(out::add));
        } else {
            String where = id != null ? source + " (id " + id + ")" : source;
            Map<String, String> fields = new HashMap<>();
            for (String f : List.of("id", "text", "lang", "url", "headline", "date")) fields.put(f, row.getAs(f));
            try {
                String text = fields.get("text");
                ArticleId fallback = ArticleId.slug(stem(source) + "-" + (text == null ? "none" : sha256(text).substring(0, 12)));
                extract(ex.pipeline(), ex.reader().fromFields(where, fields, fallback)).ifPresent(out::add);
            } catch (IngestException e) {
                fail(id != null ? id : source, e.getMessage());
            }
        }
        return out;
    }

    /** As {@code newskg extract}: the linked extraction's dataset, written by the exporter; a failure names the article. */
    private Optional<String> extract(Pipeline pipeline, Article a) {
        try {
            Extraction.Linked linked = pipeline.link(pipeline.extract(a));
            ByteArrayOutputStream nq = new ByteArrayOutputStream();
            Exporter.write(pipeline.toDataset(linked), Format.NQ, nq);
            counts.articles().add(1);
            counts.statements().add(linked.extraction().statements().size());
            String quads = nq.toString(StandardCharsets.UTF_8);   // the text writer ends each graph with its own newline
            return Optional.of(quads.endsWith("\n") ? quads.substring(0, quads.length() - 1) : quads);
        } catch (RuntimeException | StackOverflowError e) {
            String m = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
            fail(a.id().value(), a.meta().source() + ": extraction failed (" + e.getClass().getSimpleName() + ": " + m + ")");
            return Optional.empty();
        }
    }

    private void fail(String id, String problem) {
        counts.failures().add(new Failure(id, problem.lines().findFirst().orElse(problem)));
    }

    private static String stem(String source) {
        String name = source == null ? "input" : source.substring(source.lastIndexOf('/') + 1);
        int dot = name.indexOf('.');
        return dot <= 0 ? name : name.substring(0, dot);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from this JVM", e);
        }
    }
}
