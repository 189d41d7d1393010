package org.w3id.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.newskg.cli.StoreCommandsIT.Run;
import org.w3id.newskg.store.ServerSettings;
import org.w3id.newskg.store.SparqlServer;
import org.w3id.newskg.store.TdbStore;

/**
 * {@code load --endpoint} checks the server before extracting (issue 14): refused credentials are one line before
 * any article is read, and a dataset that is not there is called missing, not read-only.
 */
class RemoteLoadCheckIT {
    @TempDir Path dir;

    @Test
    void refusedCredentialsAndAMissingDatasetAreOneLineBeforeAnyExtraction() throws Exception {
        Path pw = Files.writeString(dir.resolve("passwd"), "loader:wrong\n");
        try (TdbStore backing = TdbStore.open(dir.resolve("remote"));
             SparqlServer server = SparqlServer.start(backing.dataset(), ServerSettings.defaults().withPort(0).withUsers(Map.of("loader", "s3cret")))) {
            Run refused = UsageTest.run("load", LoadArticleIT.ARTICLE, "--endpoint", server.datasetUrl(), "--password-file", pw.toString());
            assertEquals(1, refused.code());
            assertEquals("newskg: " + server.datasetUrl() + ": write check failed: 401 Unauthorized: the server refused user 'loader' or its password\n",
                    refused.err());
            assertFalse(refused.err().contains("newskg: load:"), "nothing was extracted");

            Files.writeString(pw, "loader:s3cret\n");
            Run missing = UsageTest.run("load", LoadArticleIT.ARTICLE, "--endpoint", server.serverUrl() + "/nosuch", "--password-file", pw.toString());
            assertEquals(1, missing.code());
            assertTrue(missing.err().contains("/nosuch: no such dataset"), missing.err());
            assertFalse(missing.err().contains("read-only"), missing.err());
            assertEquals(0, backing.size());
        }
    }
}
