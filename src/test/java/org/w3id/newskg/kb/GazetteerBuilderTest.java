package org.w3id.newskg.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gazetteer build (issue 13): the shipped files are what a build of the shared sources gives, byte for byte; and
 * on invented sources, what the build keeps, rejects, merges, flags and generates.
 */
class GazetteerBuilderTest {
    static final Path DATA = Path.of("data/wikidata");
    static final List<String> BUILT = List.of("gazetteer.tsv", "holders.tsv", "sources.tsv", "build-log.tsv");

    /** The shared source folder: $NEWSKG_SHARED/wikidata, else ../shared/wikidata beside the project. */
    static Optional<Path> sharedSources() {
        String env = System.getenv("NEWSKG_SHARED");
        Path p = env != null && !env.isBlank() ? Path.of(env, "wikidata") : Path.of("..", "shared", "wikidata");
        return Files.isRegularFile(p.resolve("officeholders.tsv")) ? Optional.of(p) : Optional.empty();
    }

    @Test
    void theShippedFilesAreTheBuildOfTheSources() throws IOException {
        Optional<Path> sources = sharedSources();
        assertTrue(sources.isPresent(), "the shared sources (../shared/wikidata or $NEWSKG_SHARED/wikidata) are not here: without them the shipped files cannot be checked");
        GazetteerBuilder.Result r = GazetteerBuilder.build(sources.get(), DATA);
        List<List<String>> built = List.of(r.gazetteer(), r.holders(), r.sources(), r.log());
        for (int i = 0; i < BUILT.size(); i++) {
            List<String> shipped = Files.readAllLines(DATA.resolve(BUILT.get(i)), StandardCharsets.UTF_8);
            List<String> fresh = built.get(i);
            String file = BUILT.get(i);
            for (int n = 0; n < Math.min(shipped.size(), fresh.size()); n++) {
                int line = n;
                assertEquals(fresh.get(n), shipped.get(n), () -> "data/wikidata/" + file + ":" + (line + 1)
                        + " is not what the build gives; run ./newskg gazetteer build and commit the result");
            }
            assertEquals(fresh.size(), shipped.size(), () -> "data/wikidata/" + file + ": lines; run ./newskg gazetteer build");
        }
    }

    @Test
    void whatTheBuildKeepsRejectsAndGenerates(@TempDir Path dir) throws IOException {
        String wl = "https://github.com/every-politician-scrapers/world-leaders-2021/blob/" + "a".repeat(40) + "/data/wikidata.csv";
        String cab = "https://github.com/every-politician-scrapers/musterland-cabinet/blob/" + "b".repeat(40) + "/html/holders21.csv";
        String spoc = "https://github.com/SpocWiki/_Standards/blob/" + "c".repeat(40) + "/Russia.md";
        Files.writeString(dir.resolve("entities.tsv"), String.join("\n",
                "qid\ttype\tlabel_en\tlabels_de\taliases\tdescription\tevidence\tevidence_de",
                "Q999000100\tcountry\tRussia\tRussland\t\tcountry\t" + spoc + "\t" + spoc,
                "Q999000031\tperson\tVladislav Beispelov\t\t\thead of state of Russia\t" + spoc + "\t",
                "Q999000300\tcity\tMoscow\t\t\tcapital of Russia\t" + spoc + "\t") + "\n");
        String head = "qid\tlabel_en\tlabel_de\toffice\toffice_qid\tcountry\tcountry_qid\tstart\tend\tevidence\tas_of\tother_labels_en";
        Files.writeString(dir.resolve("officeholders.tsv"), String.join("\n", head,
                String.join("\t", "Q999000031", "Vladislav Beispelov", "", "President of Russia", "Q999000500", "Russia", "Q999000100", "2012", "", wl, "", ""),
                String.join("\t", "Q999000032", "Sergey Musterov", "", "Minister of Foreign Affairs", "Q999000501", "Russia", "Q999000100", "2004-03-09", "", cab, "2022-08-03", ""),
                String.join("\t", "Q999000033", "Ivan Musterov", "", "Deputy Minister of Finance", "Q999000502", "Russia", "Q999000100", "2011", "", cab, "2022-08-03", ""),
                String.join("\t", "Q999000034", "Horik Beispiel", "", "monarch of Musterland", "Q999000503", "Musterland", "Q999000101", "854", "", wl, "", ""),
                String.join("\t", "Q999000035", "", "", "President of Musterland", "Q999000504", "Musterland", "Q999000101", "2026", "", wl, "", ""),
                String.join("\t", "Q999000036", "Abu Beispiel", "", "emir", "Q999000505", "Islamic Emirate of Afghanistan", "Q999000102", "2010", "", wl, "", ""),
                String.join("\t", "Q999000037", "Nayib beispiel", "", "President of Musterland", "Q999000504", "Musterland", "Q999000101", "2019", "", wl, "",
                        "Nayib Beispiel"),
                String.join("\t", "Q999000038", "Tom Novak", "", "Premier of Musterstadt", "Q999000506", "the Republic of Musterland", "Q999000101", "2015",
                        "", cab, "2022-08-03", ""),
                String.join("\t", "Q999000039", "Ana Uno", "", "President of Musterland", "Q999000504", "Musterland", "Q999000101", "2025", "", wl, "", ""),
                String.join("\t", "Q999000040", "Bea Dos", "", "President of Musterland", "Q999000504", "Musterland", "Q999000101", "2025", "", wl, "", ""))
                + "\n");
        GazetteerBuilder.Result r = GazetteerBuilder.build(dir, DATA);

        List<String> log = r.log();
        assertTrue(has(log, "rejected-row\tofficeholders.tsv:5\tQ999000034\tHorik Beispiel\tmonarch of Musterland\tstarts before 1900"), log::toString);
        assertTrue(has(log, "rejected-row\tofficeholders.tsv:6\tQ999000035\t-\tPresident of Musterland\tno English name"), log::toString);
        assertTrue(has(log, "rejected-row\tofficeholders.tsv:7\tQ999000036\tAbu Beispiel\temir\tthe generic position 'emir'"), log::toString);
        assertTrue(has(log, "contested\tofficeholders.tsv:10\tQ999000039"), log::toString);
        assertTrue(r.summary().stream().anyMatch(s -> s.startsWith("all\t10\t7\t10\t7\t3 rows")), r.summary()::toString);

        List<String[]> items = rows(r.gazetteer());
        String[] putin = item(items, "Q999000031");
        assertEquals("head of state of Russia", putin[5], "an entities.tsv person keeps its row");
        assertEquals("Wladislaw Beispelow", putin[7], "German form generated by the Russian scheme");
        assertEquals("ru", putin[8]);
        assertTrue(putin[6].matches("S[0-9]+( S[0-9]+)+"), "the entities row's evidence and the holdings' as source ids: " + putin[6]);
        String[] musterov = item(items, "Q999000032");
        assertEquals("Sergei Musterow", musterov[7]);
        assertEquals("Musterov;Musterow", musterov[9]);
        assertTrue(musterov[5].startsWith("held: Minister of Foreign Affairs (Russia, 2004-03-09–)"), musterov[5]);
        assertEquals(null, find(items, "Q999000034"), "a person with every row rejected is left out");
        String[] nayib = item(items, "Q999000037");
        assertEquals("Nayib Beispiel", nayib[2], "a label with capitals before one without");
        assertEquals("-", nayib[4], "the other label differs only in case: one name");
        assertEquals("Beispiel", nayib[9]);
        String[] moscow = item(items, "Q999000300");
        assertEquals("Moskau", moscow[7], "names-de.tsv gives capitals their German names");
        String[] musterland = item(items, "Q999000101");
        assertEquals("country", musterland[1]);
        assertEquals("Musterland", musterland[2]);
        assertEquals("Republic of Musterland", musterland[4], "'the' is not part of a country's name");

        List<String[]> holders = rows(r.holders());
        assertEquals(7, holders.size());
        String[] president = holder(holders, "Q999000031");
        assertEquals("any/president,politics/head-of-state", president[3]);
        assertEquals("2026", president[7], "a source without a date: the latest date it holds (a rejected row of 2026)");
        assertEquals("as-of-from-data", president[8]);
        assertEquals("politics/deputy-minister", holder(holders, "Q999000033")[3]);
        assertEquals("politics/regional-head", holder(holders, "Q999000038")[3], "a premier of a city is not the head of government");
        assertEquals("as-of-from-data,contested", holder(holders, "Q999000039")[8]);
        assertTrue(r.sources().contains("S1\t" + wl) || r.sources().stream().anyMatch(l -> l.endsWith("\t" + wl)), r.sources()::toString);

        GazetteerBuilder.write(r, dir.resolve("out"));
        for (String f : BUILT) assertTrue(Files.isRegularFile(dir.resolve("out").resolve(f)), f);
        Gazetteer g;
        try (var in = Files.newInputStream(dir.resolve("out/gazetteer.tsv")); var s = Files.newInputStream(dir.resolve("out/sources.tsv"))) {
            g = Gazetteer.read(in, Gazetteer.readSources(s, "sources.tsv"), "gazetteer.tsv");
        }
        assertEquals(List.of("Q999000032", "Q999000033"), g.personsBySurname("Musterows").stream().map(Gazetteer.Item::qid).toList());
        assertTrue(g.item("Q999000032").orElseThrow().evidence().equals(cab), g.item("Q999000032").orElseThrow().evidence());
    }

    private static boolean has(List<String> log, String start) {
        return log.stream().anyMatch(l -> l.startsWith(start));
    }

    private static List<String[]> rows(List<String> lines) {
        List<String[]> out = new ArrayList<>();
        for (String l : lines) if (!l.startsWith("#")) out.add(l.split("\t", -1));
        return out;
    }

    private static String[] find(List<String[]> rows, String qid) {
        return rows.stream().filter(r -> r[0].equals(qid)).findFirst().orElse(null);
    }

    private static String[] item(List<String[]> rows, String qid) {
        String[] r = find(rows, qid);
        assertTrue(r != null, qid + " missing");
        return r;
    }

    private static String[] holder(List<String[]> rows, String qid) { return item(rows, qid); }
}
