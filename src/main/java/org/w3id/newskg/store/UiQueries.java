package org.w3id.newskg.store;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.shared.PrefixMapping;

/**
 * Offers newskg's prefixes and shipped queries in the Fuseki UI's query page. The UI (jena-fuseki-ui 5.6.0) keeps
 * its example queries and its prefix list as literals in its query script and asks the server for neither, so this
 * filter serves that script with the two lists replaced: the UI's own examples followed by newskg's queries, and
 * newskg's prefixes. A UI whose script no longer has the lists is served unchanged. The directory {@code /static/}
 * itself is not found rather than listed.
 */
final class UiQueries implements Filter {
    private static final Pattern SCRIPT = Pattern.compile("/static/Query-[^/]*\\.js");
    private static final Pattern LISTS = Pattern.compile(
            "queries:\\[(\\{value:SELECT_TRIPLES_QUERY.*?)\\],prefixes:\\[.*?\\],currentQueryPrefixes");

    private final String queries;
    private final String prefixes;

    /**
     * @param queries  the queries to offer, by label ("statements — every statement …") to SPARQL text
     * @param prefixes the prefixes to offer
     */
    UiQueries(Map<String, String> queries, PrefixMapping prefixes) {
        StringBuilder q = new StringBuilder();
        queries.forEach((label, text) -> q.append(",{value:").append(js(text)).append(",text:").append(js(label)).append('}'));
        this.queries = q.toString();
        StringBuilder p = new StringBuilder();
        prefixes.getNsPrefixMap().forEach((prefix, uri) -> p.append(p.isEmpty() ? "" : ",").append("{uri:").append(js(uri)).append(",text:").append(js(prefix)).append('}'));
        this.prefixes = p.toString();
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) req;
        String path = http.getRequestURI();
        if (path.endsWith("/")) {   // Jetty would list the directory of the UI's files
            ((HttpServletResponse) res).sendError(404);
            return;
        }
        if (!http.getMethod().equals("GET") || !SCRIPT.matcher(path).matches()) {
            chain.doFilter(req, res);
            return;
        }
        String script;
        try (InputStream in = UiQueries.class.getResourceAsStream("/webapp" + path)) {
            if (in == null) { chain.doFilter(req, res); return; }
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher m = LISTS.matcher(script);
        if (!m.find()) { chain.doFilter(req, res); return; }
        String replaced = script.substring(0, m.start()) + "queries:[" + m.group(1) + queries + "],prefixes:[" + prefixes + "],currentQueryPrefixes"
                + script.substring(m.end());
        byte[] body = replaced.getBytes(StandardCharsets.UTF_8);
        HttpServletResponse out = (HttpServletResponse) res;
        out.setContentType("text/javascript;charset=utf-8");
        out.setContentLength(body.length);
        out.getOutputStream().write(body);
    }

    /** A JavaScript string literal; "</" is escaped too, so no text can close a script element. */
    static String js(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '/' -> b.append(i > 0 && s.charAt(i - 1) == '<' ? "\\/" : "/");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) b.append(String.format("\\u%04x", (int) c));
                    else b.append(c);
                }
            }
        }
        return b.append('"').toString();
    }
}
