package org.w3id.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.newskg.ingest.ArticleReader;
import org.w3id.newskg.model.Article;
import org.w3id.newskg.pipeline.Batch;
import org.w3id.newskg.pipeline.BatchReport;
import org.w3id.newskg.bench.CorpusGenerator;
import org.w3id.newskg.pipeline.Pipeline;
import org.w3id.newskg.pipeline.TestPipeline;
import org.w3id.newskg.store.ArticleGraph;
import org.w3id.newskg.store.GraphLoader;
import org.w3id.newskg.store.ServerSettings;
import org.w3id.newskg.store.SparqlServer;
import org.w3id.newskg.store.TdbStore;

/**
 * Eight clients query the embedded Fuseki over HTTP while a batch loads into the same store: no request fails,
 * and every answer comes from a committed state — each graph it sees holds exactly its article's triples, and a
 * client never sees fewer graphs than it saw before.
 */
class StoreConcurrencyIT {
    private static final String PER_GRAPH = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER (?g != <https://w3id.org/newskg/id/tallies>) } GROUP BY ?g";

    @Test
    void eightClientsQueryingWhileABatchLoadsSeeOnlyWholeCommittedGraphs(@TempDir Path dir) throws Exception {
        Path corpus = dir.resolve("corpus.jsonl");
        CorpusGenerator generator = CorpusGenerator.create().seed(5).build();
        generator.writeJsonl(corpus, 60);
        Pipeline pipeline = TestPipeline.get();
        Map<String, Long> expected = new HashMap<>();
        for (Article a : generator.articles(60))
            for (ArticleGraph g : ArticleGraph.of(pipeline.toDataset(a))) expected.put(g.name().getURI(), (long) g.size());

        try (TdbStore store = TdbStore.open(dir.resolve("db"));
             SparqlServer server = SparqlServer.start(store.dataset(), ServerSettings.defaults().withPort(0))) {
            HttpClient http = HttpClient.newHttpClient();
            URI uri = URI.create(server.datasetUrl() + "/sparql?query=" + URLEncoder.encode(PER_GRAPH, StandardCharsets.UTF_8));
            AtomicBoolean loading = new AtomicBoolean(true);
            List<String> problems = Collections.synchronizedList(new ArrayList<>());
            Set<Integer> statesSeen = ConcurrentHashMap.newKeySet();
            AtomicInteger answers = new AtomicInteger();
            ExecutorService clients = Executors.newFixedThreadPool(8);
            List<Future<?>> fs = new ArrayList<>();
            for (int c = 0; c < 8; c++)
                fs.add(clients.submit(() -> {
                    int seen = 0;
                    boolean last = false;
                    while (!last) {
                        last = !loading.get();   // one more round after the load ends
                        try {
                            HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).header("Accept", "application/sparql-results+json")
                                    .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
                            if (r.statusCode() != 200) { problems.add("HTTP " + r.statusCode() + ": " + r.body()); continue; }
                            JsonNode rows = new ObjectMapper().readTree(r.body()).get("results").get("bindings");
                            for (JsonNode row : rows) {
                                String g = row.get("g").get("value").asText();
                                long n = row.get("n").get("value").asLong();
                                if (!Long.valueOf(n).equals(expected.get(g))) problems.add(g + " seen with " + n + " triples, whole it has " + expected.get(g));
                            }
                            if (rows.size() < seen) problems.add("a client saw " + rows.size() + " graphs after " + seen);
                            seen = rows.size();
                            statesSeen.add(seen);
                            answers.incrementAndGet();
                        } catch (Exception e) {
                            problems.add(e.toString());
                        }
                    }
                    return null;
                }));
            BatchReport report;
            try (GraphLoader loader = GraphLoader.create(store).batchSize(3).build()) {
                report = new Batch(pipeline, ArticleReader.create().build(), 2).run(List.of(corpus),
                        linked -> ArticleGraph.of(pipeline.toDataset(linked)).forEach(loader));
                loader.flush();
                assertTrue(loader.report().ok(), loader.report().toString());
            } finally {
                loading.set(false);
            }
            for (Future<?> f : fs) f.get();
            clients.shutdown();
            assertEquals(List.of(), report.failures());
            assertEquals(List.of(), problems.subList(0, Math.min(20, problems.size())), problems.size() + " problem(s)");
            assertEquals(expected.size(), store.graphNames().size());
            assertTrue(statesSeen.size() > 3, "the clients saw the load in progress: " + statesSeen + " in " + answers.get() + " answers");
        }
    }
}
