package org.w3id.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.newskg.store.TdbStore;

/**
 * {@code newskg serve} from the shipped jar, as a user runs it (issue 14): one line per request on standard error
 * ("logs no requests"; the log level is set when Jena's loggers are first made, so the server runs in a JVM of its
 * own) and the server's version a version, not the "&lt;development&gt;" of a jar without Fuseki's manifest. Runs in the
 * integration-test phase, after {@code package} has built {@code target/newskg.jar}.
 */
class ServeRequestLogIT {
    private static final Pattern DATASET = Pattern.compile("^\\s*dataset\\s+(http://\\S+)");

    @TempDir Path dir;

    @Test
    void everyRequestIsOneLineOnStandardError() throws Exception {
        Path store = dir.resolve("store");
        TdbStore.open(store).close();
        Path log = dir.resolve("serve.err");
        Path jar = Path.of("target/newskg.jar");
        assertTrue(Files.isRegularFile(jar), "no " + jar + ": run the integration tests with mvn verify, after package");
        Process serve = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-jar", jar.toString(), "serve", "--store", store.toString(), "--port", "0")
                .redirectError(log.toFile()).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8))) {
            String dataset = null;
            for (String line; dataset == null && (line = out.readLine()) != null; ) {
                Matcher m = DATASET.matcher(line);
                if (m.find()) dataset = m.group(1);
            }
            assertTrue(dataset != null, "serve printed no dataset URL; stderr:\n" + Files.readString(log));
            String query = URLEncoder.encode("ASK { ?s ?p ?o }", StandardCharsets.UTF_8);
            HttpResponse<String> r = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(dataset + "/sparql?query=" + query)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), r.body());
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            String logged = "";
            while (System.nanoTime() < deadline && !(logged = Files.readString(log)).contains("/newskg/sparql")) Thread.sleep(50);
            String expected = logged;
            assertTrue(logged.lines().anyMatch(l -> l.contains("\"GET /newskg/sparql\" 200")),
                    () -> "no request line for the query on stderr:\n" + expected);
            String server = dataset.substring(0, dataset.lastIndexOf('/'));
            HttpResponse<String> info = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(server + "/$/server")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, info.statusCode(), info.body());
            assertTrue(Pattern.compile("\"version\"\\s*:\\s*\"\\d+\\.\\d+\\.\\d+\"").matcher(info.body()).find(),
                    () -> "the UI would show no version:\n" + info.body());
        } finally {
            serve.destroy();
            serve.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
