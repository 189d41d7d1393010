package org.w3id.newskg.link;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.w3id.newskg.kb.NameKeys;

/**
 * A local stand-in for {@code https://www.wikidata.org/w/api.php} that replays the hand-written answers in
 * {@code src/test/resources/wikidata/replay} (see its README), on a free loopback port. It counts requests,
 * records their User-Agent and can be told to fail the next requests with a status.
 */
final class WikidataReplayServer implements AutoCloseable {
    static final Path REPLAY = Path.of("src/test/resources/wikidata/replay");

    private final HttpServer server;
    private final ObjectMapper json = new ObjectMapper();
    final AtomicInteger requests = new AtomicInteger();
    final List<String> userAgents = new CopyOnWriteArrayList<>();
    final List<Long> times = new CopyOnWriteArrayList<>();
    private final AtomicInteger failures = new AtomicInteger();
    private volatile int failStatus = 503;

    WikidataReplayServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/w/api.php", this::handle);
        server.start();
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/w/api.php");
    }

    /** The next {@code n} requests are answered with this status (and {@code Retry-After: 0}). */
    void failNext(int n, int status) {
        failStatus = status;
        failures.set(n);
    }

    private void handle(HttpExchange ex) throws IOException {
        requests.incrementAndGet();
        times.add(System.nanoTime());
        userAgents.add(ex.getRequestHeaders().getFirst("User-Agent"));
        if (failures.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            ex.getResponseHeaders().add("Retry-After", "0");
            send(ex, failStatus, "{\"error\":{\"code\":\"unavailable\"}}");
            return;
        }
        Map<String, String> q = query(ex.getRequestURI().getRawQuery());
        String body = switch (q.getOrDefault("action", "")) {
            case "wbsearchentities" -> {
                Path f = REPLAY.resolve("search").resolve(NameKeys.plain(q.getOrDefault("search", "")).replace(' ', '-') + ".json");
                yield Files.isRegularFile(f) ? Files.readString(f) : "{\"searchinfo\":{\"search\":\"\"},\"search\":[],\"success\":1}";
            }
            case "wbgetentities" -> {
                ObjectNode root = json.createObjectNode();
                ObjectNode entities = root.putObject("entities");
                for (String id : q.getOrDefault("ids", "").split("\\|")) {
                    Path f = REPLAY.resolve("entities").resolve(id + ".json");
                    if (Files.isRegularFile(f)) entities.set(id, json.readTree(f.toFile()));
                    else entities.putObject(id).put("id", id).put("missing", "");
                }
                root.put("success", 1);
                yield json.writeValueAsString(root);
            }
            default -> "{\"error\":{\"code\":\"unknown_action\",\"info\":\"Unrecognized value for parameter \\\"action\\\"\"}}";
        };
        send(ex, 200, body);
    }

    private static void send(HttpExchange ex, int status, String body) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        ex.sendResponseHeaders(status, b.length);
        try (OutputStream out = ex.getResponseBody()) { out.write(b); }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> m = new ConcurrentHashMap<>();
        if (raw == null) return m;
        for (String kv : raw.split("&")) {
            int i = kv.indexOf('=');
            if (i > 0) m.put(URLDecoder.decode(kv.substring(0, i), StandardCharsets.UTF_8), URLDecoder.decode(kv.substring(i + 1), StandardCharsets.UTF_8));
        }
        return m;
    }

    @Override
    public void close() { server.stop(0); }
}
