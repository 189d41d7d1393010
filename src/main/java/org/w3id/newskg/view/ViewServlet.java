package org.w3id.newskg.view;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The article view under {@value #PATH}: {@code /view/} lists the articles, {@code /view/{id}} shows one article,
 * {@code /view/person/{key}} one person across articles, {@code /view/assets/…} the scripts and styles from the jar.
 * Read-only: it answers GET and HEAD (the servlet default), every other method with 405. Every page carries a
 * Content-Security-Policy that allows scripts and styles from this server alone and no other request.
 *
 * {@snippet :
 * SparqlServer.start(dsg, settings, Map.of(ViewServlet.PATH + "/*", new ViewServlet(dsg)));
 * }
 */
public final class ViewServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    /** Where the view is mounted. */
    public static final String PATH = "/view";
    private static final String ASSETS = PATH + "/assets/";
    /** The assets a page may load: name → (resource, content type). */
    private static final Map<String, String[]> FILES = Map.of(
            "view.css", new String[] {"newskg/view/view.css", "text/css"},
            "view.js", new String[] {"newskg/view/view.js", "text/javascript"},
            "cytoscape.min.js", new String[] {ViewPage.CYTOSCAPE, "text/javascript"},
            "cytoscape.LICENSE.txt", new String[] {ViewPage.CYTOSCAPE_LICENSE, "text/plain"});

    /** What the last part of a person's IRI is made of (a QID or a folded name); anything else names no person. */
    private static final java.util.regex.Pattern KEY = java.util.regex.Pattern.compile("[\\p{L}\\p{N}._~-]+");

    private final transient GraphReader reader;

    public ViewServlet(DatasetGraph dsg) { this.reader = new GraphReader(dsg); }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        String path = Optional.ofNullable(req.getPathInfo()).orElse("");
        if (path.isEmpty()) {
            res.sendRedirect(PATH + "/");
            return;
        }
        if (path.startsWith("/assets/")) {
            asset(path.substring("/assets/".length()), res);
            return;
        }
        if (path.equals("/")) {
            html(res, 200, ViewPage.served("newskg: articles", new ViewData.Index(reader.articles()), ASSETS));
            return;
        }
        if (path.startsWith("/person/")) {
            String key = path.substring("/person/".length());  // the servlet container has decoded it
            (KEY.matcher(key).matches() ? reader.person(key) : Optional.<ViewData.PersonPage>empty()).ifPresentOrElse(
                    p -> html(res, 200, ViewPage.served("newskg: " + p.label(), p, ASSETS)),
                    () -> html(res, 404, ViewPage.notFound("no person " + key + " in the store", ASSETS)));
            return;
        }
        String id = path.substring(1);
        reader.article(id, false).ifPresentOrElse(
                a -> html(res, 200, ViewPage.served("newskg: " + Optional.ofNullable(a.article().headline()).orElse(id), a, ASSETS)),
                () -> html(res, 404, ViewPage.notFound("no article " + id + " in the store", ASSETS)));
    }

    private static void asset(String name, HttpServletResponse res) throws IOException {
        String[] file = FILES.get(name);
        if (file == null) {
            res.sendError(404, "no such file");
            return;
        }
        byte[] body = ViewPage.bytes(file[0]);
        res.setContentType(file[1] + "; charset=utf-8");
        res.setHeader("X-Content-Type-Options", "nosniff");
        res.setHeader("Cache-Control", "max-age=3600");
        res.setContentLength(body.length);
        res.getOutputStream().write(body);
    }

    private static void html(HttpServletResponse res, int status, String page) {
        try {
            byte[] body = page.getBytes(StandardCharsets.UTF_8);
            res.setStatus(status);
            res.setContentType("text/html; charset=utf-8");
            res.setHeader("Content-Security-Policy", ViewPage.SERVED_POLICY + "; frame-ancestors 'none'");
            res.setHeader("X-Content-Type-Options", "nosniff");
            res.setHeader("Cache-Control", "no-store");
            res.setContentLength(body.length);
            res.getOutputStream().write(body);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
