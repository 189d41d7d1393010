package org.w3id.newskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tallies kept graph by graph (−1 before a replacement, +1 after) are exactly what counting the whole store
 * afresh gives, through loads, reloads, replacements by other content and removals; and they count what the
 * article graphs hold.
 */
class TalliesTest {
    private static final List<ArticleGraph> GOLDEN = new ArrayList<>();
    @TempDir Path dir;

    @BeforeAll
    static void readGoldenGraphs() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/golden"))) {
            for (Path d : files.sorted().toList())
                if (Files.exists(d.resolve("expected.trig"))) GOLDEN.addAll(ArticleGraph.of(RDFParser.source(d.resolve("expected.trig")).toDatasetGraph()));
        }
        assertTrue(GOLDEN.size() >= 6, "the golden article graphs: " + GOLDEN.size());
    }

    @Test
    void keptTalliesEqualTalliesCountedAfresh() {
        try (TdbStore store = TdbStore.open(dir.resolve("db"))) {
            for (ArticleGraph g : GOLDEN) store.replace(List.of(g));
            store.replace(GOLDEN);                                   // loaded again: nothing changes
            Set<Triple> kept = tallies(store);
            assertEquals(recounted(store), kept);
            assertTrue(kept.size() > 100, "rows for speakers, channels, events, persons: " + kept.size());

            // each graph replaced by another article's content, then some removed (replaced by nothing)
            List<ArticleGraph> swapped = new ArrayList<>();
            for (int i = 0; i < GOLDEN.size(); i++) swapped.add(new ArticleGraph(GOLDEN.get(i).name(), GOLDEN.get((i + 1) % GOLDEN.size()).graph()));
            store.replace(swapped);
            assertEquals(recounted(store), tallies(store));
            store.replace(GOLDEN.subList(0, 3).stream().map(g -> new ArticleGraph(g.name(), GraphFactory.createDefaultGraph())).toList());
            assertEquals(recounted(store), tallies(store));
        }
    }

    /** Counting one graph touches that graph's rows only (were {@code ?g} left free, each run would count the store). */
    @Test
    void addingOneGraphCountsThatGraphAlone() {
        try (TdbStore store = TdbStore.open(dir.resolve("db"))) {
            store.replace(GOLDEN);
            Set<Triple> before = tallies(store);
            Node first = GOLDEN.get(0).name();
            Txn.executeWrite(store.dataset(), () -> Tallies.add(store.dataset(), first));
            Set<Triple> changed = new java.util.HashSet<>(tallies(store));
            changed.removeAll(before);
            assertFalse(changed.isEmpty());
            Set<Node> graphs = changed.stream().filter(t -> t.getPredicate().getURI().equals("https://w3id.org/newskg#graphStatementCount"))
                    .map(Triple::getSubject).collect(Collectors.toSet());
            assertEquals(Set.of(first), graphs, "one graph's count changed");
        }
    }

    @Test
    void anEmptiedStoreKeepsOnlyTheMarkerAndABulkLoadCountsEverything() {
        try (TdbStore store = TdbStore.open(dir.resolve("db"))) {
            store.replace(GOLDEN);
            store.replace(GOLDEN.stream().map(g -> new ArticleGraph(g.name(), GraphFactory.createDefaultGraph())).toList());
            assertEquals(2, tallies(store).size(), "only the marker is left: " + tallies(store));
            assertTrue(store.isEmpty());
        }
        try (TdbStore bulk = TdbStore.open(dir.resolve("bulk"))) {
            bulk.bulkLoad(sink -> GOLDEN.forEach(g -> g.graph().find().forEachRemaining(t -> sink.quad(org.apache.jena.sparql.core.Quad.create(g.name(), t)))));
            assertEquals(recounted(bulk), tallies(bulk));
            assertFalse(bulk.graphNames().contains(Tallies.GRAPH), "the tallies are no article graph");
        }
    }

    @Test
    void aSpeakersTallyIsTheNumberOfHisStatementsOfThatKind() {
        try (TdbStore store = TdbStore.open(dir.resolve("db"))) {
            store.replace(GOLDEN);
            long direct = store.query(org.apache.jena.query.QueryFactory.create("""
                    PREFIX nkg: <https://w3id.org/newskg#>
                    PREFIX prov: <http://www.w3.org/ns/prov#>
                    SELECT (SUM(?c) AS ?n) WHERE {
                      GRAPH <https://w3id.org/newskg/id/tallies> { ?p nkg:directQuoteCount ?c }
                    }"""), b -> b, e -> ((Number) e.select().next().get("n").getLiteralValue()).longValue());
            long counted = GOLDEN.stream().mapToLong(g -> g.graph().find(Node.ANY, NodeFactory.createURI("https://w3id.org/newskg#kind"), NodeFactory.createURI("https://w3id.org/newskg#DirectQuote"))
                    .filterKeep(t -> g.graph().contains(t.getSubject(), NodeFactory.createURI("http://www.w3.org/ns/prov#wasAttributedTo"), Node.ANY)).toList().size()).sum();
            assertTrue(counted > 10, "direct quotes with a speaker in the golden graphs: " + counted);
            assertEquals(counted, direct);
        }
    }

    /**
     * The rows the page queries read instead of the article graphs (persons: offices and countries; articles-per-event:
     * the events' articles and places; channels: the channels' names and their speakers' names) are there, so that
     * {@link #keptTalliesEqualTalliesCountedAfresh} checks them too; a speaker's name leaves its channel with the last
     * statement on it.
     */
    @Test
    void thePageQueriesRowsAreKeptAndAChannelLosesASpeakerWithHisLastStatement() {
        try (TdbStore store = TdbStore.open(dir.resolve("db"))) {
            store.replace(GOLDEN);
            Set<Triple> kept = tallies(store);
            for (String type : List.of("OfficeTally", "CountryTally", "EventArticleTally", "EventPlaceTally", "ChannelLabelTally"))
                assertTrue(kept.stream().anyMatch(t -> t.getObject().isURI()
                        && t.getObject().getURI().equals("https://w3id.org/newskg#" + type)), "rows of " + type);
            Node speakerLabel = NodeFactory.createURI("https://w3id.org/newskg#channelSpeakerLabel");
            Set<Triple> onChannels = kept.stream().filter(t -> t.getPredicate().equals(speakerLabel)).collect(Collectors.toSet());
            assertFalse(onChannels.isEmpty(), "speakers' names on channels");
            // every graph emptied but the first: the names left on channels are those of the first graph's statements
            store.replace(GOLDEN.subList(1, GOLDEN.size()).stream().map(g -> new ArticleGraph(g.name(), GraphFactory.createDefaultGraph())).toList());
            Set<Triple> left = tallies(store).stream().filter(t -> t.getPredicate().equals(speakerLabel)).collect(Collectors.toSet());
            assertEquals(recounted(store).stream().filter(t -> t.getPredicate().equals(speakerLabel)).collect(Collectors.toSet()), left);
            assertTrue(left.size() < onChannels.size(), "names of speakers of the emptied graphs left their channels: " + left);
        }
    }

    /**
     * Each event tally's articles and places as one text (what articles-per-event reads) are its article and place rows'
     * names, sorted and joined by "; ", also after graphs are emptied; a tally without place rows has no places text.
     */
    @Test
    void anEventTallysTextsAreItsRowsNamesSorted() {
        try (TdbStore store = TdbStore.open(dir.resolve("db"))) {
            store.replace(GOLDEN);
            assertEquals(expectedEventTexts(store), eventTexts(store));
            assertTrue(eventTexts(store).stream().anyMatch(t -> t.getPredicate().getURI().endsWith("eventPlaces") && t.getObject().getLiteralLexicalForm().contains("; ")),
                    "an event with two places: " + eventTexts(store));
            store.replace(GOLDEN.subList(1, GOLDEN.size()).stream().map(g -> new ArticleGraph(g.name(), GraphFactory.createDefaultGraph())).toList());
            assertFalse(eventTexts(store).isEmpty());
            assertEquals(expectedEventTexts(store), eventTexts(store));
        }
    }

    private static Set<Triple> eventTexts(TdbStore store) {
        return tallies(store).stream().filter(t -> t.getPredicate().getURI().matches("https://w3id.org/newskg#event(ArticleIds|Places)")).collect(Collectors.toSet());
    }

    /** The texts made in Java from the rows: per event tally, the names of its rows that count more than 0, sorted. */
    private static Set<Triple> expectedEventTexts(TdbStore store) {
        Set<Triple> all = tallies(store);
        java.util.Map<String, java.util.Map<Node, java.util.TreeSet<String>>> names = new java.util.HashMap<>();
        for (String[] kind : List.of(new String[] {"ofEvent", "ofArticle", "eventArticleIds"}, new String[] {"ofLocatedEvent", "ofPlace", "eventPlaces"}))
            for (Triple row : all)
                if (row.getPredicate().getURI().equals("https://w3id.org/newskg#" + kind[0])) {
                    Node r = row.getSubject();
                    long count = all.stream().filter(t -> t.getSubject().equals(r) && t.getPredicate().getURI().endsWith("#count"))
                            .mapToLong(t -> ((Number) t.getObject().getLiteralValue()).longValue()).sum();
                    if (count > 0)
                        all.stream().filter(t -> t.getSubject().equals(r) && t.getPredicate().getURI().equals("https://w3id.org/newskg#" + kind[1]))
                                .forEach(t -> names.computeIfAbsent(kind[2], k -> new java.util.HashMap<>())
                                        .computeIfAbsent(row.getObject(), k -> new java.util.TreeSet<>()).add(t.getObject().getLiteralLexicalForm()));
                }
        Set<Triple> expected = new java.util.HashSet<>();
        names.forEach((p, byTally) -> byTally.forEach((t, n) -> expected.add(Triple.create(t, NodeFactory.createURI("https://w3id.org/newskg#" + p),
                NodeFactory.createLiteralString(String.join("; ", n))))));
        return expected;
    }

    /** A store whose tallies were counted by an older tallies.ru (version 1) is counted afresh when it is opened. */
    @Test
    void talliesOfAnOlderVersionAreCountedAfreshOnOpen() {
        Path db = dir.resolve("db");
        Set<Triple> current;
        try (TdbStore store = TdbStore.open(db)) {
            store.replace(GOLDEN);
            current = tallies(store);
            // as a store of version 1 would be: the marker says 1 and the newer rows are missing
            Txn.executeWrite(store.dataset(), () -> {
                store.dataset().deleteAny(Tallies.GRAPH, Tallies.GRAPH, Tallies.BUILT, Node.ANY);
                store.dataset().deleteAny(Tallies.GRAPH, Node.ANY, NodeFactory.createURI("https://w3id.org/newskg#ofOffice"), Node.ANY);
                store.dataset().add(Tallies.GRAPH, Tallies.GRAPH, Tallies.BUILT, NodeFactory.createLiteralDT("1", org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger));
            });
            assertFalse(Txn.calculateRead(store.dataset(), () -> Tallies.built(store.dataset())));
        }
        try (TdbStore store = TdbStore.open(db)) {
            assertEquals(current, tallies(store));
        }
    }

    /**
     * Every predicate tallies.ru reads in the article graphs is one that {@link Tallies#counts}: what lets a
     * replacement that adds and removes no such triple skip the tallies ({@link TdbStore#replace}), so a predicate added
     * to tallies.ru but not to the counted ones fails here instead of leaving stale counts. Patterns in the tallies'
     * own graph are not looked at; an element of a kind this walk does not know fails the test.
     */
    @Test
    void theTalliesReadOnlyThePredicatesTheyCount() {
        Set<Node> read = new java.util.HashSet<>();
        for (org.apache.jena.update.Update u : Tallies.bound(null, 1).getOperations())
            if (u instanceof org.apache.jena.sparql.modify.request.UpdateModify m) predicates(m.getWherePattern(), read);
        assertTrue(read.size() >= 10, "predicates read: " + read);
        for (Node p : read) assertTrue(Tallies.counts(p), p + " is read by tallies.ru but not among the counted predicates");
    }

    private static void predicates(org.apache.jena.sparql.syntax.Element e, Set<Node> read) {
        switch (e) {
            case org.apache.jena.sparql.syntax.ElementNamedGraph g -> { if (!g.getGraphNameNode().equals(Tallies.GRAPH)) predicates(g.getElement(), read); }
            case org.apache.jena.sparql.syntax.ElementGroup g -> g.getElements().forEach(x -> predicates(x, read));
            case org.apache.jena.sparql.syntax.ElementOptional o -> predicates(o.getOptionalElement(), read);
            case org.apache.jena.sparql.syntax.ElementUnion u -> u.getElements().forEach(x -> predicates(x, read));
            case org.apache.jena.sparql.syntax.ElementSubQuery q -> predicates(q.getQuery().getQueryPattern(), read);
            case org.apache.jena.sparql.syntax.ElementPathBlock b -> b.getPattern().forEach(tp -> {
                if (tp.isTriple()) read.add(tp.getPredicate());
                else links(tp.getPath(), read);
            });
            case org.apache.jena.sparql.syntax.ElementBind b -> { }
            case org.apache.jena.sparql.syntax.ElementFilter f -> {
                // FILTER (NOT) EXISTS patterns are read too
                if (f.getExpr() instanceof org.apache.jena.sparql.expr.ExprFunctionOp op) predicates(op.getElement(), read);
            }
            default -> throw new AssertionError("an element this test does not walk: " + e.getClass().getSimpleName());
        }
    }

    private static void links(org.apache.jena.sparql.path.Path p, Set<Node> read) {
        switch (p) {
            case org.apache.jena.sparql.path.P_Link l -> read.add(l.getNode());
            case org.apache.jena.sparql.path.P_Path2 two -> { links(two.getLeft(), read); links(two.getRight(), read); }
            case org.apache.jena.sparql.path.P_Path1 one -> links(one.getSubPath(), read);
            default -> throw new AssertionError("a path this test does not walk: " + p);
        }
    }

    private static Set<Triple> tallies(TdbStore store) {
        return Txn.calculateRead(store.dataset(), () -> store.dataset().getGraph(Tallies.GRAPH).find().toSet());
    }

    private static Set<Triple> recounted(TdbStore store) {
        Txn.executeWrite(store.dataset(), () -> Tallies.rebuild(store.dataset()));
        return tallies(store).stream().collect(Collectors.toSet());
    }

}
