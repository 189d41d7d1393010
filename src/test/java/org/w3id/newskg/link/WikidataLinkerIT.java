package org.w3id.newskg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.newskg.model.Entity;
import org.w3id.newskg.model.EntityRef;
import org.w3id.newskg.model.EntityType;
import org.w3id.newskg.model.Extraction;
import org.w3id.newskg.model.LinkDecision;

/** The online linker against a local server that replays Wikidata's answers (issue 6); no test needs the internet. */
class WikidataLinkerIT {
    @TempDir Path cache;
    WikidataReplayServer server;
    final List<String> warnings = new ArrayList<>();

    @BeforeEach
    void start() throws IOException { server = new WikidataReplayServer(); }

    @AfterEach
    void stop() { server.close(); }

    Linker linker(URI endpoint) {
        return Linkers.create(Linkers.Mode.ONLINE, WikidataClient.create().endpoint(endpoint).cache(cache)
                .retries(2, Duration.ofMillis(10)).minInterval(Duration.ZERO).timeouts(Duration.ofSeconds(2), Duration.ofSeconds(5)),
                Optional.empty(), warnings::add);
    }

    static Extraction article(String lang, Entity... entities) {
        return LinkFixtures.extraction(lang, List.of(entities));
    }

    static Entity place(String ref, String label) {
        return LinkFixtures.entity(ref, EntityType.PLACE, label, Set.of(label), List.of(), Optional.empty(), List.of());
    }

    @Test
    void linksAHumanWhosePositionHeldAgreesWithTheArticle() {
        Map<EntityRef, LinkDecision> d = linker(server.endpoint()).link(article("de", LinkFixtures.person("p1", "Otto Probe", "Bürgermeister")));
        LinkDecision.Linked l = assertInstanceOf(LinkDecision.Linked.class, d.get(new EntityRef("p1")));
        assertEquals("Q999000013", l.qid());
        assertTrue(l.evidence().contains("wbsearchentities 'Otto Probe'"), l.evidence());
        assertTrue(l.evidence().contains("Bürgermeister"), l.evidence());
        assertTrue(server.userAgents.stream().allMatch(ua -> ua.startsWith("newskg/") && ua.contains("https://")), server.userAgents::toString);
        assertEquals(List.of(), warnings);
    }

    @Test
    void aHumanFoundOnlineWithoutContextStaysUnsure() {
        LinkDecision d = linker(server.endpoint()).link(article("de", LinkFixtures.person("p1", "Otto Probe"))).get(new EntityRef("p1"));
        LinkDecision.Unsure u = assertInstanceOf(LinkDecision.Unsure.class, d);
        assertEquals(List.of("Q999000013"), u.candidates().stream().map(LinkDecision.Candidate::qid).toList(), "the street is no person");
    }

    @Test
    void twoHumansOfOneNameAreToldApartByOffice() {
        Map<EntityRef, LinkDecision> d = linker(server.endpoint()).link(article("de",
                LinkFixtures.person("p1", "Jana Beispiel", "Außenministerin"), LinkFixtures.person("p2", "Jana Beispiel", "Fußballtrainerin"),
                LinkFixtures.person("p3", "Jana Beispiel")));
        assertEquals("Q999000011", assertInstanceOf(LinkDecision.Linked.class, d.get(new EntityRef("p1"))).qid());
        assertEquals("Q999000012", assertInstanceOf(LinkDecision.Linked.class, d.get(new EntityRef("p2"))).qid());
        assertEquals(2, assertInstanceOf(LinkDecision.Unsure.class, d.get(new EntityRef("p3"))).candidates().size());
    }

    @Test
    void aPlaceOfOneNameAndTheRightTypeLinks() {
        LinkDecision d = linker(server.endpoint()).link(article("de", place("l1", "Musterstadt"))).get(new EntityRef("l1"));
        assertEquals("Q999000014", assertInstanceOf(LinkDecision.Linked.class, d).qid());
    }

    @Test
    void theGazetteerComesFirstAndNeedsNoRequest() {
        LinkDecision d = linker(server.endpoint()).link(article("de", LinkFixtures.person("p1", "Wladimir Putin"))).get(new EntityRef("p1"));
        assertEquals("Q7747", assertInstanceOf(LinkDecision.Linked.class, d).qid());
        assertEquals(0, server.requests.get());
    }

    @Test
    void aSecondRunIsAnsweredFromTheCacheWithTheSameDecisions() {
        Extraction ex = article("de", LinkFixtures.person("p1", "Otto Probe", "Bürgermeister"), LinkFixtures.person("p2", "Jana Beispiel"),
                place("l1", "Musterstadt"));
        Map<EntityRef, LinkDecision> first = linker(server.endpoint()).link(ex);
        int requests = server.requests.get();
        assertTrue(requests > 0);
        Map<EntityRef, LinkDecision> second = linker(server.endpoint()).link(ex);
        assertEquals(requests, server.requests.get(), "the second run made requests");
        assertEquals(first, second);
    }

    @Test
    void unreachableWikidataGivesOneLineAndLinkingGoesOnOffline() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) { port = s.getLocalPort(); }
        Linker l = linker(URI.create("http://127.0.0.1:" + port + "/w/api.php"));
        Map<EntityRef, LinkDecision> d = l.link(article("de", LinkFixtures.person("p1", "Otto Probe", "Bürgermeister"),
                LinkFixtures.person("p2", "Jana Beispiel"), LinkFixtures.person("p3", "Wladimir Putin")));
        assertEquals(1, warnings.size(), warnings::toString);
        assertTrue(warnings.getFirst().startsWith("wikidata: ") && warnings.getFirst().contains("cannot reach")
                && warnings.getFirst().contains("offline gazetteer only") && !warnings.getFirst().contains("\n"), warnings.getFirst());
        assertInstanceOf(LinkDecision.Unlinked.class, d.get(new EntityRef("p1")));
        assertEquals("Q7747", assertInstanceOf(LinkDecision.Linked.class, d.get(new EntityRef("p3"))).qid());
    }

    @Test
    void serverErrorsAreRetriedWithBackoff() {
        server.failNext(2, 503);
        LinkDecision d = linker(server.endpoint()).link(article("de", place("l1", "Musterstadt"))).get(new EntityRef("l1"));
        assertEquals("Q999000014", assertInstanceOf(LinkDecision.Linked.class, d).qid());
        assertTrue(server.requests.get() >= 4, "2 failures, then search and entities: " + server.requests.get());
        assertEquals(List.of(), warnings);
    }

    @Test
    void aClientErrorIsNotRetried() {
        server.failNext(5, 400);
        WikidataClient c = WikidataClient.create().endpoint(server.endpoint()).retries(3, Duration.ofMillis(10)).build();
        LinkException e = assertThrows(LinkException.class, () -> c.get(Map.of("action", "wbsearchentities", "search", "x")));
        assertTrue(e.getMessage().contains("HTTP 400"), e.getMessage());
        assertEquals(1, server.requests.get());
    }

    @Test
    void requestsKeepTheMinimumInterval() {
        WikidataClient c = WikidataClient.create().endpoint(server.endpoint()).minInterval(Duration.ofMillis(120)).build();
        for (String s : List.of("a", "b", "c", "d")) c.get(Map.of("action", "wbsearchentities", "search", s));
        List<Long> t = server.times;
        for (int i = 1; i < t.size(); i++)
            assertTrue(t.get(i) - t.get(i - 1) >= Duration.ofMillis(100).toNanos(), "requests " + (i - 1) + " and " + i + " too close");
    }

    @Test
    void theCacheKeepsWhatWasFetchedOnDisk() throws IOException {
        WikidataClient c = WikidataClient.create().endpoint(server.endpoint()).cache(cache).minInterval(Duration.ZERO).build();
        c.get(Map.of("action", "wbsearchentities", "search", "Musterstadt"));
        try (var files = Files.list(cache)) { assertEquals(1, files.filter(f -> f.toString().endsWith(".json")).count()); }
        c.get(Map.of("action", "wbsearchentities", "search", "Musterstadt"));
        assertEquals(1, server.requests.get());
        assertEquals(0, c.requests() - 1);
    }

    @Test
    void offlineIsTheDefaultAndMakesNoRequest() {
        Linker l = Linkers.create(Linkers.Mode.OFFLINE, cache, Optional.empty(), warnings::add);
        assertInstanceOf(GazetteerLinker.class, l);
        assertEquals(Linkers.Mode.OFFLINE, Linkers.Mode.parse("Offline"));
        assertThrows(IllegalArgumentException.class, () -> Linkers.Mode.parse("sometimes"));
        assertInstanceOf(LinkDecision.Unlinked.class, Linkers.create(Linkers.Mode.NONE, cache, Optional.empty(), warnings::add)
                .link(article("de", LinkFixtures.person("p1", "Wladimir Putin"))).get(new EntityRef("p1")));
    }
}
