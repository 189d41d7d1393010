package org.w3id.newskg.view;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.system.Txn;
import org.w3id.newskg.rdf.Iris;
import org.w3id.newskg.view.ViewData.*;

/**
 * Reads what the view shows from a dataset of article graphs — the embedded store or one article's graph in memory —
 * only through the SPARQL queries in {@code newskg/view/}, each run in a read transaction with its parameters bound
 * as RDF terms ({@code substitution}), so an identifier from a URL is a value that matches or not, never query text.
 *
 * {@snippet :
 * GraphReader reader = new GraphReader(store.dataset());
 * reader.article("alaska-summit-reactions.de", false).ifPresent(page -> ...);
 * }
 */
public final class GraphReader {
    private static final String WIKIDATA = "http://www.wikidata.org/entity/";
    private static final String PERSON = Iris.BASE + "person/";
    private static final Map<String, Query> QUERIES = new LinkedHashMap<>();
    static {
        for (String name : List.of("articles", "article", "statements", "persons", "events", "person"))
            QUERIES.put(name, QueryFactory.create(resource(name + ".rq")));
    }

    private final DatasetGraph dsg;

    public GraphReader(DatasetGraph dsg) { this.dsg = dsg; }

    /** Every article of the dataset with its counts, by identifier. */
    public List<ArticleSummary> articles() {
        return select("articles", Map.of()).stream().map(r -> new ArticleSummary(str(r, "id"), str(r, "headline"), str(r, "lang"),
                str(r, "date"), num(r, "statements"), num(r, "persons"), num(r, "events"))).toList();
    }

    /** The article with this identifier ({@code schema:identifier}), if the dataset holds it. */
    public Optional<ArticlePage> article(String id, boolean standalone) {
        List<Row> head = select("article", Map.of("id", NodeFactory.createLiteralString(id)));
        if (head.isEmpty()) return Optional.empty();
        Row h = head.getFirst();
        String text = str(h, "text");
        Offsets offsets = new Offsets(text);
        Map<String, Node> g = Map.of("g", h.node("g"));
        List<PersonView> persons = persons(g);
        Map<String, PersonView> byIri = new LinkedHashMap<>();
        persons.forEach(p -> byIri.put(p.iri(), p));
        ArticleHead article = new ArticleHead(id, str(h, "a"), str(h, "headline"), str(h, "lang"), str(h, "url"), str(h, "date"), text);
        return Optional.of(new ArticlePage(standalone, article, statements(g, offsets, byIri), persons, events(g, byIri)));
    }

    private List<StatementView> statements(Map<String, Node> g, Offsets offsets, Map<String, PersonView> persons) {
        Map<String, StatementView> out = new LinkedHashMap<>();
        for (Row r : select("statements", g)) {
            String iri = str(r, "s");
            if (out.containsKey(iri)) continue;
            String speaker = str(r, "speaker");
            PersonView p = speaker == null ? null : persons.get(speaker);
            out.put(iri, new StatementView(iri, offsets.utf16(num(r, "b")), offsets.utf16(num(r, "e")), str(r, "text"),
                    local(str(r, "kind")), str(r, "rule"), speaker, p == null ? local(speaker) : p.label(), p == null ? qid(speaker) : p.qid(),
                    span(r, "mb", "me", "manchor", offsets), span(r, "cb", "ce", "canchor", offsets), str(r, "channel"), str(r, "about")));
        }
        return List.copyOf(out.values());
    }

    private List<PersonView> persons(Map<String, Node> g) {
        Map<String, Gathered> people = new LinkedHashMap<>();
        for (Row r : select("persons", g)) {
            Gathered p = people.computeIfAbsent(str(r, "p"), iri -> new Gathered(iri, str(r, "label"), qid(str(r, "wd"))));
            if (str(r, "alt") != null) p.names.add(str(r, "alt"));
            if (str(r, "title") != null) p.offices.add(new Office(str(r, "title"), str(r, "of")));
            if (str(r, "country") != null) p.countries.add(str(r, "country"));
            if (str(r, "party") != null) p.organisations.add(str(r, "party"));
        }
        return people.values().stream().map(Gathered::view).toList();
    }

    private List<EventView> events(Map<String, Node> g, Map<String, PersonView> persons) {
        record Acc(Row first, Set<Place> places, Map<String, Participant> actors) {}
        Map<String, Acc> events = new LinkedHashMap<>();
        for (Row r : select("events", g)) {
            Acc e = events.computeIfAbsent(str(r, "ev"), k -> new Acc(r, new LinkedHashSet<>(), new LinkedHashMap<>()));
            if (str(r, "place") != null)
                e.places.add(new Place(Optional.ofNullable(str(r, "placeLabel")).orElse(local(str(r, "place"))), qid(str(r, "placeWd"))));
            String actor = str(r, "actor");
            if (actor != null && (str(r, "prule") != null || !e.actors.containsKey(actor))) {
                PersonView p = persons.get(actor);
                e.actors.put(actor, new Participant(actor, p == null ? local(actor) : p.label(), str(r, "side"), "true".equals(str(r, "head")), str(r, "prule")));
            }
        }
        return events.entrySet().stream().map(en -> {
            Row f = en.getValue().first;
            return new EventView(en.getKey(), str(f, "label"), str(f, "type"), str(f, "start"), str(f, "duration"), str(f, "format"),
                    List.copyOf(en.getValue().places), List.copyOf(en.getValue().actors.values()));
        }).toList();
    }

    /** One person across the dataset, by the last part of their IRI ({@code Q7747}, {@code jana-kuehn}). */
    public Optional<PersonPage> person(String key) {
        String iri = PERSON + key;
        List<Row> rows = select("person", Map.of("p", NodeFactory.createURI(iri)));
        if (rows.isEmpty()) return Optional.empty();
        record Acc(String id, String headline, Map<String, Said> said, Map<String, Took> took) {}
        Map<String, Acc> articles = new LinkedHashMap<>();
        for (Row r : rows) {
            Acc a = articles.computeIfAbsent(str(r, "g"), k -> new Acc(str(r, "id"), str(r, "headline"), new LinkedHashMap<>(), new LinkedHashMap<>()));
            if (str(r, "s") != null) a.said.putIfAbsent(str(r, "s"), new Said(str(r, "s"), str(r, "text"), local(str(r, "kind"))));
            if (str(r, "ev") != null) a.took.putIfAbsent(str(r, "ev"), new Took(str(r, "ev"), str(r, "evLabel")));
        }
        Row first = rows.getFirst();
        String qid = rows.stream().map(r -> qid(str(r, "wd"))).filter(q -> q != null).findFirst().orElse(null);
        return Optional.of(new PersonPage(iri, key, str(first, "label"), qid, articles.values().stream()
                .map(a -> new Appearance(a.id, a.headline, List.copyOf(a.said.values()), List.copyOf(a.took.values()))).toList()));
    }

    private List<Row> select(String name, Map<String, Node> params) {
        Query query = QUERIES.get(name);
        Function<QueryExecBuilder, QueryExecBuilder> bind = b -> {
            params.forEach(b::substitution);
            return b;
        };
        return Txn.calculateRead(dsg, () -> {
            try (QueryExec exec = bind.apply(QueryExec.dataset(dsg).query(query)).build()) {
                List<Row> rows = new ArrayList<>();
                exec.select().forEachRemaining(b -> rows.add(Row.of(b)));   // inside the transaction: TDB2 resolves terms lazily
                return rows;
            }
        });
    }

    private static Span span(Row r, String b, String e, String anchor, Offsets offsets) {
        if (str(r, b) == null || str(r, e) == null) return null;
        return new Span(offsets.utf16(num(r, b)), offsets.utf16(num(r, e)), str(r, anchor));
    }

    /** The value of a variable in a row; null when unbound. */
    private static String str(Row r, String var) { return r.values().get(var); }

    /** One answer, copied out of the store: each bound variable → the lexical form of a literal or the IRI of a resource. */
    private record Row(Map<String, String> values) {
        static Row of(Binding b) {
            Map<String, String> values = new HashMap<>();
            b.vars().forEachRemaining(v -> {
                Node n = b.get(v);
                values.put(v.getVarName(), n.isLiteral() ? n.getLiteralLexicalForm() : n.isURI() ? n.getURI() : n.toString());
            });
            return new Row(values);
        }

        Node node(String var) {
            String v = values.get(var);
            return v == null ? null : NodeFactory.createURI(v);
        }
    }

    private static long num(Row r, String var) {
        String s = str(r, var);
        try {
            return s == null ? 0 : Long.parseLong(s.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The Wikidata QID of an entity IRI of Wikidata ({@code Q7747}); null for anything else, so no other link is made. */
    static String qid(String iri) {
        if (iri == null || !iri.startsWith(WIKIDATA)) return null;
        String q = iri.substring(WIKIDATA.length());
        return q.matches("Q[0-9]+") ? q : null;
    }

    /** The part of an IRI after its last '/' or '#' ({@code DirectQuote}, {@code jana-kuehn}). */
    static String local(String iri) {
        if (iri == null) return null;
        int i = Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#'));
        return iri.substring(i + 1);
    }

    private static String resource(String name) {
        try (InputStream in = GraphReader.class.getResourceAsStream("/newskg/view/" + name)) {
            if (in == null) throw new IllegalStateException("newskg/view/" + name + ": missing from the jar");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A person's rows gathered. */
    private static final class Gathered {
        final String iri, label, qid;
        final Set<Office> offices = new LinkedHashSet<>();
        final Set<String> countries = new LinkedHashSet<>(), organisations = new LinkedHashSet<>(), names = new LinkedHashSet<>();

        Gathered(String iri, String label, String qid) {
            this.iri = iri;
            this.label = label;
            this.qid = qid;
        }

        PersonView view() {
            String key = iri.startsWith(PERSON) ? iri.substring(PERSON.length()) : null;
            return new PersonView(iri, key, label, qid, List.copyOf(offices), List.copyOf(countries), List.copyOf(organisations), List.copyOf(names));
        }
    }

    /** Code point offsets (the graph's) to UTF-16 indexes (the browser's), clipped to the text. */
    private record Offsets(String text) {
        int utf16(long codePoint) {
            if (text == null || codePoint <= 0) return 0;
            int cps = text.codePointCount(0, text.length());
            return codePoint >= cps ? text.length() : text.offsetByCodePoints(0, (int) codePoint);
        }
    }
}
