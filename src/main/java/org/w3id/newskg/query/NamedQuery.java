package org.w3id.newskg.query;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.shared.PrefixMapping;
import org.w3id.newskg.rdf.Prefixes;

/**
 * A SPARQL query with what its opening comment says: what it answers, its parameters and an example row. A
 * shipped query's comment looks like this:
 *
 * <pre>
 * # Answers: every statement with its speaker, kind, channel and text.
 * # Parameters:
 * #   ?person (required) a name as written or labelled, or a Wikidata QID
 * # Example row: ...
 * </pre>
 *
 * @param name        the file name without {@code .rq}, or "query" for query text
 * @param answers     what it answers (empty for ad-hoc queries)
 * @param parameters  the parameters its comment declares, in order
 * @param text        the SPARQL text
 */
public record NamedQuery(String name, String answers, List<Parameter> parameters, String text) {
    private static final Pattern PARAM = Pattern.compile("^#\\s*\\?(\\w+)\\s+\\((required|optional)\\)\\s*(.*)$");

    /** A declared parameter: the variable it binds, whether it must be given, what it is. */
    public record Parameter(String name, boolean required, String description) {}

    public NamedQuery {
        parameters = List.copyOf(parameters);
    }

    /** Reads the opening comment of {@code text} (all lines starting with '#' before the first other line). */
    public static NamedQuery parse(String name, String text) {
        String answers = "";
        List<Parameter> params = new ArrayList<>();
        for (String line : text.lines().toList()) {
            String l = line.strip();
            if (l.isEmpty()) continue;
            if (!l.startsWith("#")) break;
            if (l.matches("(?i)^#\\s*answers:.*")) answers = l.replaceFirst("(?i)^#\\s*answers:\\s*", "");
            Matcher m = PARAM.matcher(l);
            if (m.matches()) params.add(new Parameter(m.group(1), m.group(2).equals("required"), m.group(3).strip()));
        }
        return new NamedQuery(name, answers, params, text);
    }

    /**
     * The parsed query; a syntax error becomes one line with its place. newskg's prefixes (schema, nkg, prov, sem,
     * nif, wd, owl, rdf, rdfs, xsd, id: {@link Prefixes#CONTRACT}) are declared before the text, so a query typed on
     * the command line needs no PREFIX lines; a PREFIX in the text overrides them.
     */
    public Query query() {
        try {
            Query q = new Query();
            q.getPrologue().setPrefixMapping(PrefixMapping.Factory.create().setNsPrefixes(Prefixes.CONTRACT));
            return QueryFactory.parse(q, text, null, Syntax.defaultQuerySyntax);
        } catch (QueryParseException e) {
            String m = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
            throw new QueryException(name + ": SPARQL syntax error (" + m + ")", e);
        }
    }

    public boolean declares(String parameter) { return parameters.stream().anyMatch(p -> p.name().equals(parameter)); }
}
