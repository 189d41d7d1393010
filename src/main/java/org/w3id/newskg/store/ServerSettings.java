package org.w3id.newskg.store;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * How {@code newskg serve} publishes the store. The command line ({@code --host}, {@code --port},
 * {@code --password-file}, {@code --query-timeout}) and the environment ({@code NEWSKG_ADMIN_PASSWORD}) map
 * onto it.
 *
 * @param host         the interface to listen on; default {@code 127.0.0.1} (loopback: only this machine)
 * @param port         the HTTP port; default 3030 (Fuseki's); 0 picks a free one
 * @param users        who may write: user → password; default none, and then every write is refused (401)
 * @param queryTimeout how long a query may run before the server stops it; default 30 s
 * @param fusekiBase   Fuseki's work area (its admin module writes config there); default a temporary directory
 *                     deleted on exit, so no {@code run/} appears in the working directory
 */
public record ServerSettings(String host, int port, Map<String, String> users, Duration queryTimeout, Optional<Path> fusekiBase) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 3030;
    public static final Duration DEFAULT_QUERY_TIMEOUT = Duration.ofSeconds(30);

    public ServerSettings {
        if (host == null || host.isBlank()) throw new IllegalArgumentException("empty host");
        if (port < 0 || port > 65535) throw new IllegalArgumentException("port " + port + " out of range (0-65535)");
        if (queryTimeout == null || queryTimeout.isNegative() || queryTimeout.isZero())
            throw new IllegalArgumentException("query timeout must be positive, not " + queryTimeout);
        users = Map.copyOf(users);
        fusekiBase = fusekiBase == null ? Optional.empty() : fusekiBase;
    }

    public static ServerSettings defaults() {
        return new ServerSettings(DEFAULT_HOST, DEFAULT_PORT, Map.of(), DEFAULT_QUERY_TIMEOUT, Optional.empty());
    }

    public ServerSettings withHost(String h) { return new ServerSettings(h, port, users, queryTimeout, fusekiBase); }

    public ServerSettings withPort(int p) { return new ServerSettings(host, p, users, queryTimeout, fusekiBase); }

    public ServerSettings withUsers(Map<String, String> u) { return new ServerSettings(host, port, u, queryTimeout, fusekiBase); }

    public ServerSettings withQueryTimeout(Duration t) { return new ServerSettings(host, port, users, t, fusekiBase); }

    /** Whether the host is a loopback address (127.0.0.0/8, ::1, localhost), reachable only from this machine. */
    public boolean loopback() {
        String h = host.strip().toLowerCase(java.util.Locale.ROOT);
        return h.equals("localhost") || h.startsWith("127.") || h.equals("::1") || h.equals("[::1]");
    }
}
