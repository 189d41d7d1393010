package org.w3id.newskg.query;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The shipped queries ({@code queries/*.rq}, in the jar under {@value #RESOURCE_DIR}), by name, and the way a
 * command-line argument becomes a query: a shipped name, a {@code .rq} file, or SPARQL text.
 *
 * {@snippet :
 * QueryCatalogue catalogue = QueryCatalogue.shipped();
 * NamedQuery q = catalogue.resolve("statements-by-person");   // or "my.rq", or "SELECT …"
 * }
 */
public final class QueryCatalogue {
    public static final String RESOURCE_DIR = "/newskg/queries";
    private static volatile QueryCatalogue shipped;
    private final Map<String, NamedQuery> queries;

    private QueryCatalogue(Map<String, NamedQuery> queries) {
        this.queries = Collections.unmodifiableMap(new TreeMap<>(queries));
    }

    /** Reads every {@code .rq} resource under {@value #RESOURCE_DIR}, from a directory or a jar. */
    public static QueryCatalogue shipped() {
        QueryCatalogue c = shipped;
        if (c == null) {
            synchronized (QueryCatalogue.class) {
                if (shipped == null) shipped = load();
                c = shipped;
            }
        }
        return c;
    }

    /** The queries of a directory (the repository's {@code queries/}, a user's own). */
    public static QueryCatalogue of(Path dir) {
        Map<String, NamedQuery> found = new TreeMap<>();
        readDir(dir, found);
        return new QueryCatalogue(found);
    }

    private static QueryCatalogue load() {
        URL url = QueryCatalogue.class.getResource(RESOURCE_DIR);
        if (url == null) throw new QueryException(RESOURCE_DIR + ": the shipped queries are missing from the classpath");
        Map<String, NamedQuery> found = new TreeMap<>();
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                FileSystem fs;
                boolean mine = false;
                try {
                    fs = FileSystems.getFileSystem(uri);
                } catch (FileSystemNotFoundException e) {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                    mine = true;
                }
                try {
                    readDir(fs.getPath(RESOURCE_DIR), found);
                } finally {
                    if (mine) fs.close();
                }
            } else {
                readDir(Path.of(uri), found);
            }
        } catch (IOException | URISyntaxException e) {
            throw new QueryException(RESOURCE_DIR + ": cannot list the shipped queries (" + e.getMessage() + ")", e);
        }
        return new QueryCatalogue(found);
    }

    private static void readDir(Path dir, Map<String, NamedQuery> into) {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".rq")).sorted().toList()) {
                String file = f.getFileName().toString();
                String name = file.substring(0, file.length() - 3);
                into.put(name, NamedQuery.parse(name, Files.readString(f, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new QueryException(dir + ": cannot read the queries (" + e.getMessage() + ")", e);
        }
    }

    public List<NamedQuery> all() { return new ArrayList<>(queries.values()); }

    public Optional<NamedQuery> get(String name) { return Optional.ofNullable(queries.get(name)); }

    /**
     * A shipped query by name, a {@code .rq} file by path, or the argument itself as SPARQL text (anything with
     * SELECT, ASK, CONSTRUCT, DESCRIBE or PREFIX in it).
     */
    public NamedQuery resolve(String arg) {
        NamedQuery q = queries.get(arg);
        if (q != null) return q;
        if (arg.endsWith(".rq")) {
            Path file = Path.of(arg);
            try (InputStream in = Files.newInputStream(file)) {
                String name = file.getFileName().toString();
                return NamedQuery.parse(name.substring(0, name.length() - 3), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new QueryException(arg + ": cannot read the query file (" + e.getClass().getSimpleName() + ")", e);
            }
        }
        if (arg.toUpperCase(Locale.ROOT).matches("(?s).*\\b(SELECT|ASK|CONSTRUCT|DESCRIBE|PREFIX)\\b.*"))
            return NamedQuery.parse("query", arg);
        throw new IllegalArgumentException("unknown query '" + arg + "' (shipped: " + String.join(", ", queries.keySet())
                + "; or a .rq file, or SPARQL text)");
    }
}
