package org.w3id.newskg.query;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.util.NodeFactoryExtra;

/**
 * Query parameters given as {@code name=value} and the RDF terms they become. A value is a plain string literal,
 * whatever characters it holds — so {@code x" } DROP ALL #} is just that string — except:
 * <ul>
 * <li>{@code <http://…>}: an IRI;
 * <li>{@code wd:Q7747} (a prefix of the contract: wd, schema, prov, sem, nif, nkg, id): an IRI;
 * <li>{@code "5"^^xsd:integer}, {@code "Orlov"@de}: a literal written in Turtle syntax.
 * </ul>
 * The terms are bound with {@code substitution(var, node)} into the parsed query; nothing is pasted into text.
 */
public final class Parameters {
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Map<String, String> PREFIXES = Map.of(
            "wd", "http://www.wikidata.org/entity/",
            "schema", "https://schema.org/",
            "prov", "http://www.w3.org/ns/prov#",
            "sem", "http://semanticweb.cs.vu.nl/2009/11/sem/",
            "nif", "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#",
            "nkg", "https://w3id.org/newskg#",
            "id", "https://w3id.org/newskg/id/");

    private Parameters() {}

    /** {@code name=value} arguments to variable name → term; a name given twice is bad usage. */
    public static Map<String, Node> parse(List<String> args) {
        Map<String, Node> out = new LinkedHashMap<>();
        for (String a : args) {
            int eq = a.indexOf('=');
            if (eq <= 0) throw new IllegalArgumentException("--param '" + a + "': expected name=value");
            String name = a.substring(0, eq).strip().replaceFirst("^[?$]", "");
            if (!NAME.matcher(name).matches()) throw new IllegalArgumentException("--param '" + a + "': '" + name + "' is not a variable name");
            if (out.put(name, term(a.substring(eq + 1))) != null) throw new IllegalArgumentException("--param " + name + " given twice");
        }
        return out;
    }

    /** The RDF term a value stands for (see the class comment). */
    public static Node term(String value) {
        if (value.length() > 2 && value.startsWith("<") && value.endsWith(">")) {
            String iri = value.substring(1, value.length() - 1);
            try {
                IRIx parsed = IRIx.create(iri);
                if (!parsed.isAbsolute() || iri.chars().anyMatch(c -> c <= ' ' || c == '<' || c == '>' || c == '"'))
                    throw new IllegalArgumentException("--param value " + value + ": not an absolute IRI");
                return NodeFactory.createURI(iri);
            } catch (IRIException e) {
                throw new IllegalArgumentException("--param value " + value + ": not an IRI (" + e.getMessage() + ")");
            }
        }
        int colon = value.indexOf(':');
        if (colon > 0 && PREFIXES.containsKey(value.substring(0, colon))) {
            String local = value.substring(colon + 1);
            if (local.matches("[A-Za-z0-9_.\\-/]+")) return NodeFactory.createURI(PREFIXES.get(value.substring(0, colon)) + local);
        }
        if (value.startsWith("\"") && (value.matches("(?s)\".*\"\\^\\^\\S+") || value.matches("(?s)\".*\"@[A-Za-z0-9-]+"))) {
            String turtle = value.replace("^^xsd:", "^^<http://www.w3.org/2001/XMLSchema#").replaceFirst("\\^\\^<(http://www\\.w3\\.org/2001/XMLSchema#\\w+)$", "^^<$1>");
            try {
                Node n = NodeFactoryExtra.parseNode(turtle);
                if (n.isLiteral()) return n;
            } catch (RiotException | IllegalArgumentException e) {
                // not a Turtle literal after all: it stays a plain string below
            }
        }
        return NodeFactory.createLiteralString(value);
    }
}
