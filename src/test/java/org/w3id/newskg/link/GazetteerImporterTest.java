package org.w3id.newskg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.newskg.kb.Gazetteer;
import org.w3id.newskg.model.EntityRef;
import org.w3id.newskg.model.LinkDecision;

/** Importing Wikidata exports into a user gazetteer, and linking with it beside the shipped one (issue 6). */
class GazetteerImporterTest {
    static final Path IMPORT = Path.of("src/test/resources/wikidata/import");
    @TempDir Path dir;

    Map<String, Gazetteer.Item> byQid(Path gazetteer) {
        Map<String, Gazetteer.Item> m = new java.util.LinkedHashMap<>();
        Gazetteer.read(gazetteer).items().forEach(i -> m.put(i.qid(), i));
        return m;
    }

    @Test
    void aSparqlJsonResultMergesTheRowsOfOneItem() {
        Path g = dir.resolve("gazetteer.tsv");
        GazetteerImporter.Result r = GazetteerImporter.importInto(IMPORT.resolve("ministers.sparql.json"), g, Optional.empty());
        assertEquals(2, r.imported());
        Map<String, Gazetteer.Item> items = byQid(g);
        Gazetteer.Item jana = items.get("Q999000401");
        assertEquals("person", jana.type());
        assertEquals(List.of("Jana Beispiel"), jana.labelsDe());
        assertTrue(jana.names().containsAll(List.of("Jana Beispiel", "J. Beispiel", "Jana Marie Beispiel")), jana.names()::toString);
        assertEquals("foreign minister of Musterland", jana.description());
        assertTrue(jana.evidence().contains("ministers.sparql.json") && jana.evidence().contains("wikidata.org/wiki/Q999000401"), jana.evidence());
        assertEquals("organisation", items.get("Q999000402").type());
    }

    @Test
    void aCsvResultWithQuotedFieldsAndSplitAltLabels() {
        Path g = dir.resolve("gazetteer.tsv");
        GazetteerImporter.importInto(IMPORT.resolve("clubs.csv"), g, Optional.empty());
        Gazetteer.Item club = byQid(g).get("Q999000403");
        assertEquals(List.of("FC Musterstadt", "FCM", "FC Musterstadt 1900"), club.names());
        assertEquals("football club in Musterstadt, Musterland", club.description());
        assertEquals("person", byQid(g).get("Q999000404").type());
    }

    @Test
    void aDumpSubsetTakesHumansByP31AndOthersByTheTypeGiven() {
        Path g = dir.resolve("gazetteer.tsv");
        List<String> warnings = new ArrayList<>();
        assertEquals(1, GazetteerImporter.read(IMPORT.resolve("dump-subset.json"), Optional.empty(), warnings).size());
        assertTrue(warnings.getFirst().contains("Q999000406") && warnings.getFirst().contains("--type"), warnings::toString);
        GazetteerImporter.importInto(IMPORT.resolve("dump-subset.json"), g, Optional.of("organization"));
        assertEquals("person", byQid(g).get("Q999000405").type());
        assertEquals("organisation", byQid(g).get("Q999000406").type());
    }

    @Test
    void aSecondImportReplacesItemsAndKeepsTheOthers() {
        Path g = dir.resolve("gazetteer.tsv");
        GazetteerImporter.importInto(IMPORT.resolve("ministers.sparql.json"), g, Optional.empty());
        GazetteerImporter.Result r = GazetteerImporter.importInto(IMPORT.resolve("ministers.sparql.json"), g, Optional.empty());
        assertEquals(0, r.added());
        assertEquals(2, r.updated());
        GazetteerImporter.Result r2 = GazetteerImporter.importInto(IMPORT.resolve("clubs.csv"), g, Optional.empty());
        assertEquals(4, r2.total());
    }

    @Test
    void aBadRowStopsTheImportNamingFileAndLineAndWritesNothing() {
        Path g = dir.resolve("gazetteer.tsv");
        LinkException e = assertThrows(LinkException.class, () -> GazetteerImporter.importInto(IMPORT.resolve("bad-item.csv"), g, Optional.empty()));
        assertTrue(e.getMessage().contains("bad-item.csv:3") && e.getMessage().contains("not a Wikidata item"), e.getMessage());
        assertFalse(Files.exists(g));
    }

    @Test
    void aFileWithoutTypesNeedsTheTypeOption() throws IOException {
        Path f = dir.resolve("untyped.csv");
        Files.writeString(f, "item,itemLabel\nQ999000408,Max Kraus\n");
        LinkException e = assertThrows(LinkException.class, () -> GazetteerImporter.importInto(f, dir.resolve("g.tsv"), Optional.empty()));
        assertTrue(e.getMessage().contains("--type"), e.getMessage());
        assertEquals(1, GazetteerImporter.importInto(f, dir.resolve("g.tsv"), Optional.of("person")).imported());
    }

    @Test
    void theLinkerReadsTheUserGazetteerBesideTheShippedOne() {
        Path g = dir.resolve("gazetteer.tsv");
        GazetteerImporter.importInto(IMPORT.resolve("ministers.sparql.json"), g, Optional.empty());
        Linker l = Linkers.create(Linkers.Mode.OFFLINE, dir.resolve("cache"), Optional.of(g), w -> {});
        Map<EntityRef, LinkDecision> d = l.link(LinkFixtures.extraction("de",
                List.of(LinkFixtures.person("p1", "Jana Marie Beispiel"), LinkFixtures.person("p2", "Wladimir Putin"))));
        assertEquals("Q999000401", assertInstanceOf(LinkDecision.Linked.class, d.get(new EntityRef("p1"))).qid());
        assertEquals("Q7747", assertInstanceOf(LinkDecision.Linked.class, d.get(new EntityRef("p2"))).qid());
    }
}
