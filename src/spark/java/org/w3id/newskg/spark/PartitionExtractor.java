package org.w3id.newskg.spark;

import java.io.ByteArrayOutputStream;
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
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.LongAccumulator;
import org.w3id.newskg.export.Exporter;
import org.w3id.newskg.export.Format;
import org.w3id.newskg.ingest.IngestException;
import org.w3id.newskg.model.Article;
import org.w3id.newskg.model.ArticleId;
import org.w3id.newskg.model.Extraction;
import org.w3id.newskg.pipeline.Pipeline;

/**
 * Turns the input rows of one partition ({@link ArticleSources#SCHEMA}) into output rows of {@link #SCHEMA}: an
 * article's named graph as N-Quads, exactly as {@code newskg extract --format nq} writes its file ({@code kind}
 * {@code graph}), or one failure, {@code id TAB problem} ({@code kind} {@code failure}). Rows are made one input at a
 * time as Spark asks for them, so a partition of any size streams through; an input that fails is a failure row and
 * the partition goes on.
 *
 * <p>An article without an id gets its file's stem and the first 12 hex digits of its text's SHA-256: a record read
 * by Spark knows no line number ({@code newskg extract} uses {@code <stem>-<line>}). A failure's id is the article's
 * when known, else the file's path.
 *
 * {@snippet :
 * Dataset<Row> out = rows.mapPartitions(new PartitionExtractor(settings, articles, statements), Encoders.row(PartitionExtractor.SCHEMA));
 * }
 */
final class PartitionExtractor implements MapPartitionsFunction<Row, Row> {
    static final StructType SCHEMA = new StructType().add("kind", DataTypes.StringType).add("value", DataTypes.StringType);
    static final String GRAPH = "graph", FAILURE = "failure";
    private static final long serialVersionUID = 1L;

    private final ExtractSettings settings;
    private final LongAccumulator articles;
    private final LongAccumulator statements;

    PartitionExtractor(ExtractSettings settings, LongAccumulator articles, LongAccumulator statements) {
        this.settings = settings;
        this.articles = articles;
        this.statements = statements;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> input) {
        Extractors.Extractor ex = Extractors.of(settings);
        return new Iterator<>() {
            private final ArrayDeque<Row> ready = new ArrayDeque<>();

            @Override
            public boolean hasNext() {
                while (ready.isEmpty() && input.hasNext()) ready.addAll(process(ex, input.next()));
                return !ready.isEmpty();
            }

            @Override
            public Row next() {
                if (!hasNext()) throw new NoSuchElementException();
                return ready.removeFirst();
            }
        };
    }

    private List<Row> process(Extractors.Extractor ex, Row row) {
        String source = row.getAs("source");
        String id = row.getAs("id");
        String problem = row.getAs("problem");
        byte[] content = row.getAs("content");
        List<Row> out = new ArrayList<>();
        if (problem != null) {
            out.add(failure(id != null ? id : source, source + ": " + problem));
        } else if (content != null) {
            List<Article> read = new ArrayList<>();
            List<String> failed = new ArrayList<>();
            ex.reader().read(source, content, read::add, failed::add);
            failed.forEach(f -> out.add(failure(source, f)));
            read.forEach(a -> out.add(extract(ex.pipeline(), a)));
        } else {
            String where = id != null ? source + " (id " + id + ")" : source;
            Map<String, String> fields = new HashMap<>();
            for (String f : List.of("id", "text", "lang", "url", "headline", "date")) fields.put(f, row.getAs(f));
            try {
                String text = fields.get("text");
                ArticleId fallback = ArticleId.slug(stem(source) + "-" + (text == null ? "none" : sha256(text).substring(0, 12)));
                out.add(extract(ex.pipeline(), ex.reader().fromFields(where, fields, fallback)));
            } catch (IngestException e) {
                out.add(failure(id != null ? id : source, e.getMessage()));
            }
        }
        return out;
    }

    /** As {@code newskg extract}: the linked extraction's dataset, written by the exporter; a failure names the article. */
    private Row extract(Pipeline pipeline, Article a) {
        try {
            Extraction.Linked linked = pipeline.link(pipeline.extract(a));
            ByteArrayOutputStream nq = new ByteArrayOutputStream();
            Exporter.write(pipeline.toDataset(linked), Format.NQ, nq);
            articles.add(1);
            statements.add(linked.extraction().statements().size());
            String quads = nq.toString(StandardCharsets.UTF_8);
            return RowFactory.create(GRAPH, quads.endsWith("\n") ? quads.substring(0, quads.length() - 1) : quads);
        } catch (RuntimeException | StackOverflowError e) {
            String m = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
            return failure(a.id().value(), a.meta().source() + ": extraction failed (" + e.getClass().getSimpleName() + ": " + m + ")");
        }
    }

    private static Row failure(String id, String problem) {
        return RowFactory.create(FAILURE, oneField(id) + "\t" + oneField(problem));
    }

    private static String oneField(String s) { return s == null ? "" : s.replaceAll("[\\t\\r\\n]+", " "); }

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
