package org.w3id.newskg.pipeline;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes hostile inputs for the reader and the pipeline into a directory, from a seed: the same seed gives
 * the same files. Kinds: empty and blank files, binary data, truncated and invalid UTF-8, UTF-16 with and
 * without BOM, huge lines, deeply nested and broken HTML, JSON and JSON Lines, unbalanced and nested quotation
 * marks, mixed scripts and astral characters, right-to-left text and bidi controls, unsupported languages,
 * control characters, random mutations of good articles; with {@code huge} also 50 MB files. Each input says
 * what the reader must do with it: accept it, reject it, or either (when the outcome depends on a guess such
 * as the language of a few words). All passages are written for this test.
 */
final class BadInputs {
    enum Expect { ACCEPT, REJECT, EITHER }

    /** One generated file; {@code articles} is how many articles a JSON Lines file must give (-1: not fixed). */
    record Input(Path path, String kind, Expect expect, int articles) {
        boolean jsonLines() { return path.toString().endsWith(".jsonl") || path.toString().endsWith(".ndjson"); }
    }

    static final String DE = """
            Die Außenministerin Jana Beispiel traf am Dienstag in Graz ihren Kollegen Tom Novak. „Wir sind zu weiteren \
            Gesprächen bereit“, sagte Beispiel nach dem Treffen. Novak betonte, die Verhandlungen seien schwierig gewesen, \
            aber man habe sich auf einen Zeitplan geeinigt. Er schrieb später auf Telegram: »Die Häfen müssen offen bleiben.« \
            Laut Beispiel dauerte das Gespräch zwei Stunden und 45 Minuten.""";
    static final String EN = """
            Foreign Minister Emily Hollister met her counterpart Pavel Petrenko in Porto on Monday. “We are ready for \
            further talks,” Hollister said after the meeting. Petrenko stressed that the negotiations had been difficult \
            but that both sides had agreed on a timetable. He later wrote on X: "The ports have to stay open." According \
            to Hollister, the talks lasted two hours and 45 minutes.""";
    private static final String[] FOREIGN = {
            // French, Spanish, Polish, Dutch, Italian, Turkish: all written for this test
            "La ministre a rencontré son homologue mardi à Lyon. Elle a déclaré que les discussions avaient été difficiles, "
                    + "mais que les deux parties s'étaient mises d'accord sur un calendrier pour les prochaines semaines.",
            "La ministra se reunió con su homólogo el martes en Valencia. Dijo que las conversaciones habían sido difíciles, "
                    + "pero que ambas partes habían acordado un calendario para las próximas semanas.",
            "Ministra spotkała się we wtorek w Krakowie ze swoim odpowiednikiem. Powiedziała, że rozmowy były trudne, "
                    + "ale obie strony uzgodniły harmonogram na najbliższe tygodnie.",
            "De minister ontmoette dinsdag in Utrecht haar collega. Ze zei dat de gesprekken moeilijk waren geweest, "
                    + "maar dat beide partijen het eens waren geworden over een tijdschema voor de komende weken.",
            "La ministra ha incontrato martedì a Bologna il suo omologo. Ha detto che i colloqui erano stati difficili, "
                    + "ma che le due parti si erano accordate su un calendario per le prossime settimane.",
            "Bakan salı günü İzmir'de mevkidaşıyla görüştü. Görüşmelerin zor geçtiğini, ancak iki tarafın önümüzdeki "
                    + "haftalar için bir takvim üzerinde anlaştığını söyledi."};
    private static final String ARABIC = "قال الوزير إن المحادثات كانت صعبة لكن الجانبين اتفقا على جدول زمني للأسابيع المقبلة.";
    private static final String HEBREW = "השר אמר כי השיחות היו קשות אך הצדדים הסכימו על לוח זמנים לשבועות הקרובים.";
    private static final String[] ODD = {"\u200F", "\u200E", "\u202E", "\u202C", "\u2066", "\u2069", "\u200B", "\u200D", "\uFEFF", "\u00AD",
            "\u00A0", "\u2028", "\u2029", "\u0301", "\u0308", "🙂", "𝐀𝐁", "👨‍👩‍👧", "東京", "Сергей", "Ωμέγα", ARABIC.substring(0, 12),
            HEBREW.substring(0, 10), "\t", "\r", "\r\n", "\f", "\u0085", "\u3000", "\uFFFD", "\uFFFF", "\uE000"};
    private static final String[] MARKS = {"„", "“", "”", "»", "«", "‚", "‘", "’", "\"", "'", "›", "‹", "「", "」", "‟", "❝", "❞"};

    private final SplittableRandom r;
    private final Path dir;
    private final List<Input> inputs = new ArrayList<>();

    private BadInputs(long seed, Path dir) {
        this.r = new SplittableRandom(seed);
        this.dir = dir;
    }

    /** At least {@code count} inputs in {@code dir}; with {@code huge} also two 50 MB files and lines of megabytes. */
    static List<Input> write(long seed, Path dir, int count, boolean huge) throws IOException {
        BadInputs g = new BadInputs(seed, dir);
        if (huge) g.huge();
        g.text("blank-lines.jsonl", "blank-json-lines", Expect.REJECT, 0, "\n   \n\r\n\t\n");
        g.bytes("empty.ndjson", "empty-json-lines", Expect.REJECT, 0, new byte[0]);
        // regression, issue 7: a control or format character glued to a name made a second person with the same IRI
        g.text("names-with-controls.txt", "names-with-controls", Expect.ACCEPT,
                DE.replace("Tom Novak.", "Tom Novak\u202E.") + "\n\n" + EN.replace("Emily Hollister met", "Emily Hollister\u0085 met")
                        + "\n\n" + DE.replace("Jana Beispiel", "Jana\u200B Beispiel\u00AD") + "\n\n" + DE.replace("Jana Beispiel traf", "Jana Beispiel❝❝ traf"));
        int kinds = 26;
        for (int i = 0; g.inputs.size() < count; i++) g.one(i % kinds, i, huge);
        return List.copyOf(g.inputs);
    }

    private void one(int kind, int i, boolean huge) throws IOException {
        String name = "in-" + i;
        String base = r.nextBoolean() ? DE : EN;
        switch (kind) {
            case 0 -> bytes(name + ".txt", "empty", Expect.REJECT, new byte[0]);
            case 1 -> text(name + ".txt", "blank", Expect.REJECT, " \n\t\r\n".repeat(1 + r.nextInt(50)));
            case 2 -> {
                byte[] b = new byte[1 + r.nextInt(4000)];
                for (int k = 0; k < b.length; k++) b[k] = (byte) r.nextInt(256);
                b[r.nextInt(b.length)] = 0;
                bytes(name + (r.nextBoolean() ? ".txt" : ".html"), "binary", Expect.REJECT, b);
            }
            case 3 -> {   // cut inside a multi-byte character
                byte[] b = (base + " Grüße aus Köln, ähnlich überall.").getBytes(StandardCharsets.UTF_8);
                int cut = b.length;
                while (cut > 0 && (b[cut - 1] & 0xC0) != 0xC0) cut--;
                bytes(name + ".txt", "truncated-utf8", Expect.REJECT, java.util.Arrays.copyOf(b, Math.max(1, cut)));
            }
            case 4 -> {   // Latin-1 bytes of German text: invalid UTF-8
                bytes(name + ".txt", "latin1", Expect.REJECT, (DE + " Straße, Größe, Übermaß.").getBytes(StandardCharsets.ISO_8859_1));
            }
            case 5 -> bytes(name + ".txt", "utf16-no-bom", Expect.ACCEPT,
                    base.getBytes(r.nextBoolean() ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE));
            case 6 -> bytes(name + ".txt", "utf16-bom", Expect.ACCEPT, base.getBytes(StandardCharsets.UTF_16));
            case 7 -> {   // a long line without any break or full stop
                int words = huge ? 2_000 + r.nextInt(20_000) : 500 + r.nextInt(3_000);
                StringBuilder sb = new StringBuilder();
                String[] ws = base.replaceAll("[.,:;„“”»«\"]", "").split("\\s+");
                for (int k = 0; k < words; k++) sb.append(ws[r.nextInt(ws.length)]).append(' ');
                text(name + ".txt", "huge-line", Expect.ACCEPT, sb.toString());
            }
            case 8 -> {   // deeply nested, unclosed HTML
                int depth = huge ? 20_000 + r.nextInt(80_000) : 500 + r.nextInt(3_000);
                String tag = new String[] {"div", "span", "b", "blockquote", "li", "p", "table", "a"}[r.nextInt(8)];
                StringBuilder sb = new StringBuilder("<html><body><article>");
                sb.append(("<" + tag + ">").repeat(depth)).append("<p>").append(base).append("</p>");
                if (r.nextBoolean()) sb.append(("</" + tag + ">").repeat(depth / 2));
                text(name + ".html", "nested-html", Expect.EITHER, sb.toString());
            }
            case 9 -> {   // broken HTML: a good page cut anywhere, or mangled
                String page = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Gipfel</title>"
                        + "<meta property=\"article:published_time\" content=\"2025-08-16T10:00:00+02:00\"></head><body><nav>Menü</nav>"
                        + "<article><h1>Gipfel in Graz</h1><p>" + base.replace(". ", ".</p><p>") + "</p></article><script>var x = \"</p>\";</script></body></html>";
                String s = r.nextBoolean() ? page.substring(0, r.nextInt(page.length())) : mutate(page, 5);
                text(name + (r.nextBoolean() ? ".html" : ".htm"), "broken-html", Expect.EITHER, s);
            }
            case 10 -> text(name + ".html", "html-no-text", Expect.REJECT,
                    "<html><head><script>" + "x();".repeat(r.nextInt(100)) + "</script><style>p{}</style></head><body><nav>a</nav><footer></footer></body></html>");
            case 11 -> {   // JSON nested far too deep
                int depth = huge ? 100_000 + r.nextInt(400_000) : 2_000 + r.nextInt(20_000);
                String open = r.nextBoolean() ? "[" : "{\"text\":";
                text(name + ".json", "nested-json", Expect.REJECT, open.repeat(depth) + "\"x\"" + (open.equals("[") ? "]" : "}").repeat(r.nextInt(depth)));
            }
            case 12 -> {   // broken or wrong JSON
                String good = "{\"id\": \"x" + i + "\", \"lang\": \"de\", \"text\": " + jsonString(DE) + "}";
                String[] bad = {good.substring(0, r.nextInt(good.length())), "[" + good + "]", "{\"text\": 42}", "{\"text\": null}",
                        "{\"text\": [\"a\"]}", "\"just a string\"", "null", "{\"text\": \"\"}", "{\"title\": \"no text\"}", "{\"text\": \"x\",}",
                        "{'text': 'single quotes'}", "{\"text\": NaN}", "{\"text\": \"a\" \"b\"}", "/* c */ " + good};
                text(name + ".json", "bad-json", Expect.REJECT, bad[r.nextInt(bad.length)]);
            }
            case 13 -> {   // JSON that is valid but odd: lone surrogates, escapes, odd ids and languages
                String[] ids = {"../../etc/passwd", "ä ö ü", "x".repeat(500), "", "   ", "id with\nnewline", "<http://evil>", "a\"b"};
                String text = base + (r.nextBoolean() ? " \\ud800 und \\udfff allein, \\u0000 und \\u001b[31m" : " \\u00e4\\u00f6 \\ud83d\\ude42");
                String lang = new String[] {"de", "DE", "en-GB", "EN", "", "de-AT"}[r.nextInt(6)];
                text(name + ".json", "odd-json", Expect.ACCEPT, "{\"id\": " + jsonString(ids[r.nextInt(ids.length)]) + ", \"lang\": \"" + lang
                        + "\", \"headline\": {\"nested\": true}, \"text\": \"" + escapeJson(text).replace("\\\\u", "\\u") + "\"}");
            }
            case 14 -> jsonLines(name, huge);
            case 15 -> {   // unbalanced and nested quotation marks
                StringBuilder sb = new StringBuilder();
                String[] sentences = base.split("(?<=[.!?])\\s+");
                int n = 3 + r.nextInt(huge ? 400 : 40);
                for (int k = 0; k < n; k++) {
                    if (r.nextInt(3) == 0) sb.append(MARKS[r.nextInt(MARKS.length)]);
                    String s = sentences[r.nextInt(sentences.length)];
                    if (r.nextInt(4) == 0) s = s.replaceFirst(" ", " " + MARKS[r.nextInt(MARKS.length)]);
                    sb.append(s);
                    if (r.nextInt(3) == 0) sb.append(MARKS[r.nextInt(MARKS.length)]);
                    sb.append(r.nextInt(5) == 0 ? "\n" : " ");
                }
                text(name + ".txt", "quote-marks", Expect.ACCEPT, sb.toString());
            }
            case 16 -> {   // quotations nested many levels
                int depth = 1 + r.nextInt(huge ? 2_000 : 60);
                String[][] pairs = {{"„", "“"}, {"»", "«"}, {"‚", "‘"}, {"“", "”"}, {"‘", "’"}, {"\"", "\""}, {"›", "‹"}};
                StringBuilder open = new StringBuilder(), close = new StringBuilder();
                for (int k = 0; k < depth; k++) {
                    String[] p = pairs[r.nextInt(pairs.length)];
                    open.append(p[0]).append(k % 3 == 0 ? "Er sagte: " : "");
                    close.insert(0, p[1] + (k % 4 == 0 ? ", sagte sie." : ""));
                }
                text(name + ".txt", "nested-quotes", Expect.ACCEPT, DE + " " + open + "Das ist gut" + close + " " + DE);
            }
            case 17 -> text(name + ".txt", "mixed-scripts", Expect.ACCEPT, sprinkle(base, 0.04));
            case 18 -> {   // right-to-left text: alone (unsupported) or mixed into a German or English article
                if (r.nextBoolean()) text(name + ".txt", "rtl", Expect.REJECT, (r.nextBoolean() ? ARABIC : HEBREW).repeat(1 + r.nextInt(4)));
                else text(name + ".txt", "rtl-mixed", Expect.ACCEPT, base.replace("Graz", "\u202Bغراتس\u202C").replace("Porto", "\u200Fפורטו\u200F")
                        + " " + "\u202E" + base.substring(0, 40) + "\u202C " + (r.nextBoolean() ? ARABIC : HEBREW) + " " + base);
            }
            case 19 -> text(name + ".txt", "unsupported-language", Expect.REJECT, FOREIGN[r.nextInt(FOREIGN.length)].repeat(1 + r.nextInt(3)));
            case 20 -> {   // control characters: a few (kept) or many (binary)
                boolean many = r.nextBoolean();
                StringBuilder sb = new StringBuilder(base);
                int n = many ? base.length() / 10 : 1 + r.nextInt(2);
                for (int k = 0; k < n; k++) sb.insert(r.nextInt(sb.length()), (char) (r.nextBoolean() ? 1 + r.nextInt(8) : 0x0E + r.nextInt(18)));
                text(name + ".txt", many ? "control-many" : "control-few", many ? Expect.REJECT : Expect.ACCEPT, sb.toString());
            }
            case 21 -> {   // tiny texts: too little to tell the language, or just marks
                String[] tiny = {"„“", "\"\"", "Ja.", "»", "„Nein“, sagte er.", "OK", "1 2 3", "???", "—", "„", "Er sagte: „", ".\n.\n."};
                text(name + ".txt", "tiny", Expect.EITHER, tiny[r.nextInt(tiny.length)]);
            }
            case 22 -> text(name + ".txt", "mutated", Expect.EITHER, mutate(base + "\n\n" + base, 1 + r.nextInt(30)));
            case 23 -> {   // many short quotations and speakers in a row
                StringBuilder sb = new StringBuilder();
                int n = huge ? 100 + r.nextInt(1_000) : 20 + r.nextInt(200);
                for (int k = 0; k < n; k++)
                    sb.append(base == DE ? "„Ja“, sagte Novak. „Nein“, sagte Beispiel. Er sagte, es sei gut. " : "“Yes,” Novak said. “No,” Hollister said. He said it was good. ");
                text(name + ".txt", "many-quotes", Expect.ACCEPT, sb.toString());
            }
            case 24 -> {   // line breaks of every kind, empty paragraphs, trailing spaces
                String[] breaks = {"\n", "\r\n", "\r", "\u2028", "\u2029", "\n\n\n", " \n \n"};
                StringBuilder sb = new StringBuilder();
                for (String s : base.split("(?<=[.!?“”\"«])\\s+")) sb.append(s).append(breaks[r.nextInt(breaks.length)]);
                text(name + (r.nextBoolean() ? ".txt" : ".text"), "line-breaks", Expect.ACCEPT, sb.toString());
            }
            default -> {   // file names that are hard to make an id of
                String[] names = {"über café", "-", "...", "a b c", "名前", "x".repeat(230), "#?&", "emoji 🙂"};
                text(names[r.nextInt(names.length)] + "-" + i + ".txt", "odd-name", Expect.ACCEPT, base);
            }
        }
    }

    private void jsonLines(String name, boolean huge) throws IOException {
        StringBuilder sb = new StringBuilder();
        int lines = 1 + r.nextInt(huge ? 40 : 8), articles = 0;
        boolean exact = true;
        for (int k = 0; k < lines; k++) {
            switch (r.nextInt(6)) {
                case 0, 1 -> { sb.append("{\"lang\": \"").append(k % 2 == 0 ? "de" : "en").append("\", \"text\": ").append(jsonString(k % 2 == 0 ? DE : EN)).append("}"); articles++; }
                case 2 -> sb.append("{\"text\": ");   // broken
                case 3 -> sb.append("[1, 2, 3]");
                case 4 -> sb.append("   ");           // blank: skipped
                default -> { sb.append("{\"text\": ").append(jsonString(sprinkle(k % 2 == 0 ? DE : EN, 0.02))).append("}"); exact = false; }
            }
            sb.append(r.nextBoolean() ? "\n" : "\r\n");
        }
        text(name + (r.nextBoolean() ? ".jsonl" : ".ndjson"), "json-lines", Expect.EITHER, exact ? articles : -1, sb.toString());
    }

    /** Two 50 MB files (a text file and one JSON line), and a JSON Lines file with one line of 12 million characters. */
    private void huge() throws IOException {
        Path big = dir.resolve("huge-50mb.txt");
        try (BufferedWriter w = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
            long written = 0;
            while (written < 50L * 1024 * 1024) { w.write(DE); w.write('\n'); written += DE.length() + 8; }
        }
        inputs.add(new Input(big, "50mb-text", Expect.REJECT, -1));
        Path line = dir.resolve("huge-50mb-line.jsonl");
        try (OutputStream o = Files.newOutputStream(line)) {
            o.write("{\"text\": \"".getBytes(StandardCharsets.UTF_8));
            byte[] chunk = escapeJson(EN + " ").getBytes(StandardCharsets.UTF_8);
            for (long n = 0; n < 50L * 1024 * 1024; n += chunk.length) o.write(chunk);
            o.write("\"}\n".getBytes(StandardCharsets.UTF_8));
        }
        inputs.add(new Input(line, "50mb-json-line", Expect.REJECT, 0));
        StringBuilder sb = new StringBuilder();
        while (sb.length() < 1_000_000) sb.append(DE).append(' ');
        text("huge-1m-article.txt", "1m-article", Expect.ACCEPT, sb.toString());
    }

    /** Inserts odd characters (astral, combining, bidi, zero-width, CJK, Cyrillic…) at random between characters. */
    private String sprinkle(String s, double rate) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < s.length(); k++) {
            sb.append(s.charAt(k));
            if (r.nextDouble() < rate && !Character.isHighSurrogate(s.charAt(k))) sb.append(ODD[r.nextInt(ODD.length)]);
        }
        return sb.toString();
    }

    /** Random edits: delete, duplicate, swap a character for an odd one or a quotation mark, break a line. */
    private String mutate(String s, int edits) {
        StringBuilder sb = new StringBuilder(s);
        for (int k = 0; k < edits && !sb.isEmpty(); k++) {
            int at = r.nextInt(sb.length());
            switch (r.nextInt(5)) {
                case 0 -> sb.delete(at, Math.min(sb.length(), at + r.nextInt(40)));
                case 1 -> sb.insert(at, sb.substring(at, Math.min(sb.length(), at + r.nextInt(80))));
                case 2 -> sb.insert(at, ODD[r.nextInt(ODD.length)]);
                case 3 -> sb.insert(at, MARKS[r.nextInt(MARKS.length)]);
                default -> sb.insert(at, '\n');
            }
        }
        return sb.toString();
    }

    private static String jsonString(String s) { return "\"" + escapeJson(s) + "\""; }

    private static String escapeJson(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                default -> { if (c < 0x20) sb.append(String.format("\\u%04x", (int) c)); else sb.append(c); }
            }
        }
        return sb.toString();
    }

    private void text(String file, String kind, Expect expect, String content) throws IOException {
        text(file, kind, expect, -1, content);
    }

    private void text(String file, String kind, Expect expect, int articles, String content) throws IOException {
        bytes(file, kind, expect, articles, content.getBytes(StandardCharsets.UTF_8));
    }

    private void bytes(String file, String kind, Expect expect, byte[] content) throws IOException {
        bytes(file, kind, expect, -1, content);
    }

    private void bytes(String file, String kind, Expect expect, int articles, byte[] content) throws IOException {
        Path p = dir.resolve(file);
        Files.write(p, content);
        inputs.add(new Input(p, kind, expect, articles));
    }
}
