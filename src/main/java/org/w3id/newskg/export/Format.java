package org.w3id.newskg.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;

/** The export formats and their file extensions. Turtle holds no named graphs: it writes their union. */
public enum Format {
    TTL("ttl", RDFFormat.TURTLE_PRETTY, Lang.TURTLE),
    TRIG("trig", RDFFormat.TRIG_PRETTY, Lang.TRIG),
    NQ("nq", RDFFormat.NQUADS_UTF8, Lang.NQUADS),
    JSONLD("jsonld", RDFFormat.JSONLD, Lang.JSONLD);

    public final String extension;
    final RDFFormat rdfFormat;
    public final Lang lang;

    Format(String extension, RDFFormat rdfFormat, Lang lang) {
        this.extension = extension;
        this.rdfFormat = rdfFormat;
        this.lang = lang;
    }

    public boolean quads() { return this != TTL; }

    /** "ttl", "turtle", "trig", "nq", "nquads", "jsonld", "json-ld". */
    public static Format parse(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "ttl", "turtle" -> TTL;
            case "trig" -> TRIG;
            case "nq", "nquads", "n-quads" -> NQ;
            case "jsonld", "json-ld" -> JSONLD;
            default -> throw new IllegalArgumentException("unknown format '" + name + "' (supported: "
                    + Arrays.stream(values()).map(f -> f.extension).collect(Collectors.joining(", ")) + ")");
        };
    }
}
