package org.w3id.newskg.query;

import java.io.OutputStream;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.TriplePath;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.vocabulary.RDF;
import org.w3id.newskg.store.GraphStore;

/**
 * Runs a {@link NamedQuery} on a {@link GraphStore}: checks the parameters against those the query declares,
 * binds them as RDF terms with {@code substitution}, sets the page when the query declares {@code ?limit} and
 * {@code ?offset}, applies a timeout, and returns the answer in memory.
 *
 * {@snippet :
 * Answer a = QueryRunner.run(store, catalogue.resolve("statements-by-person"), Parameters.parse(List.of("person=Novak")), Duration.ofSeconds(30));
 * a.write(ResultFormat.TABLE, System.out);
 * }
 */
public final class QueryRunner {
    /** The paging parameters a shipped query may declare; they set its page instead of binding a variable. */
    private static final String LIMIT = "limit", OFFSET = "offset";

    private QueryRunner() {}

    public static Answer run(GraphStore store, NamedQuery named, Map<String, Node> params, Duration timeout) {
        Query query = named.query();
        check(named, query, params);
        Map<String, Node> terms = new LinkedHashMap<>(params);
        page(query, named.declares(LIMIT) ? terms.remove(LIMIT) : null, named.declares(OFFSET) ? terms.remove(OFFSET) : null);
        try {
            return store.query(query, b -> bind(b, terms).timeout(timeout.toMillis(), TimeUnit.MILLISECONDS), exec -> answer(query, exec));
        } catch (QueryCancelledException e) {
            throw new QueryException(named.name() + ": stopped after the timeout of " + timeout.toSeconds() + " s", e);
        }
    }

    /**
     * Sets the page a shipped query declares with {@code ?limit} and {@code ?offset}: they become the LIMIT and OFFSET
     * of its page, the outermost (sub-)query with a LIMIT. A query that pages by article, say, picks its articles in a
     * sub-select and takes their statements outside it, so the page is that sub-select's.
     */
    private static void page(Query query, Node limit, Node offset) {
        if (limit == null && offset == null) return;
        Query page = pageOf(query);
        if (limit != null) page.setLimit(count(LIMIT, limit));
        if (offset != null) page.setOffset(count(OFFSET, offset));
        if (!page.hasLimit()) return;
        long end = page.getLimit() + (page.hasOffset() ? page.getOffset() : 0);
        for (Query reach : limitedWithin(page)) reach.setLimit(end);
        setTextLimits(page, end);
    }

    /** jena-text's property function; its object list may end with the most hits it takes. */
    private static final Node TEXT_QUERY = NodeFactory.createURI("http://jena.apache.org/text#query");

    /**
     * Sets the limit of each full-text search inside the page, {@code text:query (schema:text ?words 20)}, to the row
     * the page ends after: a query that takes its page from the index's best hits (search-statements) takes as many
     * hits as the page reaches, offset included, as a LIMIT inside the page does. A search without a limit stays
     * without one.
     */
    private static void setTextLimits(Query page, long end) {
        List<Query> queries = new ArrayList<>(List.of(page));
        for (int i = 0; i < queries.size(); i++) queries.addAll(subQueries(queries.get(i)));
        for (Query q : queries)
            ElementWalker.walk(q.getQueryPattern(), new ElementVisitorBase() {
                @Override
                public void visit(ElementPathBlock block) { setTextLimit(block.getPattern().getList(), end); }
            });
    }

    /** In one block of triple patterns: the list after text:query, its limit (a number right after the query string) set to {@code end}. */
    private static void setTextLimit(List<TriplePath> block, long end) {
        Map<Node, Integer> firstAt = new LinkedHashMap<>();
        Map<Node, Node> rest = new LinkedHashMap<>();
        List<Node> lists = new ArrayList<>();
        for (int i = 0; i < block.size(); i++) {
            TriplePath t = block.get(i);
            if (!t.isTriple()) continue;
            if (t.getPredicate().equals(RDF.first.asNode())) firstAt.put(t.getSubject(), i);
            else if (t.getPredicate().equals(RDF.rest.asNode())) rest.put(t.getSubject(), t.getObject());
            else if (t.getPredicate().equals(TEXT_QUERY)) lists.add(t.getObject());
        }
        for (Node cell : lists) {
            boolean queryString = false;
            for (; cell != null && firstAt.containsKey(cell); cell = rest.get(cell)) {
                int at = firstAt.get(cell);
                Node item = block.get(at).getObject();
                if (item.isURI()) continue;   // the properties searched
                if (queryString) {
                    if (item.isLiteral() && item.getLiteralLexicalForm().strip().matches("\\d+")) block.set(at, new TriplePath(Triple.create(cell, RDF.first.asNode(), NodeFactory.createLiteralDT(Long.toString(end), XSDDatatype.XSDinteger))));
                    break;
                }
                queryString = true;
            }
        }
    }

    /**
     * The sub-selects with a LIMIT inside the page's: a query that first finds how far its page reaches (the labels of
     * the first events, say, before it sorts their events) takes as many rows there as the page ends after, offset
     * included, so that the page's LIMIT and OFFSET are the only ones a caller sets.
     */
    private static List<Query> limitedWithin(Query page) {
        List<Query> out = new ArrayList<>();
        Deque<Query> level = new ArrayDeque<>(subQueries(page));
        while (!level.isEmpty()) {
            Query q = level.poll();
            if (q.hasLimit()) out.add(q);
            level.addAll(subQueries(q));
        }
        return out;
    }

    private static List<Query> subQueries(Query q) {
        List<Query> subs = new ArrayList<>();
        ElementWalker.walk(q.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementSubQuery sub) { subs.add(sub.getQuery()); }
        });
        return subs;
    }

    /** The outermost query with a LIMIT, looking into the sub-selects level by level; the query itself when there is none. */
    private static Query pageOf(Query query) {
        Deque<Query> level = new ArrayDeque<>(List.of(query));
        while (!level.isEmpty()) {
            Query q = level.poll();
            if (q.hasLimit()) return q;
            level.addAll(subQueries(q));
        }
        return query;
    }

    private static long count(String name, Node value) {
        String text = value.isLiteral() ? value.getLiteralLexicalForm() : value.toString();
        try {
            long n = Long.parseLong(text.strip());
            if (n >= 0) return n;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--param " + name + "=" + text + ": expected a whole number ≥ 0");
    }

    private static QueryExecBuilder bind(QueryExecBuilder b, Map<String, Node> params) {
        params.forEach((name, node) -> b.substitution(Var.alloc(name), node));
        return b;
    }

    /**
     * Every given parameter must be a variable of the query (and declared by a shipped query's comment); every
     * required one must be given.
     */
    private static void check(NamedQuery named, Query query, Map<String, Node> params) {
        List<String> vars = new ArrayList<>();
        org.apache.jena.sparql.syntax.PatternVars.vars(query.getQueryPattern()).forEach(v -> vars.add(v.getVarName()));
        String declared = named.parameters().stream().map(p -> p.name() + (p.required() ? "" : " (optional)")).collect(Collectors.joining(", "));
        for (String p : params.keySet()) {
            boolean known = named.parameters().isEmpty() ? vars.contains(p) || mentions(named.text(), p) : named.declares(p);
            if (!known)
                throw new IllegalArgumentException(named.name() + ": no parameter '" + p + "' (takes: " + (declared.isEmpty() ? "none" : declared) + ")");
        }
        for (NamedQuery.Parameter p : named.parameters())
            if (p.required() && !params.containsKey(p.name()))
                throw new IllegalArgumentException(named.name() + ": needs --param " + p.name() + "=… (" + p.description() + ")");
    }

    private static boolean mentions(String text, String var) {
        return text.matches("(?s).*[?$]" + java.util.regex.Pattern.quote(var) + "\\b.*");
    }

    private static Answer answer(Query query, QueryExec exec) {
        if (query.isSelectType()) {
            // resolve every value now: a TDB2 binding reads its nodes lazily, which fails after the read transaction
            RowSet select = exec.select();
            List<Var> vars = select.getResultVars();
            List<Binding> copied = new ArrayList<>();
            select.forEachRemaining(b -> {
                org.apache.jena.sparql.engine.binding.BindingBuilder bb = Binding.builder();
                for (Var v : vars) {
                    Node n = b.get(v);
                    if (n != null) bb.add(v, n);
                }
                copied.add(bb.build());
            });
            return new Answer(query, RowSetStream.create(vars, copied.iterator()).rewindable(), null, null);
        }
        if (query.isAskType()) return new Answer(query, null, exec.ask(), null);
        Graph g = query.isConstructType() ? exec.construct() : exec.describe();
        Graph copy = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        g.find().forEachRemaining(copy::add);
        copy.getPrefixMapping().setNsPrefixes(query.getPrefixMapping());
        return new Answer(query, null, null, copy);
    }

    /** A query's answer: rows (SELECT), a boolean (ASK) or a graph (CONSTRUCT, DESCRIBE). */
    public static final class Answer {
        private final Query query;
        private final RowSetRewindable rows;
        private final Boolean bool;
        private final Graph graph;

        Answer(Query query, RowSetRewindable rows, Boolean bool, Graph graph) {
            this.query = query;
            this.rows = rows;
            this.bool = bool;
            this.graph = graph;
        }

        /** The variables of a SELECT, in order. */
        public List<String> vars() { return rows == null ? List.of() : rows.getResultVars().stream().map(Var::getVarName).toList(); }

        /** The rows of a SELECT, each value as a string (a literal's lexical form, an IRI as is), "" when unbound. */
        public List<Map<String, String>> rows() {
            if (rows == null) return List.of();
            rows.reset();
            List<Map<String, String>> out = new ArrayList<>();
            List<Var> vars = rows.getResultVars();
            while (rows.hasNext()) {
                Binding b = rows.next();
                Map<String, String> row = new java.util.LinkedHashMap<>();
                for (Var v : vars) {
                    Node n = b.get(v);
                    row.put(v.getVarName(), n == null ? "" : n.isLiteral() ? n.getLiteralLexicalForm() : n.isURI() ? n.getURI() : n.toString());
                }
                out.add(row);
            }
            rows.reset();
            return out;
        }

        public Boolean ask() { return bool; }

        public Graph graph() { return graph; }

        public void write(ResultFormat format, OutputStream out) { write(format, out, Integer.MAX_VALUE); }

        /**
         * Writes the answer; a {@link ResultFormat#TABLE table} is fitted to {@code width} characters (cells cut with
         * "…"), the other formats are always whole.
         */
        public void write(ResultFormat format, OutputStream out, int width) {
            if (bool != null) {
                switch (format) {
                    case JSON -> ResultSetMgr.write(out, bool.booleanValue(), ResultSetLang.RS_JSON);
                    case CSV -> ResultSetMgr.write(out, bool.booleanValue(), ResultSetLang.RS_CSV);
                    case TSV -> ResultSetMgr.write(out, bool.booleanValue(), ResultSetLang.RS_TSV);
                    case TABLE -> ResultSetFormatter.out(out, bool);
                }
                return;
            }
            if (graph != null) {
                RDFDataMgr.write(out, graph, format == ResultFormat.JSON ? Lang.JSONLD : format == ResultFormat.TABLE ? Lang.TURTLE : Lang.NTRIPLES);
                return;
            }
            rows.reset();
            RowSet copy = RowSetStream.create(rows.getResultVars(), rows);
            ResultSet rs = ResultSet.adapt(copy);
            switch (format) {
                case TABLE -> {
                    List<Binding> all = new ArrayList<>();
                    copy.forEachRemaining(all::add);
                    TextTable.write(rows.getResultVars(), all, query.getPrefixMapping(), width, out);
                }
                case CSV -> ResultSetMgr.write(out, rs, ResultSetLang.RS_CSV);
                case TSV -> ResultSetMgr.write(out, rs, ResultSetLang.RS_TSV);
                case JSON -> ResultSetMgr.write(out, rs, ResultSetLang.RS_JSON);
            }
            rows.reset();
        }
    }
}
