package org.w3id.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** The command line as a new user meets it (issue 14, "rough edges"): exit codes of bad usage and help that reads whole. */
class UsageTest {
    @TempDir Path dir;

    /** The command line as a user runs it, through the same helper as the store commands. */
    static StoreCommandsIT.Run run(String... args) { return StoreCommandsIT.run(args); }

    @Test
    void noCommandPrintsTheUsageAndIsBadUsage() {
        StoreCommandsIT.Run r = run();
        assertEquals(2, r.code());
        assertTrue(r.err().contains("Usage: newskg"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void anUnsupportedLanguageIsBadUsageAndCreatesNoStore() throws Exception {
        Path article = Files.writeString(dir.resolve("a.txt"), "Der Minister sagte, er komme morgen.");
        assertEquals(2, run("extract", article.toString(), "--lang", "fr").code());
        StoreCommandsIT.Run load = run("load", article.toString(), "--lang", "fr", "--store", dir.resolve("db").toString());
        assertEquals(2, load.code());
        assertEquals("newskg: --lang: unsupported language 'fr' (supported: de, en)\n", load.err());
        assertFalse(Files.exists(dir.resolve("db")), "no store made for a command that never ran");
    }

    @Test
    void aMissingInputIsBadUsageBeforeAStoreIsCreated() {
        StoreCommandsIT.Run load = run("load", dir.resolve("nosuch.txt").toString(), "--store", dir.resolve("db").toString());
        assertEquals(2, load.code());
        assertEquals("newskg: " + dir.resolve("nosuch.txt") + ": no such file or directory\n", load.err());
        assertFalse(Files.exists(dir.resolve("db")));
    }

    /** The launcher's start-up archive run: every shipped query on an empty store, nothing printed, hidden from the help. */
    @Test
    void warmUpRunsQuietlyAndIsNotInTheHelp() {
        StoreCommandsIT.Run r = run("warm-up");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.out() + r.err());
        assertFalse(run("--help").out().contains("warm-up"));
    }

    @Test
    void compactListsOnlyTheOptionsItTakes() {
        StoreCommandsIT.Run help = run("compact", "--help");
        assertTrue(help.out().contains("--store=DIR"), help.out());
        assertFalse(help.out().contains("--endpoint"), help.out());
        assertFalse(help.out().contains("--password-file"), help.out());
    }

    /** Each command's summary in {@code newskg --help} is the first line of its description: a whole sentence. */
    @Test
    void everyCommandSummaryIsAWholeSentence() {
        for (CommandLine sub : Main.commandLine().getSubcommands().values()) {
            String[] d = sub.getCommandSpec().usageMessage().description();
            if (d.length == 0) continue;
            assertTrue(d[0].endsWith(".") || d[0].endsWith(".)"), sub.getCommandName() + ": summary cut mid-sentence: " + d[0]);
        }
    }

    /** Help is wrapped between words: "e.g." or "./newskg-store" never split over two lines. */
    @Test
    void helpIsNeverWrappedInsideAWord() {
        List<String> broken = new ArrayList<>();
        check(Main.commandLine(), broken);
        assertEquals(List.of(), broken);
    }

    private static void check(CommandLine cl, List<String> broken) {
        String help = cl.getUsageMessage(CommandLine.Help.Ansi.OFF);
        List<String> texts = new ArrayList<>(List.of(cl.getCommandSpec().usageMessage().description()));
        for (OptionSpec o : cl.getCommandSpec().options()) texts.addAll(List.of(o.description()));
        for (PositionalParamSpec p : cl.getCommandSpec().positionalParameters()) texts.addAll(List.of(p.description()));
        for (String t : texts)
            for (String word : t.replace("%%", "%").replace("%n", " ").split("\\s+"))
                if (!word.isEmpty() && !word.contains("${") && !help.contains(word)) broken.add(cl.getCommandSpec().qualifiedName() + ": " + word);
        for (CommandLine sub : cl.getSubcommands().values())
            if (sub.getCommandSpec().parent() == cl.getCommandSpec() && !sub.getCommandName().equals("help")) check(sub, broken);
    }
}
