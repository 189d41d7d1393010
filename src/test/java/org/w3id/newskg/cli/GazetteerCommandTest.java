package org.w3id.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code newskg gazetteer import} through the command line (issue 6). */
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
    void anUnknownWikidataModeIsBadUsage() {
        int code = run("extract", "--wikidata", "sometimes", "-o", dir.toString(), dir.toString());
        assertEquals(2, code);
        assertTrue(err.toString().contains("--wikidata: unknown mode 'sometimes' (offline, online, none)"), err::toString);
    }
}
