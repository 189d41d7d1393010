package org.w3id.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.newskg.cli.StoreCommandsIT.Run;

/** {@code newskg query} knows newskg's prefixes without PREFIX lines and writes CONSTRUCT results with them (issue 14). */
class QueryPrefixesTest {
    @TempDir Path dir;

    @Test
    void aQueryNeedsNoPrefixLinesAndAConstructIsWrittenWithThePrefixes() {
        String store = dir.resolve("db").toString();
        assertEquals(0, UsageTest.run("load", StoreCommandsIT.FIXTURE, "--store", store).code());
        Run count = UsageTest.run("query", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s a schema:Quotation ; nkg:kind nkg:DirectQuote } }", "-f", "csv", "--store", store);
        assertEquals(0, count.code(), count.err());
        assertEquals("n\r\n9\r\n", count.out());

        Run construct = UsageTest.run("query", "CONSTRUCT { ?s prov:wasAttributedTo ?p } WHERE { GRAPH ?g { ?s a schema:Quotation ; prov:wasAttributedTo ?p } }", "--store", store);
        assertEquals(0, construct.code(), construct.err());
        assertTrue(construct.out().contains("PREFIX prov:"), construct.out());
        assertTrue(construct.out().contains("prov:wasAttributedTo"), construct.out());
        assertTrue(!construct.out().contains("<http://www.w3.org/ns/prov#wasAttributedTo>"), construct.out());
    }
}
