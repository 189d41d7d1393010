package org.w3id.newskg.store;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.w3id.newskg.rdf.Nif;
import org.w3id.newskg.rdf.Prov;
import org.w3id.newskg.rdf.Schema;

/**
 * Checks one article graph against the graph contract: the SHACL shapes of {@code ontology/shapes.ttl} (shipped
 * as {@code /newskg/ontology/shapes.ttl}) plus two graph-level rules SHACL cannot see — the graph holds exactly
 * one {@code schema:NewsArticle}, and the graph's own name carries its PROV-O record. Only violations refuse a
 * graph; warnings (e.g. a statement without a speaker) are reported and let through. Thread-safe.
 *
 * {@snippet :
 * ContractValidator.Report r = ContractValidator.shipped().validate(graphName, graph);
 * if (!r.conforms()) throw new StoreException(r.oneLine());
 * }
 */
public final class ContractValidator {
    public static final String SHAPES_RESOURCE = "/newskg/ontology/shapes.ttl";
    private static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefixes(org.w3id.newskg.rdf.Prefixes.CONTRACT)
            .setNsPrefix("sh", "http://www.w3.org/ns/shacl#")
            .lock();
    private static volatile ContractValidator shipped;

    /** The constraints that compare texts with the article text at their offsets in SPARQL (shapes.ttl). */
    private static final List<Node> TEXT_AT_OFFSETS = List.of(
            NodeFactory.createURI("https://w3id.org/newskg/shapes#StatementTextAtOffsets"),
            NodeFactory.createURI("https://w3id.org/newskg/shapes#SpanAnchorAtOffsets"));
    private static final Node SH_SPARQL = NodeFactory.createURI("http://www.w3.org/ns/shacl#sparql");
    private static final Pattern OFFSET = Pattern.compile("\\+?\\d{1,9}");

    private final Shapes shapes;
    private final Shapes withoutTextAtOffsets;

    private ContractValidator(Shapes shapes, Shapes withoutTextAtOffsets) {
        this.shapes = shapes;
        this.withoutTextAtOffsets = withoutTextAtOffsets;
    }

    /** The validator for the shipped shapes, parsed once. */
    public static ContractValidator shipped() {
        ContractValidator v = shipped;
        if (v == null) {
            synchronized (ContractValidator.class) {
                if (shipped == null) {
                    try (InputStream in = ContractValidator.class.getResourceAsStream(SHAPES_RESOURCE)) {
                        if (in == null) throw new StoreException("ontology/shapes.ttl: missing from the classpath (" + SHAPES_RESOURCE + ")");
                        shipped = of(RDFParser.source(in).lang(Lang.TURTLE).toGraph());
                    } catch (java.io.IOException e) {
                        throw new StoreException("ontology/shapes.ttl: cannot read (" + e.getMessage() + ")", e);
                    }
                }
                v = shipped;
            }
        }
        return v;
    }

    /**
     * A validator for other shapes (tests, users' stricter profiles). Constraints named
     * {@code nkgsh:StatementTextAtOffsets} and {@code nkgsh:SpanAnchorAtOffsets} are taken to be the shipped ones.
     */
    public static ContractValidator of(Graph shapesGraph) {
        Graph without = GraphFactory.createDefaultGraph();
        shapesGraph.find().filterDrop(t -> t.getPredicate().equals(SH_SPARQL) && TEXT_AT_OFFSETS.contains(t.getObject())).forEach(without::add);
        return new ContractValidator(Shapes.parse(shapesGraph), Shapes.parse(without));
    }

    public Report validate(ArticleGraph g) { return validate(g.name(), g.graph()); }

    /**
     * The report of the shapes and the graph-level rules. When every text stands at its offsets (the usual case),
     * the text-at-offsets constraints, which would find nothing, are left out: in SPARQL they take time
     * quadratic in the article's length.
     */
    public Report validate(Node graphName, Graph graph) {
        return validate(graphName, graph, textsAtOffsetsHold(graph) ? withoutTextAtOffsets : shapes);
    }

    /** The report with every shape run, as a SHACL engine gives it from shapes.ttl alone (tests compare). */
    Report validateInFull(Node graphName, Graph graph) { return validate(graphName, graph, shapes); }

    private Report validate(Node graphName, Graph graph, Shapes shapes) {
        List<Problem> problems = new ArrayList<>();
        ValidationReport report = ShaclValidator.get().validate(shapes, graph);
        for (ReportEntry e : report.getEntries()) {
            String path = e.resultPath() == null ? "" : e.resultPath().toString(new org.apache.jena.sparql.core.Prologue(PREFIXES));
            problems.add(new Problem(e.severity() == null ? Severity.Violation : e.severity(), e.focusNode(), path,
                    e.value() == null ? "" : shortName(e.value()), e.message() == null ? "" : e.message().strip()));
        }
        long articles = graph.stream(Node.ANY, RDF.type.asNode(), Schema.NewsArticle).count();
        if (articles != 1)
            problems.add(new Problem(Severity.Violation, graphName, "", "", "the graph holds " + articles
                    + " schema:NewsArticle nodes; one article graph holds exactly one (contract 1)"));
        if (!graph.contains(graphName, Prov.generatedAtTime, Node.ANY) || !graph.contains(graphName, Prov.wasGeneratedBy, Node.ANY))
            problems.add(new Problem(Severity.Violation, graphName, "", "", "the graph does not say what produced it and when"
                    + " (<graph> prov:wasGeneratedBy, prov:generatedAtTime; contract 6)"));
        problems.sort(Comparator.comparing((Problem p) -> p.severity() == Severity.Violation ? 0 : 1).thenComparing(p -> String.valueOf(p.focus())));
        return new Report(graphName, List.copyOf(problems));
    }

    /**
     * True when the text-at-offsets constraints cannot find anything: for every article text (the
     * {@code nif:isString} of a {@code schema:NewsArticle}, a string), every node with {@code nif:beginIndex},
     * {@code nif:endIndex} and {@code schema:text} or {@code nif:anchorOf} has integer offsets inside that text,
     * in code points, and exactly the text between them as a literal. False at the first node that does not, or
     * that is odd in a way SPARQL might read otherwise (a decimal offset, an IRI as text); the constraints then run.
     * One pass over the text and the nodes.
     */
    static boolean textsAtOffsetsHold(Graph g) {
        List<String> texts = new ArrayList<>();
        for (Triple a : g.find(Node.ANY, RDF.type.asNode(), Schema.NewsArticle).toList())
            for (Triple t : g.find(a.getSubject(), Nif.isString, Node.ANY).toList()) {
                Node doc = t.getObject();
                if (!doc.isLiteral() || !(doc.getLiteralDatatype().equals(XSDDatatype.XSDstring) || !doc.getLiteralLanguage().isEmpty())) return false;
                texts.add(doc.getLiteralLexicalForm());
            }
        List<int[]> codePointStarts = texts.stream().map(ContractValidator::codePointStarts).toList();
        for (Triple b : g.find(Node.ANY, Nif.beginIndex, Node.ANY).toList()) {
            Node node = b.getSubject();
            List<Node> ends = objects(g, node, Nif.endIndex);
            List<Node> words = new ArrayList<>(objects(g, node, Schema.text));
            words.addAll(objects(g, node, Nif.anchorOf));
            if (ends.isEmpty() || words.isEmpty()) continue;
            int begin = offset(b.getObject());
            for (Node e : ends) {
                int end = offset(e);
                for (int i = 0; i < texts.size(); i++) {
                    int[] starts = codePointStarts.get(i);
                    if (begin < 0 || end < begin || end >= starts.length) return false;
                    String between = texts.get(i).substring(starts[begin], starts[end]);
                    for (Node w : words) if (!w.isLiteral() || !w.getLiteralLexicalForm().equals(between)) return false;
                }
            }
        }
        return true;
    }

    /** For each code point index of {@code s} (and its length), the UTF-16 index where it starts. */
    private static int[] codePointStarts(String s) {
        int[] starts = new int[s.codePointCount(0, s.length()) + 1];
        for (int i = 0, cp = 0; cp < starts.length; cp++) {
            starts[cp] = i;
            if (i < s.length()) i += Character.charCount(s.codePointAt(i));
        }
        return starts;
    }

    /** A well-formed xsd:nonNegativeInteger or xsd:integer offset, or -1. */
    private static int offset(Node n) {
        if (!n.isLiteral()) return -1;
        RDFDatatype dt = n.getLiteralDatatype();
        if (!dt.equals(XSDDatatype.XSDnonNegativeInteger) && !dt.equals(XSDDatatype.XSDinteger)) return -1;
        String lex = n.getLiteralLexicalForm();
        return OFFSET.matcher(lex).matches() ? Integer.parseInt(lex) : -1;
    }

    private static List<Node> objects(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).mapWith(Triple::getObject).toList();
    }

    /** A validation result for one graph. */
    public record Report(Node graph, List<Problem> problems) {
        /** True when nothing breaks the contract (warnings may remain). */
        public boolean conforms() { return violations().isEmpty(); }

        public List<Problem> violations() { return problems.stream().filter(p -> p.severity() == Severity.Violation).toList(); }

        public List<Problem> warnings() { return problems.stream().filter(p -> p.severity() != Severity.Violation).toList(); }

        /** {@code <graph>: breaks the contract (N violations; first: …)}, for refusing it in one line. */
        public String oneLine() {
            List<Problem> v = violations();
            if (v.isEmpty()) return shortName(graph) + ": conforms" + (problems.isEmpty() ? "" : " (" + problems.size() + " warning(s))");
            return shortName(graph) + ": breaks the contract (" + v.size() + " violation(s); first: " + v.get(0).line() + ")";
        }

        /** The readable report: a header line, then one line per problem. */
        public String text() {
            String head = shortName(graph) + ": " + (problems.isEmpty() ? "conforms" : violations().size() + " violation(s), "
                    + warnings().size() + " warning(s)");
            return problems.isEmpty() ? head : head + "\n" + problems.stream().map(p -> "  " + p.line()).collect(Collectors.joining("\n"));
        }
    }

    /** One SHACL result or graph-level problem. */
    public record Problem(Severity severity, Node focus, String path, String value, String message) {
        public String line() {
            StringBuilder sb = new StringBuilder(severity == Severity.Violation ? "violation" : severity.level().getLocalName().toLowerCase());
            sb.append(' ').append(shortName(focus));
            if (!path.isEmpty()) sb.append(' ').append(path);
            sb.append(": ").append(message.lines().findFirst().orElse(""));
            if (!value.isEmpty() && !message.contains(value)) sb.append(" (value ").append(value).append(')');
            return sb.toString();
        }
    }

    static String shortName(Node n) {
        if (n == null) return "";
        if (n.isURI()) {
            String s = PREFIXES.shortForm(n.getURI());
            return s.equals(n.getURI()) ? "<" + s + ">" : s;
        }
        if (n.isLiteral()) {
            String lex = n.getLiteralLexicalForm();
            return "\"" + (lex.length() > 40 ? lex.substring(0, 40) + "…" : lex) + "\"";
        }
        return n.toString();
    }
}
