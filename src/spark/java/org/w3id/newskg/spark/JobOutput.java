package org.w3id.newskg.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The output directory of a Spark job, on any Hadoop file system:
 * <pre>
 * DIR/part-00000.nq …     one N-Quads file per partition; each article its own named graph
 * DIR/failures/           the failures table: CSV (RFC 4180) with a header, columns id and problem
 * DIR/summary.json        articles, failed, statements, parts, seconds
 * DIR/_SUCCESS            written last: everything above is complete
 * </pre>
 * Spark's own writer, with its commit protocol, writes the graphs to {@code DIR/_staging}; they are then moved into
 * place, the failures table written, and {@code _SUCCESS} last, so a directory without it is an unfinished job. A directory that
 * exists and is not empty is refused: a job never mixes its parts with another's.
 *
 * {@snippet :
 * JobOutput out = JobOutput.at(spark, "hdfs:///kg/2025-11-30");
 * graphs.write().text(out.staging());
 * }
 */
final class JobOutput {
    private static final Pattern PART = Pattern.compile("^part-(\\d+)");
    private static final StructType FAILURE = new StructType().add("id", DataTypes.StringType).add("problem", DataTypes.StringType);
    private final FileSystem fs;
    private final Path dir;

    private JobOutput(FileSystem fs, Path dir) {
        this.fs = fs;
        this.dir = dir;
    }

    static JobOutput at(SparkSession spark, String output) {
        Path dir = new Path(output);
        try {
            FileSystem fs = dir.getFileSystem(spark.sparkContext().hadoopConfiguration());
            if (fs.exists(dir) && (fs.getFileStatus(dir).isFile() || fs.listStatus(dir).length > 0))
                throw new IllegalArgumentException(output + ": exists and is not empty (give a new directory for the job's output)");
            // no .crc files beside the parts on a local disk (on one machine the executors share this instance)
            if (fs instanceof LocalFileSystem local) local.setWriteChecksum(false);
            return new JobOutput(fs, dir);
        } catch (IOException e) {
            throw new IllegalArgumentException(output + ": cannot use as output directory (" + e.getMessage() + ")", e);
        }
    }

    /** Where Spark's text writer puts the graphs, one part file per partition. */
    String staging() { return new Path(dir, "_staging").toString(); }

    /** Moves the graph parts into place as {@code part-NNNNN.nq}, NNNNN the partition's number; gives their count. */
    int publishGraphs() throws IOException {
        Path graphs = new Path(staging());
        if (!fs.exists(graphs)) return 0;
        int n = 0;
        for (FileStatus f : fs.listStatus(graphs)) {
            String name = f.getPath().getName();
            if (!f.isFile() || name.startsWith(".") || name.startsWith("_")) continue;
            Matcher m = PART.matcher(name);
            String target = m.find() ? "part-" + m.group(1) + ".nq" : name.replaceFirst("\\.txt$", "") + ".nq";
            if (!fs.rename(f.getPath(), new Path(dir, target))) throw new IOException(f.getPath() + ": cannot move to " + new Path(dir, target));
            n++;
        }
        return n;
    }

    /** Writes the failures table, {@code DIR/failures}: one CSV file, even when there is no failure. */
    void writeFailures(SparkSession spark, List<PartitionExtractor.Failure> failures) {
        List<Row> rows = failures.stream().map(f -> RowFactory.create(f.id(), f.problem())).toList();
        // quotes doubled, as RFC 4180 and spreadsheets have it (Spark's default escapes them with a backslash)
        spark.createDataFrame(rows, FAILURE).coalesce(1).write().option("header", "true").option("escape", "\"")
                .csv(new Path(dir, "failures").toString());
    }

    /** The summary, the staging directory removed, and {@code _SUCCESS} last. */
    void finish(JobSummary summary) throws IOException {
        try (OutputStream out = fs.create(new Path(dir, "summary.json"), true)) {
            out.write(summary.json().getBytes(StandardCharsets.UTF_8));
        }
        fs.delete(new Path(staging()), true);
        fs.create(new Path(dir, "_SUCCESS"), true).close();
    }
}
