package org.w3id.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.newskg.cli.StoreCommandsIT.Run;

/**
 * Output files get the mode the umask gives, like any file a user's tools write (issue 14: they were 0600 whatever
 * the umask). The reference is a file created plainly in the same directory by this JVM, whose umask is the test's.
 */
class OutputModeTest {
    @TempDir Path dir;

    String mode(Path p) throws Exception { return PosixFilePermissions.toString(Files.getPosixFilePermissions(p)); }

    @Test
    void exportAndGazetteerImportFollowTheUmask() throws Exception {
        String expected = mode(Files.createFile(dir.resolve("reference")));
        String store = dir.resolve("db").toString();
        assertEquals(0, UsageTest.run("load", StoreCommandsIT.FIXTURE, "--store", store).code());
        Path out = dir.resolve("all.trig");
        Run export = UsageTest.run("export", "--store", store, "-o", out.toString());
        assertEquals(0, export.code(), export.err());
        assertEquals(expected, mode(out), "export");

        Run imported = UsageTest.run("gazetteer", "import", "src/test/resources/wikidata/import/clubs.csv", "--into", dir.toString());
        assertEquals(0, imported.code(), imported.err());
        assertEquals(expected, mode(dir.resolve("gazetteer.tsv")), "gazetteer import");
    }
}
