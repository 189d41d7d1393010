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

    /** A text already in the store under another name is warned of at load time too; reloading the same name is not. */
    @Test
    void aTextAlreadyInTheStoreUnderAnotherNameIsWarnedOf() throws Exception {
        String text = "Die Ministerin Jana Kühn sagte am Montag in Bremen: „Wir bauen den Hafen aus.“\n";
        Path first = Files.writeString(Files.createDirectories(dir.resolve("a")).resolve("hafen.de.txt"), text);
        Path copy = Files.writeString(Files.createDirectories(dir.resolve("b")).resolve("hafen-kopie.de.txt"), text);
        Path store = dir.resolve("store");
        Run one = UsageTest.run("load", first.toString(), "--store", store.toString(), "--threads", "1");
        assertEquals(0, one.code(), one.err());
        Run again = UsageTest.run("load", first.toString(), "--store", store.toString(), "--threads", "1");
        assertEquals(0, again.code(), again.err());
        assertEquals(List.of(), again.err().lines().filter(l -> l.startsWith("newskg: warning:")).toList(), "reloading one name is no duplicate");
        Run two = UsageTest.run("load", copy.toString(), "--store", store.toString(), "--threads", "1");
        assertEquals(0, two.code(), two.err());
        assertEquals(List.of("newskg: warning: " + copy + " has the same text as <https://w3id.org/newskg/id/graph/hafen.de> in "
                + store + ": graph hafen-kopie.de will hold the same statements again"),
                two.err().lines().filter(l -> l.startsWith("newskg: warning:")).toList(), two.err());
    }
}
