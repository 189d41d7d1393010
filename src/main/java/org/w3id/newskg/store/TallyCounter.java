package org.w3id.newskg.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.nodevalue.NodeFunctions;
import org.apache.jena.sparql.expr.nodevalue.XSDFuncOp;
import org.apache.jena.sparql.function.CastXSD;
import org.apache.jena.sparql.util.NodeCmp;

/**
 * The {@link Tallies} of a bulk load added up in plain Java maps, graph by graph: for each whole graph it works out the
 * solutions that each operation of {@code tallies.ru} counts in that graph (COUNT(*) or COUNT(DISTINCT ?g) per key),
 * adds them to the counts of the graphs before, and at the end gives the quads of the tallies graph that running
 * {@code tallies.ru} once over all those graphs gives: the same row IRIs ({@code …/tally/<kind>/} and the SHA-1 of the
 * same text), the same literals, the events' article and place texts, no row or count at 0. The texts and comparisons
 * are ARQ's own functions ({@code STR}, {@code LANG}, {@code CONCAT}, {@code =}, {@code ORDER BY}'s order), not its
 * query engine: that engine's grouping, and compiling it, was most of what the tallies cost a load.
 *
 * <p>{@code tallies.ru} stays the definition of the tallies: replacing a graph, opening a store counted by an older
 * version and a load whose graphs come interleaved still run it, and a test holds this class to it on invented graphs
 * that reach each of its operations. Where the text of a row names two different keys (a label in two languages
 * where the row's text leaves the language out, say) the update's result depends on how the graphs are grouped, so
 * {@link #quads} answers {@code null} and the load counts over the store with {@code tallies.ru}.
 *
 * <p>Memory: a map entry per key (speaker, channel, event label and its articles and places, person and label, name,
 * link, office, country, unlinked label and candidate), kept to the end; the graphs' own counts and speakers' graphs
 * are kept as finished quads.
 *
 * {@snippet :
 * TallyCounter counter = new TallyCounter();
 * counter.count(graph, quadsOfThatGraph);   // each graph once, whole, or only its quads that Tallies.counts
 * List<Quad> tallies = counter.quads();     // the tallies graph without its marks, or null: count with tallies.ru
 * }
 */
final class TallyCounter {
    private static final String NKG = "https://w3id.org/newskg#", ROW = "https://w3id.org/newskg/id/tally/";
    // plain IRIs, not RDF.type and the like: a class whose static fields start Jena's vocabularies before Jena itself
    // is initialised breaks that initialisation (JenaSystem.init)
    private static final Node TYPE = uri("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), LABEL = uri("http://www.w3.org/2000/01/rdf-schema#label"),
            SAME_AS = uri("http://www.w3.org/2002/07/owl#sameAs"),
            ATTRIBUTED = uri("http://www.w3.org/ns/prov#wasAttributedTo"), KIND = nkg("kind"), CHANNEL = nkg("channel"),
            EVENT_TYPE = nkg("eventType"), ROLE = nkg("role"), ROLE_TITLE = nkg("roleTitle"), ROLE_OF = nkg("roleOf"),
            ALTERNATE_NAME = uri("https://schema.org/alternateName"), NATIONALITY = uri("https://schema.org/nationality"),
            IDENTIFIER = uri("https://schema.org/identifier"), HAS_PLACE = uri("http://semanticweb.cs.vu.nl/2009/11/sem/hasPlace"),
            EVENT = uri("http://semanticweb.cs.vu.nl/2009/11/sem/Event"), PERSON = uri("https://schema.org/Person"),
            ARTICLE = uri("https://schema.org/NewsArticle"), QUOTATION = uri("https://schema.org/Quotation"),
            LINK_CANDIDATE = nkg("linkCandidate"), CANDIDATE = nkg("candidate"), SCORE = nkg("score"),
            COUNT = nkg("count"), ZERO = NodeFactory.createLiteralDT("0", XSDDatatype.XSDinteger);
    /** {@code ?k = nkg:DirectQuote} is true for that IRI alone and false for any other bound {@code ?k} (ARQ's {@code =} raises no error between an IRI and a literal). */
    private static final Node DIRECT_QUOTE = nkg("DirectQuote"), REPORTED_SPEECH = nkg("ReportedSpeech");
    /** {@code ORDER BY ?x} as ARQ sorts: by value where values compare, then by term ({@code BindingComparator}). */
    private static final Comparator<Node> ORDER = (a, b) -> {
        int c = NodeValue.compareAlways(NodeValue.makeNode(a), NodeValue.makeNode(b));
        return c != 0 ? c : NodeCmp.compareRDFTerms(a, b);
    };

    /** A key of a count: two or three terms ({@code c} null for two; an event's {@code b} null without a type). */
    private record Key(Node a, Node b, Node c) {
        Key(Node a, Node b) { this(a, b, null); }
    }

    private final Map<Node, long[]> speakers = new HashMap<>();   // statements, direct quotes, reported speech
    private final Map<Node, long[]> channelStatements = new HashMap<>();
    private final Map<Key, long[]> channelTallies = new HashMap<>(), channelLabels = new HashMap<>(), events = new HashMap<>(),
            eventArticles = new HashMap<>(), eventPlaces = new HashMap<>(), persons = new HashMap<>(), links = new HashMap<>(),
            names = new HashMap<>(), offices = new HashMap<>(), countries = new HashMap<>(), unlinked = new HashMap<>(),
            candidates = new HashMap<>();
    /** Each event label and type's tally IRI ({@code ?t}; null where the text has no value), and the key of each IRI. */
    private final Map<Key, Node> eventIri = new HashMap<>();
    private final Map<Node, Key> eventOfIri = new HashMap<>();
    /** The graphs' own counts and each speaker's graphs: final once the graph is counted. */
    private final List<Quad> finished = new ArrayList<>();
    private final MessageDigest sha1;
    private boolean ambiguous;

    TallyCounter() {
        try {
            sha1 = MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Counts graph {@code g}: {@code quads} are all its quads, or only those that {@link Tallies#counts} (as {@link
     * StreamTallies} gathers them: the others are never asked for), each graph once.
     */
    void count(Node g, Collection<Quad> quads) {
        Index in = new Index(quads);
        speakersAndChannels(g, in);
        events(in);
        persons(in);
        graphCounts(g, in);
    }

    private void speakersAndChannels(Node g, Index in) {
        Set<Key> channelNames = new HashSet<>();
        Set<Node> speakersHere = new HashSet<>();
        for (Node s : in.subjects(ATTRIBUTED))
            for (Node p : in.objects(s, ATTRIBUTED)) {
                speakersHere.add(p);
                for (Node k : in.objects(s, KIND)) {
                    long[] n = speakers.computeIfAbsent(p, x -> new long[3]);
                    n[0]++;
                    if (k.equals(DIRECT_QUOTE)) n[1]++;
                    if (k.equals(REPORTED_SPEECH)) n[2]++;
                }
            }
        for (Node s : in.subjects(CHANNEL))
            for (Node c : in.objects(s, CHANNEL)) {
                add(channelStatements, c);
                for (Node p : in.objects(s, ATTRIBUTED))
                    for (Node label : in.objects(p, LABEL)) add(channelTallies, new Key(c, p, label));
                for (Node label : in.objects(c, LABEL)) channelNames.add(new Key(c, label));
            }
        channelNames.forEach(k -> add(channelLabels, k));
        for (Node p : speakersHere) finished.add(quad(p, nkg("statementGraph"), g));
    }

    private void events(Index in) {
        Set<Key> tallies = new HashSet<>(), articles = new HashSet<>(), places = new HashSet<>();
        List<Node> ids = new ArrayList<>();
        for (Node a : in.subjects(TYPE))
            if (in.objects(a, TYPE).contains(ARTICLE)) {
                List<Node> id = in.objects(a, IDENTIFIER);
                if (!id.isEmpty()) ids.addAll(id);
                else {
                    Node str = text(() -> NodeFactory.createLiteralString(NodeFunctions.str(a)));
                    if (str != null) ids.add(str);
                }
            }
        for (Node e : in.subjects(TYPE)) {
            if (!in.objects(e, TYPE).contains(EVENT)) continue;
            List<Node> types = in.objects(e, EVENT_TYPE);
            for (Node label : in.objects(e, LABEL))
                for (Node type : types.isEmpty() ? java.util.Collections.<Node>singletonList(null) : types) {
                    Key key = new Key(label, type);
                    tallies.add(key);
                    Node t = eventIri(key);
                    if (t == null) continue;
                    for (Node article : ids) articles.add(new Key(t, article));
                    for (Node place : in.objects(e, HAS_PLACE))
                        for (Node name : in.objects(place, LABEL)) places.add(new Key(t, name));
                }
        }
        tallies.forEach(k -> add(events, k));
        articles.forEach(k -> add(eventArticles, k));
        places.forEach(k -> add(eventPlaces, k));
    }

    private void persons(Index in) {
        Set<Key> labels = new HashSet<>(), sameAs = new HashSet<>(), keys = new HashSet<>(), held = new HashSet<>(), national = new HashSet<>(),
                unlinkedLabels = new HashSet<>(), candidateKeys = new HashSet<>();
        for (Node p : in.subjects(TYPE)) {
            if (!in.objects(p, TYPE).contains(PERSON)) continue;
            for (Node label : in.objects(p, LABEL)) labels.add(new Key(p, label));
            List<Node> itsLinks = in.objects(p, SAME_AS);
            for (Node q : itsLinks) sameAs.add(new Key(p, q));
            if (itsLinks.isEmpty())   // FILTER NOT EXISTS { ?p owl:sameAs ?any }: unlinked in this graph
                for (Node label : in.objects(p, LABEL)) {
                    unlinkedLabels.add(new Key(label, null));
                    for (Node c : in.objects(p, LINK_CANDIDATE))
                        for (Node cand : in.objects(c, CANDIDATE))
                            for (Node score : in.objects(c, SCORE)) {
                                Node value = decimal(score);
                                if (value != null) candidateKeys.add(new Key(label, cand, value));
                            }
                }
            for (Node name : in.objects(p, LABEL)) keys.add(new Key(p, lowerCase(name)));
            for (Node name : in.objects(p, ALTERNATE_NAME)) keys.add(new Key(p, lowerCase(name)));
        }
        for (Node p : in.subjects(ROLE))
            for (Node r : in.objects(p, ROLE))
                for (Node title : in.objects(r, ROLE_TITLE)) {
                    List<Node> of = new ArrayList<>();
                    for (Node x : in.objects(r, ROLE_OF)) of.addAll(in.objects(x, LABEL));
                    if (of.isEmpty()) held.add(new Key(p, title));
                    for (Node o : of) {
                        Node office = text(() -> XSDFuncOp.strConcat(List.of(NodeValue.makeNode(title), NodeValue.makeString(" ("),
                                NodeValue.makeNode(o), NodeValue.makeString(")"))).asNode());
                        if (office != null) held.add(new Key(p, office));
                    }
                }
        for (Node p : in.subjects(NATIONALITY))
            for (Node n : in.objects(p, NATIONALITY))
                for (Node country : in.objects(n, LABEL)) national.add(new Key(p, country));
        labels.forEach(k -> add(persons, k));
        sameAs.forEach(k -> add(links, k));
        keys.forEach(k -> { if (k.b() != null) add(names, k); });
        held.forEach(k -> add(offices, k));
        national.forEach(k -> add(countries, k));
        unlinkedLabels.forEach(k -> add(unlinked, k));
        candidateKeys.forEach(k -> add(candidates, k));
    }

    /** {@code xsd:decimal(?score)}, or null where it has no value (the row's text then has none either: no row). */
    private static Node decimal(Node score) {
        return text(() -> CastXSD.cast(NodeValue.makeNode(score), XSDDatatype.XSDdecimal).asNode());
    }

    /** {@code LCASE(STR(?name))}, or null where it has no value. */
    private static Node lowerCase(Node name) {
        return text(() -> NodeFactory.createLiteralString(NodeFunctions.str(name).toLowerCase()));
    }

    /**
     * Statements in {@code g}, direct quotes and reported speech apart; a statement without a kind leaves the graph
     * without the latter two ({@code ?k = …} is an error for an unbound {@code ?k}, and SUM over an error has no value).
     */
    private void graphCounts(Node g, Index in) {
        long all = 0, direct = 0, reported = 0;
        boolean unknown = false;
        for (Node s : in.subjects(TYPE)) {
            if (!in.objects(s, TYPE).contains(QUOTATION)) continue;
            List<Node> kinds = in.objects(s, KIND);
            if (kinds.isEmpty()) {   // ?k unbound: ?k = … is an error
                all++;
                unknown = true;
            }
            for (Node k : kinds) {
                all++;
                if (k.equals(DIRECT_QUOTE)) direct++;
                if (k.equals(REPORTED_SPEECH)) reported++;
            }
        }
        if (all == 0) return;
        finished.add(quad(g, nkg("graphStatementCount"), integer(all)));
        if (unknown) return;
        finished.add(quad(g, nkg("graphDirectQuoteCount"), integer(direct)));
        finished.add(quad(g, nkg("graphReportedSpeechCount"), integer(reported)));
    }

    /**
     * The quads of the tallies graph (its marks apart, {@link Tallies#marks}), or null when the text of a row names two
     * different keys.
     */
    List<Quad> quads() {
        List<Quad> out = new ArrayList<>(finished);
        speakers.forEach((p, n) -> {
            out.add(quad(p, nkg("statementCount"), integer(n[0])));
            out.add(quad(p, nkg("directQuoteCount"), integer(n[1])));
            out.add(quad(p, nkg("reportedSpeechCount"), integer(n[2])));
        });
        channelStatements.forEach((c, n) -> out.add(quad(c, nkg("channelStatementCount"), integer(n[0]))));
        Set<Node> iris = new HashSet<>();
        Set<Key> speakerLabels = new LinkedHashSet<>();
        rows(out, iris, "channel", "ChannelTally", channelTallies, k -> str(k.a()) + " " + str(k.b()) + " " + str(k.c()),
                k -> speakerLabels.add(new Key(k.a(), k.c())), "ofChannel", "ofSpeaker", "ofSpeakerLabel");
        speakerLabels.forEach(k -> out.add(quad(k.a(), nkg("channelSpeakerLabel"), k.b())));
        rows(out, iris, "channel-label", "ChannelLabelTally", channelLabels, k -> str(k.a()) + " " + str(k.b()) + "@" + lang(k.b()),
                k -> {}, "ofNamedChannel", "ofChannelLabel");
        events.forEach((k, n) -> {
            Node t = eventIri.get(k);
            if (t == null) return;
            out.add(quad(t, TYPE, nkg("EventTally")));
            out.add(quad(t, nkg("ofEventLabel"), k.a()));
            if (k.b() != null) out.add(quad(t, nkg("ofEventType"), k.b()));
            out.add(quad(t, COUNT, integer(n[0])));
        });
        Map<Node, List<Node>> articlesOf = new HashMap<>(), placesOf = new HashMap<>();
        rows(out, iris, "event-article", "EventArticleTally", eventArticles, k -> str(k.a()) + " " + str(k.b()),
                k -> articlesOf.computeIfAbsent(k.a(), t -> new ArrayList<>()).add(k.b()), "ofEvent", "ofArticle");
        rows(out, iris, "event-place", "EventPlaceTally", eventPlaces, k -> str(k.a()) + " " + str(k.b()) + "@" + lang(k.b()),
                k -> placesOf.computeIfAbsent(k.a(), t -> new ArrayList<>()).add(k.b()), "ofLocatedEvent", "ofPlace");
        articlesOf.forEach((t, articles) -> out.add(quad(t, nkg("eventArticleIds"), joined(articles))));
        placesOf.forEach((t, places) -> out.add(quad(t, nkg("eventPlaces"), joined(places))));
        rows(out, iris, "person", "PersonTally", persons, k -> str(k.a()) + " " + str(k.b()), k -> {}, "ofPerson", "ofLabel");
        rows(out, iris, "link", "LinkTally", links, k -> str(k.a()) + " " + str(k.b()), k -> {}, "ofPerson", "ofLink");
        rows(out, iris, "unlinked", "UnlinkedTally", unlinked, k -> str(k.a()) + "@" + lang(k.a()), k -> {}, "ofUnlinkedLabel");
        rows(out, iris, "candidate", "CandidateTally", candidates, k -> str(k.a()) + "@" + lang(k.a()) + " " + str(k.b()) + " " + str(k.c()),
                k -> {}, "ofCandidateLabel", "ofCandidate", "ofScore");
        rows(out, iris, "name", "NameTally", names, k -> str(k.a()) + " " + str(k.b()), k -> {}, "ofPerson", "ofName");
        rows(out, iris, "office", "OfficeTally", offices, k -> str(k.a()) + " " + str(k.b()) + "@" + lang(k.b()), k -> {}, "ofHolder", "ofOffice");
        rows(out, iris, "country", "CountryTally", countries, k -> str(k.a()) + " " + str(k.b()) + "@" + lang(k.b()), k -> {}, "ofNational", "ofCountry");
        if (ambiguous) return null;
        out.removeIf(q -> !q.isLegalAsData() || q.getObject().equals(ZERO));   // as the update's INSERT and its last DELETE
        return out;
    }

    /**
     * The rows of one kind: {@code ?row a nkg:<type> ; nkg:<keys…> ?key… ; nkg:count ?n}, the row's IRI from
     * {@code text} (a key whose text has no value has no row); {@code made} is told each key that has a row.
     */
    private void rows(List<Quad> out, Set<Node> iris, String path, String type, Map<Key, long[]> counts, Function<Key, String> text,
                      java.util.function.Consumer<Key> made, String... keys) {
        for (Map.Entry<Key, long[]> e : counts.entrySet()) {
            Key k = e.getKey();
            String s;
            try {
                s = text.apply(k);
            } catch (ExprEvalException noValue) {
                continue;
            }
            Node row = uri(ROW + path + "/" + sha1(s));
            if (!iris.add(row)) ambiguous = true;
            out.add(quad(row, TYPE, nkg(type)));
            Node[] terms = {k.a(), k.b(), k.c()};
            for (int i = 0; i < keys.length; i++) out.add(quad(row, nkg(keys[i]), terms[i]));
            out.add(quad(row, COUNT, integer(e.getValue()[0])));
            made.accept(k);
        }
    }

    /** The event tally's IRI of an event label and type ({@code ?t}), made once; null where its text has no value. */
    private Node eventIri(Key key) {
        if (eventIri.containsKey(key)) return eventIri.get(key);
        Node t = text(() -> uri(ROW + "event/" + sha1(str(key.a()) + "@" + lang(key.a()) + " " + typeText(key.b()))));
        eventIri.put(key, t);
        if (t != null && eventOfIri.putIfAbsent(t, key) != null) ambiguous = true;
        return t;
    }

    /** {@code COALESCE(STR(?type), "")}. */
    private static String typeText(Node type) {
        if (type == null) return "";
        try {
            return str(type);
        } catch (ExprEvalException noValue) {
            return "";
        }
    }

    /** {@code GROUP_CONCAT(DISTINCT ?x; separator="; ")} over the terms in {@code ORDER BY ?x}'s order. */
    private static Node joined(List<Node> terms) {
        terms.sort(ORDER);
        StringBuilder b = new StringBuilder();
        for (Node t : new LinkedHashSet<>(terms)) b.append(b.isEmpty() ? "" : "; ").append(NodeValue.makeNode(t).asString());
        return NodeFactory.createLiteralString(b.toString());
    }

    private static String str(Node n) { return NodeFunctions.str(n); }

    private static String lang(Node n) { return NodeFunctions.lang(n); }

    /** A term computed by ARQ's functions, or null where SPARQL's expression would have no value. */
    private static Node text(java.util.function.Supplier<Node> f) {
        try {
            return f.get();
        } catch (ExprEvalException noValue) {
            return null;
        }
    }

    private String sha1(String s) { return HexFormat.of().formatHex(sha1.digest(s.getBytes(StandardCharsets.UTF_8))); }

    private static <K> void add(Map<K, long[]> counts, K key) { counts.computeIfAbsent(key, k -> new long[1])[0]++; }

    private static Quad quad(Node s, Node p, Node o) { return Quad.create(Tallies.GRAPH, s, p, o); }

    private static Node integer(long n) { return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger); }

    private static Node nkg(String local) { return uri(NKG + local); }

    private static Node uri(String iri) { return NodeFactory.createURI(iri); }

    /** One graph's triples by predicate and subject, each once (a graph is a set). */
    private static final class Index {
        private final Map<Node, Map<Node, List<Node>>> byPredicate = new HashMap<>();

        Index(Collection<Quad> quads) {
            for (Quad q : quads) {
                List<Node> objects = byPredicate.computeIfAbsent(q.getPredicate(), p -> new HashMap<>())
                        .computeIfAbsent(q.getSubject(), s -> new ArrayList<>(2));
                if (!objects.contains(q.getObject())) objects.add(q.getObject());
            }
        }

        Set<Node> subjects(Node predicate) { return byPredicate.getOrDefault(predicate, Map.of()).keySet(); }

        List<Node> objects(Node subject, Node predicate) {
            return byPredicate.getOrDefault(predicate, Map.of()).getOrDefault(subject, List.of());
        }
    }
}
