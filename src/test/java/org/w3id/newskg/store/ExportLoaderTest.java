package org.w3id.newskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Exports into an empty store, into one that holds graphs, broken ones and files that are no RDF. */
class ExportLoaderTest {
    private static final Path FIXTURE = Path.of("src/test/resources/store/example.trig");
    private static final long FIXTURE_QUADS = 1468;
    @TempDir Path dir;
    private final List<String> notes = new ArrayList<>();

    @Test
    void anEmptyStoreTakesEveryGraphOfTheExport() {
        try (TdbStore store = TdbStore.open(dir.resolve("db"))) {
            GraphLoader.LoadReport r = ExportLoader.load(store, FIXTURE, 16, notes::add);
            assertEquals(List.of(Fixture.ALASKA.getURI(), Fixture.HARBOUR.getURI()), r.loaded().stream().sorted().toList());
            assertTrue(r.ok(), r.toString());
            assertEquals(FIXTURE_QUADS, store.size());
            assertEquals(List.of(), notes);
        }
    }

    @Test
    void aStoreThatHoldsGraphsHasThemReplacedNotDoubled() {
        try (TdbStore store = TdbStore.open(dir.resolve("db"))) {
            ExportLoader.load(store, FIXTURE, 16, notes::add);
            GraphLoader.LoadReport again = ExportLoader.load(store, FIXTURE, 1, notes::add);
            assertEquals(2, again.loaded().size(), again.toString());
            assertEquals(FIXTURE_QUADS, store.size());
        }
    }

    @Test
    void aGraphThatBreaksTheContractIsRefusedAndTheOthersStillLoad() throws Exception {
        Path broken = dir.resolve("broken.nq");
        Files.write(broken, Files.readAllLines(nq()).stream().filter(l -> !(l.contains("harbour-talks") && l.contains("newskg#kind"))).toList());
        try (TdbStore store = TdbStore.open(dir.resolve("db"))) {
            GraphLoader.LoadReport r = ExportLoader.load(store, broken, 16, notes::add);
            assertEquals(List.of(Fixture.ALASKA.getURI()), r.loaded());
            assertEquals(1, r.refused().size(), r.toString());
            assertTrue(r.refused().getFirst().startsWith("id:graph/harbour-talks.en: breaks the contract"), r.refused().getFirst());
            assertEquals(List.of(Fixture.ALASKA), store.graphNames(), "the broken graph is not stored, not even in part");
        }
    }

    @Test
    void aFileThatDoesNotParseLoadsNothingAndSaysWhere() throws Exception {
        Path bad = dir.resolve("bad.trig");
        Files.writeString(bad, "<https://w3id.org/newskg/id/graph/x> { <a> <b> \n");
        try (TdbStore store = TdbStore.open(dir.resolve("db"))) {
            GraphLoader.LoadReport r = ExportLoader.load(store, bad, 16, notes::add);
            assertEquals(List.of(), r.loaded());
            assertEquals(1, r.failed().size());
            assertTrue(r.failed().getFirst().startsWith(bad + ": not a valid export (") && r.failed().getFirst().contains("line"), r.failed().getFirst());
            assertTrue(store.isEmpty());
        }
    }

    /** Streaming gathers a graph's quads until the next graph comes; a graph in two parts must still load whole. */
    @Test
    void aGraphWhoseQuadsComeInTwoPartsLoadsWholeIntoAnEmptyStoreAndIntoAFullOne() throws Exception {
        List<String> lines = Files.readAllLines(nq());
        List<String> alaska = lines.stream().filter(l -> l.contains("graph/alaska-summit-reactions.de> .")).toList();
        List<String> harbour = lines.stream().filter(l -> !alaska.contains(l)).toList();
        List<String> interleaved = new ArrayList<>(alaska.subList(0, alaska.size() / 2));
        interleaved.addAll(harbour);
        interleaved.addAll(alaska.subList(alaska.size() / 2, alaska.size()));
        Path split = Files.write(dir.resolve("split.nq"), interleaved);
        try (TdbStore empty = TdbStore.open(dir.resolve("empty")); TdbStore full = TdbStore.open(dir.resolve("full"))) {
            full.replace(List.of(Fixture.graph(Fixture.HARBOUR)));
            for (TdbStore store : List.of(empty, full)) {
                GraphLoader.LoadReport r = ExportLoader.load(store, split, 16, notes::add);
                assertTrue(r.ok(), r.toString());
                assertEquals(FIXTURE_QUADS, store.size());
                assertEquals(Fixture.graph(Fixture.ALASKA).size(), store.size(Fixture.ALASKA), "the graph is whole");
            }
        }
    }

    /** A job's output in part files: one transaction for all of them; a graph split across two files still loads whole. */
    @Test
    void partFilesGoInOneTransactionAndAGraphAcrossTwoPartsLoadsWhole() throws Exception {
        List<String> lines = Files.readAllLines(nq());
        List<String> alaska = lines.stream().filter(l -> l.contains("graph/alaska-summit-reactions.de> .")).toList();
        List<String> harbour = lines.stream().filter(l -> !alaska.contains(l)).toList();
        Path a = Files.write(dir.resolve("part-0.nq"), alaska), h = Files.write(dir.resolve("part-1.nq"), harbour);
        List<String> mixed = new ArrayList<>(harbour);
        mixed.addAll(alaska.subList(0, 10));
        Path a2 = Files.write(dir.resolve("part-2.nq"), alaska.subList(10, alaska.size())), m = Files.write(dir.resolve("part-3.nq"), mixed);
        try (TdbStore parts = TdbStore.open(dir.resolve("parts")); TdbStore across = TdbStore.open(dir.resolve("across"))) {
            GraphLoader.LoadReport r = ExportLoader.load(parts, List.of(a, h), 16, notes::add);
            assertTrue(r.ok(), r.toString());
            assertEquals(FIXTURE_QUADS, parts.size());
            GraphLoader.LoadReport r2 = ExportLoader.load(across, List.of(a2, m), 16, notes::add);
            assertEquals(FIXTURE_QUADS, across.size(), r2.toString());
        }
    }

    @Test
    void aFileThatBreaksOffAfterItsFirstGraphLoadsNothingIntoAFullStore() throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(nq()));
        lines.add("<https://w3id.org/newskg/id/article/x> <https://schema.org/name> \"cut off");
        Path cut = Files.write(dir.resolve("cut.nq"), lines);
        try (TdbStore store = TdbStore.open(dir.resolve("db"))) {
            store.replace(List.of(Fixture.graph(Fixture.HARBOUR)));
            long before = store.size();
            GraphLoader.LoadReport r = ExportLoader.load(store, cut, 16, notes::add);
            assertEquals(List.of(), r.loaded());
            assertEquals(1, r.failed().size(), r.toString());
            assertEquals(before, store.size());
            assertEquals(List.of(Fixture.HARBOUR), store.graphNames());
        }
    }

    @Test
    void triplesInTheDefaultGraphAreLeftOutWithANote() throws Exception {
        Path withDefault = dir.resolve("default.nq");
        List<String> lines = new ArrayList<>(Files.readAllLines(nq()));
        lines.add("<https://example.org/s> <https://example.org/p> \"in no article\" .");
        Files.write(withDefault, lines);
        try (TdbStore store = TdbStore.open(dir.resolve("db"))) {
            GraphLoader.LoadReport r = ExportLoader.load(store, withDefault, 16, notes::add);
            assertEquals(2, r.loaded().size());
            assertEquals(List.of(withDefault + ": 1 triple(s) in the default graph left out (newskg keeps each article in its named graph)"), notes);
            assertEquals(FIXTURE_QUADS, store.size());
        }
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"dump.trig, true", "DUMP.NQ, true", "dir/a.nq, true", "article.txt, false", "a.ttl, false", "trig, false", "a.nq.txt, false"})
    void anExportIsKnownByItsEnding(String name, boolean export) {
        assertEquals(export, ExportLoader.isExport(Path.of(name)));
    }

    /** The fixture as N-Quads, one quad a line. */
    private Path nq() throws Exception {
        Path nq = dir.resolve("fixture.nq");
        try (OutputStream out = Files.newOutputStream(nq)) {
            RDFDataMgr.write(out, Fixture.dataset(), Lang.NQUADS);
        }
        return nq;
    }
}
