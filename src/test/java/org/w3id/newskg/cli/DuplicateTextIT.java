package org.w3id.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.newskg.cli.StoreCommandsIT.Run;

/** One text under two names (issue 14): a one-line warning naming both files, and each graph records the text's hash. */
class DuplicateTextIT {
    @TempDir Path dir;

    @Test
    void theSameTextTwiceIsWarnedOfAndBothGraphsCarryItsHash() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        String text = "Die Ministerin Jana Kühn sagte am Montag in Bremen: „Wir bauen den Hafen aus.“\n";
        Files.writeString(in.resolve("hafen.de.txt"), text);
        Files.writeString(in.resolve("hafen-kopie.de.txt"), text);
        Files.writeString(in.resolve("anders.de.txt"), "Der Bürgermeister Tom Weber sagte, die Stadt spare.\n");
        Path out = dir.resolve("out");
        Run r = UsageTest.run("extract", in.toString(), "-o", out.toString(), "--lang", "de", "--threads", "1");
        assertEquals(0, r.code(), r.err());
        List<String> warnings = r.err().lines().filter(l -> l.startsWith("newskg: warning:")).toList();
        assertEquals(List.of("newskg: warning: " + in.resolve("hafen-kopie.de.txt") + " and " + in.resolve("hafen.de.txt")
                + " have the same text: their graphs (hafen-kopie.de, hafen.de) hold the same statements twice"), warnings, r.err());
        String a = Files.readString(out.resolve("hafen.de.ttl")), b = Files.readString(out.resolve("hafen-kopie.de.ttl"));
        java.util.regex.Matcher ma = java.util.regex.Pattern.compile("schema:sha256\\s+\"([0-9a-f]{64})\"").matcher(a);
        java.util.regex.Matcher mb = java.util.regex.Pattern.compile("schema:sha256\\s+\"([0-9a-f]{64})\"").matcher(b);
        assertTrue(ma.find() && mb.find(), "hash missing:\n" + a);
        assertEquals(ma.group(1), mb.group(1));
        Run valid = UsageTest.run("validate", out.resolve("hafen.de.ttl").toString());
        assertEquals(0, valid.code(), valid.out());
    }
}
