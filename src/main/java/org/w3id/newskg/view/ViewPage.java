package org.w3id.newskg.view;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Puts a page's data into the page template ({@code newskg/view/page.html}): the data as JSON in a
 * {@code <script type="application/json">} block that {@code view.js} reads and renders as text, the title escaped.
 * {@link #served} links the scripts and styles the {@link ViewServlet} serves from the jar; {@link #standalone}
 * inlines them, so the file opens without a server, and pins each inline script by its SHA-256 in the page's
 * Content-Security-Policy, so nothing but those scripts runs and nothing is fetched.
 *
 * <p>Why JSON and not markup built in Java: every text of the graph then crosses into the page one way, as a JSON
 * string with {@code <}, {@code >}, {@code &} and the line separators escaped, and the script inserts it with
 * {@code textContent}; an article text holding {@code </script>} or quotes stays text.
 */
public final class ViewPage {
    /** Where Cytoscape.js lies in its WebJar; the version comes from the WebJar's own pom.properties. */
    static final String CYTOSCAPE = "META-INF/resources/webjars/cytoscape/" + cytoscapeVersion() + "/dist/cytoscape.min.js";
    static final String CYTOSCAPE_LICENSE = "META-INF/resources/webjars/cytoscape/" + cytoscapeVersion() + "/LICENSE";
    /** The policy of a served page: scripts and styles from this server only, no other request. */
    static final String SERVED_POLICY = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            + "base-uri 'none'; form-action 'none'";
    private static final Pattern SLOT = Pattern.compile("\\{\\{(\\w+)}}");
    private static final ObjectMapper JSON = new ObjectMapper();

    private ViewPage() {}

    /** A page for the server: scripts and styles under {@code assets} (e.g. {@code /view/assets/}). */
    public static String served(String title, Object data, String assets) {
        return fill(title, json(data), SERVED_POLICY,
                "<link rel=\"stylesheet\" href=\"" + assets + "view.css\">",
                "<script src=\"" + assets + "cytoscape.min.js\"></script>\n<script src=\"" + assets + "view.js\"></script>");
    }

    /** One self-contained page: scripts and styles inlined, for a file opened without a server. */
    public static String standalone(String title, Object data) {
        String cytoscape = "/*! Cytoscape.js " + cytoscapeVersion() + ", MIT licence:\n" + text(CYTOSCAPE_LICENSE).replace("*/", "* /")
                + "*/\n" + text(CYTOSCAPE);
        String[] scripts = {inlineScript(cytoscape), inlineScript(text("newskg/view/view.js"))};
        String policy = "default-src 'none'; script-src '" + sha256(scripts[0]) + "' '" + sha256(scripts[1]) + "'; style-src 'unsafe-inline'; "
                + "img-src data:; base-uri 'none'; form-action 'none'";
        return fill(title, json(data), policy, "<style>\n" + text("newskg/view/view.css").replaceAll("(?i)</style", "<\\\\/style") + "\n</style>",
                "<script>" + scripts[0] + "</script>\n<script>" + scripts[1] + "</script>");
    }

    /**
     * The self-contained article page of every article in {@code dsg} (one article's graph from the pipeline, or
     * more), by article identifier, read through the same queries as the server's pages.
     */
    public static Map<String, String> standaloneArticles(DatasetGraph dsg) {
        GraphReader reader = new GraphReader(dsg);
        Map<String, String> pages = new LinkedHashMap<>();
        for (ViewData.ArticleSummary a : reader.articles())
            reader.article(a.id(), true).ifPresent(page -> pages.put(a.id(),
                    standalone("newskg: " + (page.article().headline() == null ? a.id() : page.article().headline()), page)));
        return pages;
    }

    /** A page that says what was not found. */
    public static String notFound(String what, String assets) {
        return served("not found", Map.of("kind", "missing", "what", what), assets);
    }

    private static String fill(String title, String data, String policy, String styles, String scripts) {
        Map<String, String> slots = Map.of("title", escape(title), "policy", escape(policy), "styles", styles, "scripts", scripts, "data", data);
        Matcher m = SLOT.matcher(text("newskg/view/page.html"));
        StringBuilder out = new StringBuilder();
        while (m.find()) m.appendReplacement(out, Matcher.quoteReplacement(slots.getOrDefault(m.group(1), m.group())));
        m.appendTail(out);
        return out.toString();
    }

    /** The data as JSON that cannot end its script element or open markup: {@code < > &} and U+2028/9 as \\u escapes. */
    static String json(Object data) {
        try {
            return JSON.writeValueAsString(data).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                    .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("view data: " + e.getMessage(), e);
        }
    }

    /** Text for an HTML element or attribute. */
    public static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray())
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        return b.toString();
    }

    /** A script that can stand inside {@code <script>}: no {@code </script} (in a JS string, {@code <\/} reads as {@code </}). */
    private static String inlineScript(String js) { return js.replaceAll("(?i)</script", "<\\\\/script"); }

    private static String sha256(String script) {
        try {
            return "sha256-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A resource of the jar as text. */
    static String text(String resource) {
        return new String(bytes(resource), StandardCharsets.UTF_8);
    }

    static byte[] bytes(String resource) {
        try (InputStream in = ViewPage.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException(resource + ": missing from the jar");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String cytoscapeVersion() {
        Properties p = new Properties();
        try (InputStream in = ViewPage.class.getClassLoader().getResourceAsStream("META-INF/maven/org.webjars.npm/cytoscape/pom.properties")) {
            if (in == null) throw new IllegalStateException("the Cytoscape.js WebJar is missing from the class path");
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("version");
    }
}
