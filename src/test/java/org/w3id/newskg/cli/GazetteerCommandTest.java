package org.w3id.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code newskg gazetteer import} (issue 6) and {@code newskg gazetteer build} (issue 13) through the command line. */
class GazetteerCommandTest {
    @TempDir Path dir;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(String... args) { return Main.execute(new PrintWriter(out), new PrintWriter(err), args); }

    @Test
    void importsIntoTheGivenDirectory() throws Exception {
        int code = run("gazetteer", "import", "src/test/resources/wikidata/import/clubs.csv", "--into", dir.toString());
        assertEquals(0, code, err::toString);
        assertTrue(out.toString().startsWith("2 item(s) imported into " + dir.resolve("gazetteer.tsv") + " (2 new, 0 replaced)"), out::toString);
        assertTrue(Files.readString(dir.resolve("gazetteer.tsv")).contains("Q999000403\torganisation\tFC Musterstadt"));
    }

    @Test
    void aBadFileIsOneLineAndExitCodeOne() {
        int code = run("gazetteer", "import", "src/test/resources/wikidata/import/bad-item.csv", "--into", dir.toString());
        assertEquals(1, code);
        assertEquals(1, err.toString().lines().count(), err::toString);
        assertTrue(err.toString().startsWith("newskg: ") && err.toString().contains("bad-item.csv:3"), err::toString);
    }

    @Test
    void anUnknownTypeIsBadUsage() {
        int code = run("gazetteer", "import", "src/test/resources/wikidata/import/clubs.csv", "--into", dir.toString(), "--type", "planet");
        assertEquals(2, code);
        assertTrue(err.toString().contains("--type: unknown type 'planet'"), err::toString);
    }

    @Test
    void buildsFromSourcesIntoADataDirectory() throws Exception {
        Path sources = Files.createDirectories(dir.resolve("sources"));
        Path data = Files.createDirectories(dir.resolve("data"));
        for (String rules : new String[] {"offices.tsv", "person-names.tsv", "names-de.tsv"})
            Files.copy(Path.of("data/wikidata").resolve(rules), data.resolve(rules));
        String url = "https://github.com/every-politician-scrapers/musterland-cabinet/blob/" + "a".repeat(40) + "/html/holders21.csv";
        Files.writeString(sources.resolve("entities.tsv"), "qid\ttype\tlabel_en\tlabels_de\taliases\tdescription\tevidence\tevidence_de\n");
        Files.writeString(sources.resolve("officeholders.tsv"),
                "qid\tlabel_en\tlabel_de\toffice\toffice_qid\tcountry\tcountry_qid\tstart\tend\tevidence\tas_of\tother_labels_en\n"
                + "Q999000041\tJana Beispiel\t\tMinister of Finance\t\tMusterland\tQ999000100\t2020\t\t" + url + "\t2022-08-03\t\n");
        int code = run("gazetteer", "build", "--sources", sources.toString(), "--into", data.toString());
        assertEquals(0, code, err::toString);
        assertTrue(out.toString().contains("2 item(s), 1 holding(s) written to " + data), out::toString);
        assertTrue(Files.readString(data.resolve("gazetteer.tsv")).contains("Q999000041\tperson\tJana Beispiel"));
        assertTrue(Files.readString(data.resolve("sources.tsv")).contains("S1\t" + url));
    }

    @Test
    void buildingWithoutSourcesIsBadUsage() {
        int code = run("gazetteer", "build", "--sources", dir.resolve("nowhere").toString(), "--into", dir.toString());
        assertEquals(2, code);
        assertEquals(1, err.toString().lines().count(), err::toString);
        assertTrue(err.toString().contains("entities.tsv: missing (give the folder with --sources)"), err::toString);
    }

    @Test
    void anUnknownWikidataModeIsBadUsage() {
        int code = run("extract", "--wikidata", "sometimes", "-o", dir.toString(), dir.toString());
        assertEquals(2, code);
        assertTrue(err.toString().contains("--wikidata: unknown mode 'sometimes' (offline, online, none)"), err::toString);
    }
}
