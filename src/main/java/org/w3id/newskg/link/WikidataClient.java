package org.w3id.newskg.link;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small client of the Wikidata Action API ({@code w/api.php}) for the online linker: GET requests with a
 * descriptive User-Agent (as the Wikimedia User-Agent policy asks), timeouts, retries with exponential backoff
 * (on network errors, HTTP 429 and 5xx, honouring {@code Retry-After}), a minimum interval between requests
 * (shared by all threads) and an on-disk cache: a response once fetched is read from the cache from then on,
 * so a second run makes no request and gives the same answer. Thread-safe.
 *
 * {@snippet :
 * WikidataClient wd = WikidataClient.create().cache(Path.of("wikidata-cache")).build();
 * JsonNode found = wd.get(Map.of("action", "wbsearchentities", "search", "Jana Beispiel", "language", "de"));
 * }
 */
public final class WikidataClient {
    /**
     * Settings, each with its default.
     *
     * @param endpoint       the Action API ({@code https://www.wikidata.org/w/api.php})
     * @param userAgent      sent with every request ({@code newskg/0.1.0 (https://w3id.org/newskg; entity linking) Java-http-client})
     * @param connectTimeout 10 s
     * @param requestTimeout 30 s for the whole response
     * @param retries        3 more attempts after the first
     * @param backoff        1 s before the first retry, doubled for each next one (capped at 30 s)
     * @param minInterval    200 ms between two requests (at most 5 per second)
     * @param cacheDir       where responses are kept; none: no cache
     */
    public record Settings(URI endpoint, String userAgent, Duration connectTimeout, Duration requestTimeout, int retries,
                           Duration backoff, Duration minInterval, Optional<Path> cacheDir) {}

    public static final URI WIKIDATA = URI.create("https://www.wikidata.org/w/api.php");
    public static final String USER_AGENT = "newskg/0.1.0 (https://w3id.org/newskg; entity linking) Java-http-client";
    private static final Duration MAX_WAIT = Duration.ofSeconds(30);

    private final Settings settings;
    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper();
    private final AtomicInteger requests = new AtomicInteger();
    private final Object pace = new Object();
    private long nextRequestNanos = System.nanoTime();

    private WikidataClient(Settings settings) {
        this.settings = settings;
        this.http = HttpClient.newBuilder().connectTimeout(settings.connectTimeout()).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    public static Builder create() { return new Builder(); }

    public Settings settings() { return settings; }

    /** Requests sent over the network so far (cache hits not counted). */
    public int requests() { return requests.get(); }

    /**
     * The API's JSON answer to these parameters ({@code format=json} is added), from the cache when it has it.
     *
     * @throws Unreachable when the endpoint cannot be reached or keeps failing after every retry
     * @throws LinkException when the endpoint answers with an error that retrying will not change
     */
    public JsonNode get(Map<String, String> params) {
        Map<String, String> p = new TreeMap<>(params);
        p.put("format", "json");
        StringBuilder q = new StringBuilder();
        for (Map.Entry<String, String> e : p.entrySet()) {
            if (!q.isEmpty()) q.append('&');
            q.append(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)).append('=').append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
        }
        URI uri = URI.create(settings.endpoint() + "?" + q);
        Optional<Path> cached = settings.cacheDir().map(d -> d.resolve(sha256(uri.toString()) + ".json"));
        if (cached.isPresent() && Files.isRegularFile(cached.get())) {
            try {
                return json.readTree(cached.get().toFile());
            } catch (IOException e) {
                // a damaged cache entry is fetched again and overwritten
            }
        }
        String body = fetch(uri);
        JsonNode tree;
        try {
            tree = json.readTree(body);
        } catch (IOException e) {
            throw new LinkException(settings.endpoint() + ": answer is not JSON (" + oneLine(e) + ")", e);
        }
        if (tree.has("error"))
            throw new LinkException(settings.endpoint() + ": " + tree.path("error").path("code").asText("error") + ": "
                    + tree.path("error").path("info").asText(""));
        if (cached.isPresent()) store(cached.get(), body);
        return tree;
    }

    private String fetch(URI uri) {
        Exception last = null;
        String problem = "";
        for (int attempt = 0; attempt <= settings.retries(); attempt++) {
            Duration wait = settings.backoff().multipliedBy(1L << Math.min(attempt - 1, 20));
            if (attempt > 0) sleep(wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait);
            pace();
            HttpRequest req = HttpRequest.newBuilder(uri).timeout(settings.requestTimeout()).header("User-Agent", settings.userAgent())
                    .header("Accept", "application/json").GET().build();
            try {
                requests.incrementAndGet();
                HttpResponse<String> res = http.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                int code = res.statusCode();
                if (code == 200) return res.body();
                problem = "HTTP " + code;
                if (code != 429 && code < 500) throw new LinkException(settings.endpoint() + ": " + problem);
                Optional<Duration> after = res.headers().firstValue("Retry-After").flatMap(WikidataClient::seconds);
                if (after.isPresent() && attempt < settings.retries()) sleep(after.get().compareTo(MAX_WAIT) > 0 ? MAX_WAIT : after.get());
            } catch (IOException e) {
                last = e;
                problem = oneLine(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Unreachable(settings.endpoint() + ": interrupted", e);
            }
        }
        throw new Unreachable(settings.endpoint() + ": cannot reach (" + problem + ", " + (settings.retries() + 1) + " attempts)", last);
    }

    /** Waits until the minimum interval since the previous request has passed. */
    private void pace() {
        long wait;
        synchronized (pace) {
            long now = System.nanoTime();
            long at = Math.max(now, nextRequestNanos);
            nextRequestNanos = at + settings.minInterval().toNanos();
            wait = at - now;
        }
        if (wait > 0) sleep(Duration.ofNanos(wait));
    }

    private static Optional<Duration> seconds(String header) {
        try {
            return Optional.of(Duration.ofSeconds(Long.parseLong(header.strip())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unreachable("wikidata: interrupted", e);
        }
    }

    private static void store(Path file, String body) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), ".wd-", ".tmp");
            Files.writeString(tmp, body, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new LinkException(file.getParent() + ": cannot write the Wikidata cache (" + oneLine(e) + ")", e);
        }
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The endpoint cannot be reached (no network, DNS, timeouts, persistent 5xx): linking goes on offline. */
    public static final class Unreachable extends LinkException {
        public Unreachable(String message, Throwable cause) { super(message, cause); }
    }

    /** One line from an exception: its class and message. */
    private static String oneLine(Throwable e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : ": " + m.lines().findFirst().orElse(""));
    }

    public static final class Builder {
        private URI endpoint = WIKIDATA;
        private String userAgent = USER_AGENT;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration requestTimeout = Duration.ofSeconds(30);
        private int retries = 3;
        private Duration backoff = Duration.ofSeconds(1);
        private Duration minInterval = Duration.ofMillis(200);
        private Path cacheDir;

        public Builder endpoint(URI endpoint) { this.endpoint = endpoint; return this; }
        public Builder userAgent(String userAgent) { this.userAgent = userAgent; return this; }
        public Builder timeouts(Duration connect, Duration request) { this.connectTimeout = connect; this.requestTimeout = request; return this; }
        public Builder retries(int retries, Duration backoff) { this.retries = retries; this.backoff = backoff; return this; }
        public Builder minInterval(Duration minInterval) { this.minInterval = minInterval; return this; }
        /** Where responses are cached; null for no cache. */
        public Builder cache(Path cacheDir) { this.cacheDir = cacheDir; return this; }

        public WikidataClient build() {
            if (retries < 0) throw new IllegalArgumentException("retries must be 0 or more, not " + retries);
            return new WikidataClient(new Settings(endpoint, userAgent, connectTimeout, requestTimeout, retries, backoff, minInterval,
                    Optional.ofNullable(cacheDir)));
        }
    }
}
