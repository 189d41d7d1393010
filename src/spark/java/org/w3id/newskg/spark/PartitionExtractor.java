package org.w3id.newskg.spark;

import java.io.ByteArrayOutputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
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
 * UTF-8 byte array an article (its final newline dropped: Spark's text writer adds one), exactly as {@code newskg
 * extract --format nq} writes its file. The bytes go to the writer as they are: a graph is some 150 KB, and decoding it
 * into a Java string, only for Spark to encode it again, cost three copies of up to three times its size per article,
 * large enough to be humongous objects of G1 that started a concurrent marking of the heap every few articles. Graphs are made one input at a
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
 * Dataset<byte[]> graphs = rows.mapPartitions(new PartitionExtractor(settings, counts), Encoders.BINARY());
 * }
 */
final class PartitionExtractor implements MapPartitionsFunction<Row, byte[]> {
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
    public Iterator<byte[]> call(Iterator<Row> input) {
        Extractors.Extractor ex = Extractors.of(settings);
        GraphBuffer buffer = new GraphBuffer();
        return new Iterator<>() {
            private final ArrayDeque<byte[]> ready = new ArrayDeque<>();

            @Override
            public boolean hasNext() {
                while (ready.isEmpty() && input.hasNext()) ready.addAll(process(ex, buffer, input.next()));
                return !ready.isEmpty();
            }

            @Override
            public byte[] next() {
                if (!hasNext()) throw new NoSuchElementException();
                return ready.removeFirst();
            }
        };
    }

    /** The graphs of one input row (a file may hold several articles); its failures go to the accumulator. */
    private List<byte[]> process(Extractors.Extractor ex, GraphBuffer buffer, Row row) {
        String source = row.getAs("source");
        String id = row.getAs("id");
        String problem = row.getAs("problem");
        byte[] content = row.getAs("content");
        List<byte[]> out = new ArrayList<>();
        if (problem != null) {
            fail(id != null ? id : source, source + ": " + problem);
        } else if (content != null) {
            List<Article> read = new ArrayList<>();
            List<String> failed = new ArrayList<>();
            ex.reader().read(source, content, read::add, failed::add);
            failed.forEach(f -> fail(source, f));
            read.forEach(a -> extract(ex.pipeline(), buffer, a).ifPresent(out::add));
        } else {
            String where = id != null ? source + " (id " + id + ")" : source;
            Map<String, String> fields = new HashMap<>();
            for (String f : List.of("id", "text", "lang", "url", "headline", "date")) fields.put(f, row.getAs(f));
            try {
                String text = fields.get("text");
                ArticleId fallback = ArticleId.slug(stem(source) + "-" + (text == null ? "none" : sha256(text).substring(0, 12)));
                extract(ex.pipeline(), buffer, ex.reader().fromFields(where, fields, fallback)).ifPresent(out::add);
            } catch (IngestException e) {
                fail(id != null ? id : source, e.getMessage());
            }
        }
        return out;
    }

    /** As {@code newskg extract}: the linked extraction's dataset, written by the exporter; a failure names the article. */
    private Optional<byte[]> extract(Pipeline pipeline, GraphBuffer buffer, Article a) {
        try {
            Extraction.Linked linked = pipeline.link(pipeline.extract(a));
            buffer.reset();
            Exporter.write(pipeline.toDataset(linked), Format.NQ, buffer);
            counts.articles().add(1);
            counts.statements().add(linked.extraction().statements().size());
            return Optional.of(buffer.withoutFinalNewline());
        } catch (RuntimeException | StackOverflowError e) {
            String m = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
            fail(a.id().value(), a.meta().source() + ": extraction failed (" + e.getClass().getSimpleName() + ": " + m + ")");
            return Optional.empty();
        }
    }

    /** One task's buffer for the graphs it writes, reused from article to article. */
    private static final class GraphBuffer extends ByteArrayOutputStream {
        GraphBuffer() { super(256 * 1024); }

        /** The bytes written since the last reset, without the newline that ends the last quad. */
        byte[] withoutFinalNewline() {
            return Arrays.copyOf(buf, count > 0 && buf[count - 1] == '\n' ? count - 1 : count);
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
