package org.w3id.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.newskg.cli.StoreCommandsIT.Run;

/**
 * A mistyped {@code --store} on a command that reads: one line saying there is no store, exit code 1, and no
 * empty store left behind that would answer every later query with nothing (issue 14).
 */
class MissingStoreTest {
    @TempDir Path dir;

    @Test
    void readingCommandsOnAMissingStoreSaySoAndCreateNothing() {
        Path missing = dir.resolve("no-such-store");
        String[][] commands = {
            {"query", "channels", "--store", missing.toString()},
            {"export", "--store", missing.toString()},
            {"validate", "--store", missing.toString()},
            {"serve", "--port", "0", "--store", missing.toString()},
            {"compact", "--store", missing.toString()},
        };
        for (String[] c : commands) {
            Run r = UsageTest.run(c);
            assertEquals(1, r.code(), c[0] + ": " + r.err());
            assertEquals("newskg: " + missing + ": no store there (a store is made by 'newskg load INPUT --store " + missing + "')\n", r.err(), c[0]);
            assertFalse(Files.exists(missing), c[0] + " created " + missing);
        }
    }

    @Test
    void aDirectoryThatIsNoStoreIsNotMadeIntoOne() throws Exception {
        Path other = Files.createDirectories(dir.resolve("photos"));
        Files.writeString(other.resolve("holiday.txt"), "not a store");
        Run r = UsageTest.run("query", "channels", "--store", other.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("no store there"), r.err());
        try (var files = Files.list(other)) {
            assertEquals(1, files.count(), "nothing written into the directory");
        }
    }
}
