package org.w3id.newskg.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.newskg.bench.CorpusGenerator;
import org.w3id.newskg.cli.Main;
import org.w3id.newskg.rdf.Prov;

/**
 * Issue 16: the Spark job on {@code local[2]} against {@code newskg extract}. One job reads 200 generated articles
 * (JSON Lines), the example article (a directory of files), a mixed JSON Lines file, a directory of bad files and a
 * Parquet table; every article's named graph must be isomorphic to the file {@code newskg extract --format nq} writes
 * for it (PROV times aside), the bad inputs must be rows of the failures table, and {@code newskg load DIR} must load
 * the output. Tagged {@code spark}: the build runs it in a JVM of its own with the options spark-submit gives.
 */
@Tag("spark")
class SparkJobIT {
    private static final int GENERATED = 200;
    @TempDir static Path work;
    static SparkSession spark;
    static JobSummary summary;
    static final List<String> printed = new ArrayList<>();
    static Path sparkOut, extractOut;

    @BeforeAll
    static void runBoth() throws IOException {
        Path corpus = work.resolve("corpus.jsonl");
        CorpusGenerator.create().seed(16).build().writeJsonl(corpus, GENERATED);
        Path mixed = work.resolve("mixed.jsonl");
        String englishText = CorpusGenerator.create().seed(16).build().article(1).text();
        Files.writeString(mixed, String.join("\n",
                "{\"id\": \"mixed-good\", \"lang\": \"en\", \"text\": " + json(englishText) + "}",
                "{\"id\": \"broken\", \"text\": \"Die Ministerin sagte",
                "{\"id\": \"no-text\", \"lang\": \"de\"}",
                "{\"id\": \"french\", \"lang\": \"fr\", \"text\": \"Le ministre a dit que tout allait bien.\"}") + "\n", StandardCharsets.UTF_8);
        Path badFiles = Files.createDirectories(work.resolve("bad-files"));
        Files.writeString(badFiles.resolve("empty.txt"), "");
        Files.writeString(badFiles.resolve("broken.json"), "{\"text\": ");

        spark = SparkSession.builder().master("local[2]").appName("newskg-SparkJobIT")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate();
        Path parquet = work.resolve("articles.parquet").toAbsolutePath();
        StructType schema = new StructType().add("id", DataTypes.StringType).add("text", DataTypes.StringType).add("lang", DataTypes.StringType);
        spark.createDataFrame(List.of(RowFactory.create("pq-good", englishText, "en"), RowFactory.create("pq-blank", "   ", "de")), schema)
                .coalesce(1).write().parquet(parquet.toString());

        extractOut = work.resolve("extract");
        StringWriter err = new StringWriter();
        int code = Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(err),
                "extract", corpus.toString(), "data/articles", "-o", extractOut.toString(), "--format", "nq", "--threads", "2");
        assertEquals(0, code, err::toString);

        sparkOut = work.resolve("spark");
        summary = SparkJob.create().inputs(List.of(corpus.toString(), "data/articles", mixed.toString(), badFiles.toString(), parquet.toString()))
                .output(sparkOut.toString()).partitions(2).failures(printed::add).build().run(spark);
    }

    @AfterAll
    static void stop() {
        if (spark != null) spark.stop();
    }

    @Test
    void everyArticleGraphIsIsomorphicToWhatExtractWrites() throws IOException {
        DatasetGraph fromSpark = DatasetGraphFactory.create();
        try (Stream<Path> parts = Files.list(sparkOut)) {
            parts.filter(p -> p.getFileName().toString().endsWith(".nq")).forEach(p -> RDFParser.source(p).lang(Lang.NQUADS).parse(fromSpark));
        }
        Map<String, DatasetGraph> expected = new TreeMap<>();
        try (Stream<Path> files = Files.list(extractOut)) {
            files.forEach(f -> expected.put(f.getFileName().toString(), RDFDataMgr.loadDatasetGraph(f.toString())));
        }
        assertEquals(GENERATED + 1, expected.size(), "newskg extract wrote one file per article");
        List<String> different = new ArrayList<>();
        for (Map.Entry<String, DatasetGraph> e : expected.entrySet()) {
            List<Node> names = new ArrayList<>();
            e.getValue().listGraphNodes().forEachRemaining(names::add);
            assertEquals(1, names.size(), e.getKey() + ": one named graph");
            Node name = names.getFirst();
            if (!fromSpark.containsGraph(name)) { different.add(e.getKey() + ": missing from the Spark output"); continue; }
            if (!IsoMatcher.isomorphic(withoutProvTimes(e.getValue().getGraph(name)), withoutProvTimes(fromSpark.getGraph(name))))
                different.add(e.getKey() + ": not isomorphic");
        }
        assertTrue(different.isEmpty(), () -> different.size() + " article(s) differ:\n" + String.join("\n", different));
        // the Spark output holds exactly those graphs, and the two good articles of the mixed inputs
        List<String> extra = new ArrayList<>();
        fromSpark.listGraphNodes().forEachRemaining(n -> extra.add(n.getURI()));
        assertEquals(GENERATED + 1 + 2, extra.size(), () -> "graphs of the Spark output: " + extra);
        assertTrue(extra.stream().anyMatch(u -> u.endsWith("/mixed-good")) && extra.stream().anyMatch(u -> u.endsWith("/pq-good")), extra::toString);
    }

    @Test
    void theFailuresTableNamesEveryBadInput() {
        List<Row> rows = spark.read().option("header", "true").option("escape", "\"").csv(sparkOut.resolve("failures").toString()).collectAsList();
        Map<String, String> byId = rows.stream().collect(Collectors.toMap(r -> r.getString(0), r -> r.getString(1), (a, b) -> a + " | " + b, TreeMap::new));
        String all = byId.toString();
        assertEquals(6, rows.size(), all);
        assertTrue(byId.get("no-text").contains("no \"text\""), all);
        assertTrue(byId.get("french").contains("unsupported language 'fr'"), all);
        assertTrue(byId.get("pq-blank").contains("no text"), all);
        assertTrue(byId.entrySet().stream().anyMatch(e -> e.getKey().endsWith("mixed.jsonl") && e.getValue().contains("not a JSON object")), all);
        assertTrue(byId.entrySet().stream().anyMatch(e -> e.getKey().endsWith("empty.txt") && e.getValue().contains("empty.txt")), all);
        assertTrue(byId.entrySet().stream().anyMatch(e -> e.getKey().endsWith("broken.json") && e.getValue().contains("broken JSON")), all);
        assertEquals(6, printed.size(), printed::toString);
        assertEquals(6, summary.failed());
        assertEquals(GENERATED + 1 + 2, summary.articles());
        assertEquals(1, summary.exitCode());
    }

    @Test
    void theOutputIsOnePartFilePerPartitionWithSuccessAndSummary() throws IOException {
        try (Stream<Path> files = Files.list(sparkOut)) {
            List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(List.of("_SUCCESS", "failures", "part-00000.nq", "part-00001.nq", "summary.json"), names);
        }
        assertEquals(2, summary.parts());
        assertTrue(Files.readString(sparkOut.resolve("summary.json")).contains("\"articles\": " + (GENERATED + 3)));
    }

    @Test
    void newskgLoadTakesTheOutputDirectory() {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Main.execute(new PrintWriter(out), new PrintWriter(err), "load", sparkOut.toString(), "--store", work.resolve("store").toString());
        assertEquals(0, code, err::toString);
        assertTrue(out.toString().startsWith((GENERATED + 3) + " graph(s) loaded"), out::toString);
        assertFalse(err.toString().contains("refused"), err::toString);
    }

    /** The graph with every PROV time (prov:generatedAtTime, startedAtTime, endedAtTime) set to one instant. */
    private static org.apache.jena.graph.Graph withoutProvTimes(org.apache.jena.graph.Graph g) {
        Node fixed = NodeFactory.createLiteralDT("2000-01-01T00:00:00Z", XSDDatatype.XSDdateTime);
        org.apache.jena.graph.Graph copy = GraphFactory.createDefaultGraph();
        g.find().forEachRemaining(t -> copy.add(t.getPredicate().getURI().startsWith(Prov.NS) && t.getObject().isLiteral()
                && XSDDatatype.XSDdateTime.getURI().equals(t.getObject().getLiteralDatatypeURI())
                ? Triple.create(t.getSubject(), t.getPredicate(), fixed) : t));
        return copy;
    }

    private static String json(String s) throws IOException {
        return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(s);
    }
}
