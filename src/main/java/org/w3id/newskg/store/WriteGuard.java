package org.w3id.newskg.store;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Set;

/**
 * The server's one rule for writes: a request that may change something needs HTTP Basic credentials of a
 * configured user, else 401 and nothing happens; a server without users is read-only and answers 405. Reads stay
 * open. A request counts as a read only when it is
 * GET, HEAD or OPTIONS, or a POST to a query endpoint or the UI's syntax validators; everything else — SPARQL
 * Update, Graph Store PUT/POST/DELETE/PATCH, the admin API — is a write. Deny by default: an endpoint added
 * later is protected until it is listed here as a read.
 */
final class WriteGuard implements Filter {
    static final String REALM = "newskg";
    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final Map<String, String> users;
    private final Set<String> queryPaths;

    WriteGuard(Map<String, String> users, String dataset) {
        this.users = Map.copyOf(users);
        this.queryPaths = Set.of(dataset, dataset + "/", dataset + "/sparql", dataset + "/query");
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) req;
        if (isRead(http) || Credentials.accepts(users, http.getHeader("Authorization"))) {
            chain.doFilter(req, res);
            return;
        }
        HttpServletResponse out = (HttpServletResponse) res;
        if (users.isEmpty()) {
            // no login can help: 405, not 401, so a client with credentials is not told they were wrong
            out.setHeader("Allow", "GET, HEAD, OPTIONS");
            out.sendError(405, "the server is read-only: start newskg serve with --password-file or NEWSKG_ADMIN_PASSWORD to allow writes");
            return;
        }
        out.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
        out.sendError(401, "writing needs the credentials of a user of this server (HTTP Basic)");
    }

    private boolean isRead(HttpServletRequest r) {
        String method = r.getMethod().toUpperCase(java.util.Locale.ROOT);
        if (READ_METHODS.contains(method)) return !isUpdateByGet(r);
        if (!method.equals("POST")) return false;
        String path = r.getRequestURI();
        if (path.startsWith("/$/validate/")) return true;
        if (!queryPaths.contains(path)) return false;
        String type = r.getContentType() == null ? "" : r.getContentType().toLowerCase(java.util.Locale.ROOT);
        return !type.startsWith("application/sparql-update") && r.getParameter("update") == null && r.getParameter("graph") == null
                && r.getParameter("default") == null;
    }

    /** Fuseki rejects updates sent with GET, but the guard does not rely on it. */
    private static boolean isUpdateByGet(HttpServletRequest r) {
        return r.getQueryString() != null && r.getParameter("update") != null;
    }
}
