package org.w3id.newskg.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Reads the inputs through Spark's own readers, so {@code hdfs://}, {@code s3a://} and local paths all work, into one
 * table of {@link #SCHEMA}: a row per record, or per file, still to be made an article on an executor.
 * <ul>
 * <li>JSON Lines ({@code .jsonl}, {@code .ndjson}, compressed too, or a directory of them): Spark's JSON reader,
 *     split across partitions; the fields of {@code newskg extract}: {@code id}, {@code text}, {@code lang},
 *     {@code url}/{@code source_url}, {@code headline}/{@code title}, {@code datePublished}/{@code date}. A line
 *     that is no JSON object becomes a row with a problem.
 * <li>Parquet ({@code .parquet}, or a directory holding such files): columns {@code text}, and optionally
 *     {@code id}, {@code lang}, {@code url}, {@code headline}, {@code date} (any type, taken as text).
 * <li>Any other file or directory: Spark's {@code binaryFile} reader, recursively, the files {@code newskg extract}
 *     takes ({@code .txt .text .html .htm .json .jsonl .ndjson}), each read on the executor by the
 *     {@link org.w3id.newskg.ingest.ArticleReader} as from disk.
 * </ul>
 * An input that does not exist is bad usage and fails on the driver, before any task.
 *
 * {@snippet :
 * Dataset<Row> rows = ArticleSources.read(spark, List.of("s3a://news/2025-11-30.jsonl", "archive/html/"));
 * }
 */
final class ArticleSources {
    /** source (file, for messages), id, text, lang, url, headline, date, content (a whole file), problem (the reader's). */
    static final StructType SCHEMA = new StructType()
            .add("source", DataTypes.StringType).add("id", DataTypes.StringType).add("text", DataTypes.StringType)
            .add("lang", DataTypes.StringType).add("url", DataTypes.StringType).add("headline", DataTypes.StringType)
            .add("date", DataTypes.StringType).add("content", DataTypes.BinaryType).add("problem", DataTypes.StringType);
    private static final String CORRUPT = "_corrupt_record";
    private static final StructType JSON_FIELDS = new StructType()
            .add("id", DataTypes.StringType).add("text", DataTypes.StringType).add("lang", DataTypes.StringType)
            .add("url", DataTypes.StringType).add("source_url", DataTypes.StringType).add("headline", DataTypes.StringType)
            .add("title", DataTypes.StringType).add("datePublished", DataTypes.StringType).add("date", DataTypes.StringType)
            .add(CORRUPT, DataTypes.StringType);
    private static final Set<String> FILE_EXTENSIONS = Set.of("txt", "text", "html", "htm", "json", "jsonl", "ndjson");
    private static final String FILE_GLOB = "*.{txt,text,html,htm,json,jsonl,ndjson}";

    /** How an input is read. */
    enum Kind { JSONL, PARQUET, FILES }

    private ArticleSources() {}

    /** Every input as rows of {@link #SCHEMA}, in the order given. */
    static Dataset<Row> read(SparkSession spark, List<String> inputs) {
        Dataset<Row> all = null;
        for (String input : inputs) {
            Listing listing = list(spark, input);
            Dataset<Row> rows = switch (listing.kind()) {
                case JSONL -> jsonLines(spark, input);
                case PARQUET -> parquet(spark, input);
                case FILES -> files(spark, input, listing.directory());
            };
            if (!listing.empty().isEmpty())   // Spark's file readers skip empty files; newskg extract names them
                rows = rows.unionByName(spark.createDataFrame(listing.empty().stream()
                        .map(f -> RowFactory.create(f, null, null, null, null, null, null, null, "empty file")).toList(), SCHEMA));
            all = all == null ? rows : all.unionByName(rows);
        }
        if (all == null) throw new IllegalArgumentException("no input given");
        return all;
    }

    /** How an input is read, whether it is a directory, and its empty article files. */
    record Listing(Kind kind, boolean directory, List<String> empty) {}

    /** By the name of the file, or of the files in the directory: any Parquet file makes it Parquet, only JSON Lines JSON Lines. */
    static Listing list(SparkSession spark, String input) {
        Path path = new Path(input);
        try {
            FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
            if (!fs.exists(path)) throw new IllegalArgumentException(input + ": no such file or directory");
            boolean directory = fs.getFileStatus(path).isDirectory();
            List<String> empty = new ArrayList<>();
            boolean jsonl = false, other = false;
            RemoteIterator<LocatedFileStatus> files = fs.listFiles(path, true);
            while (files.hasNext()) {
                LocatedFileStatus status = files.next();
                Path f = status.getPath();
                if (f.getName().startsWith("_") || f.getName().startsWith(".")) continue;
                Kind k = kindOf(f.getName()).orElse(null);
                if (k == Kind.PARQUET) return new Listing(Kind.PARQUET, directory, List.of());
                if (k == Kind.JSONL) jsonl = true;
                else if (FILE_EXTENSIONS.contains(extension(f.getName()))) other = true;
                else if (directory) continue;   // a file given by name is read whatever its extension
                if (status.getLen() == 0) empty.add(f.toString());
            }
            return new Listing(jsonl && !other ? Kind.JSONL : Kind.FILES, directory, List.copyOf(empty));
        } catch (IOException e) {
            throw new IllegalArgumentException(input + ": cannot list (" + e.getMessage() + ")", e);
        }
    }

    private static java.util.Optional<Kind> kindOf(String name) {
        String n = name.toLowerCase(Locale.ROOT).replaceFirst("\\.(gz|bz2|zst|lz4|snappy|deflate)$", "");
        if (n.endsWith(".parquet")) return java.util.Optional.of(Kind.PARQUET);
        if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) return java.util.Optional.of(Kind.JSONL);
        return java.util.Optional.empty();
    }

    private static Dataset<Row> jsonLines(SparkSession spark, String input) {
        Dataset<Row> raw = spark.read().schema(JSON_FIELDS).option("mode", "PERMISSIVE").option("columnNameOfCorruptRecord", CORRUPT)
                .option("recursiveFileLookup", "true").json(input);
        Column broken = col(CORRUPT).isNotNull();
        return raw.select(
                col("_metadata.file_path").as("source"),
                when(broken, lit(null)).otherwise(col("id")).as("id"),
                when(broken, lit(null)).otherwise(col("text")).as("text"),
                col("lang"),
                coalesce(col("url"), col("source_url")).as("url"),
                coalesce(col("headline"), col("title")).as("headline"),
                coalesce(col("datePublished"), col("date")).as("date"),
                lit(null).cast(DataTypes.BinaryType).as("content"),
                when(broken, org.apache.spark.sql.functions.concat(lit("not a JSON object with a \"text\" field ("),
                        org.apache.spark.sql.functions.substring(col(CORRUPT), 1, 60), lit(")"))).as("problem"));
    }

    private static Dataset<Row> parquet(SparkSession spark, String input) {
        Dataset<Row> raw = spark.read().option("recursiveFileLookup", "true").parquet(input);
        List<String> columns = List.of(raw.columns());
        if (!columns.contains("text"))
            throw new IllegalArgumentException(input + ": Parquet without a \"text\" column (columns: " + String.join(", ", columns) + ")");
        List<Column> select = new ArrayList<>();
        select.add(col("_metadata.file_path").as("source"));
        for (String c : List.of("id", "text", "lang", "url", "headline", "date"))
            select.add((columns.contains(c) ? col(c).cast(DataTypes.StringType) : lit(null).cast(DataTypes.StringType)).as(c));
        select.add(lit(null).cast(DataTypes.BinaryType).as("content"));
        select.add(lit(null).cast(DataTypes.StringType).as("problem"));
        return raw.select(select.toArray(Column[]::new));
    }

    private static Dataset<Row> files(SparkSession spark, String input, boolean directory) {
        org.apache.spark.sql.DataFrameReader reader = spark.read().format("binaryFile").option("recursiveFileLookup", "true");
        if (directory) reader = reader.option("pathGlobFilter", FILE_GLOB);   // in a directory only article files, as newskg extract
        Dataset<Row> raw = reader.load(input);
        Column none = lit(null).cast(DataTypes.StringType);
        return raw.select(col("path").as("source"), none.as("id"), none.as("text"), none.as("lang"), none.as("url"),
                none.as("headline"), none.as("date"), col("content"), none.as("problem"));
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
