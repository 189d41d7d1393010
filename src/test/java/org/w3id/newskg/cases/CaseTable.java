package org.w3id.newskg.cases;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One table of invented news cases in {@code src/test/resources/cases/} (issue 12): its rows, how its expected
 * values are written and how an expected value is compared with newskg's output. Needs no models; the format
 * of each file is documented in its header.
 *
 * {@snippet :
 * for (CaseTable.Row row : CaseTable.STATEMENTS.rows())
 *     assertTrue(CaseTable.STATEMENTS.matches(row.expected(), found(row)));
 * }
 */
enum CaseTable {
    /** {@code D|R:speaker or -:exact words}, sorted, joined by {@value #SEPARATOR}. */
    STATEMENTS("statements.tsv"),
    /** Person labels, sorted, joined by {@value #SEPARATOR}. */
    PERSONS("persons.tsv"),
    /** {@code actors=A | B; places=X | Y} over all events, empty for no event; places are compared for recall. */
    EVENTS("events.tsv");

    static final List<String> HEADER = List.of("id", "category", "lang", "text", "expected", "status");
    static final String SEPARATOR = " | ";
    /** Stands for a line break inside {@code text}, so that one passage stays one line. */
    static final String LINE_BREAK = "⏎";
    /** Longer passages are not "tricky cases" but articles; they belong in the golden or scored sets. */
    static final int MAX_TEXT = 600;
    /** The letters of {@code /work/shared/cases/error-patterns.md}; new kinds have lower-case names. */
    static final Set<String> LETTERS = Set.of("A", "B", "S", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "N",
            "O", "P", "Q", "V", "X");
    static final Set<String> STATUSES = Set.of("pass", "open");

    private static final Pattern ID = Pattern.compile("([A-Za-z]+)-([a-z]{2})-(\\d{2})");
    private static final Pattern STATEMENT = Pattern.compile("([DR]):([^:]+):(.+)", Pattern.DOTALL);
    private static final Pattern EVENT = Pattern.compile("actors=(.*); places=(.*)");

    private final String file;

    CaseTable(String file) { this.file = file; }

    String file() { return file; }

    /** A row as written; {@code line} is its 1-based line number in the file. */
    record Row(CaseTable table, int line, String id, String category, String lang, String text, String expected,
               String status) {
        /** The passage with its line breaks. */
        String passage() { return text.replace(LINE_BREAK, "\n"); }

        boolean open() { return status.equals("open"); }

        String where() { return table.file + ":" + line + " " + id; }
    }

    /** The rows of the table from the test classpath. */
    List<Row> rows() {
        try (InputStream in = CaseTable.class.getResourceAsStream("/cases/" + file)) {
            if (in == null) throw new IllegalStateException("cases/" + file + ": not on the test classpath");
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cases/" + file, e);
        }
    }

    /**
     * The rows of one file's content; blank lines and lines starting with {@code #} are comments, the first
     * other line is the header.
     *
     * @throws IllegalArgumentException {@code file:line: problem} for a wrong header, a row with other than six
     *                                  columns or a status that is neither {@code pass} nor {@code open}
     */
    List<Row> parse(String content) {
        List<Row> rows = new ArrayList<>();
        boolean header = false;
        int n = 0;
        try (BufferedReader lines = new BufferedReader(new java.io.StringReader(content))) {
            for (String line; (line = lines.readLine()) != null; ) {
                n++;
                if (line.isBlank() || line.startsWith("#")) continue;
                List<String> cols = Arrays.asList(line.split("\t", -1));
                if (!header) {
                    if (!cols.equals(HEADER)) throw bad(n, "header " + cols + ", expected " + HEADER);
                    header = true;
                    continue;
                }
                if (cols.size() != HEADER.size()) throw bad(n, cols.size() + " columns, expected " + HEADER.size());
                if (!STATUSES.contains(cols.get(5))) throw bad(n, "status '" + cols.get(5) + "' (valid: pass, open)");
                rows.add(new Row(this, n, cols.get(0), cols.get(1), cols.get(2), cols.get(3), cols.get(4), cols.get(5)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!header) throw bad(n, "no header line");
        return rows;
    }

    private IllegalArgumentException bad(int line, String problem) {
        return new IllegalArgumentException(file + ":" + line + ": " + problem);
    }

    /** What is wrong with the row by itself (empty when nothing): id, category, language, text and expected value. */
    List<String> problems(Row row) {
        List<String> out = new ArrayList<>();
        Matcher id = ID.matcher(row.id());
        if (!id.matches()) out.add("id '" + row.id() + "' is not CATEGORY-LANG-NN");
        else if (!id.group(1).equals(row.category()) || !id.group(2).equals(row.lang()))
            out.add("id '" + row.id() + "' does not match category '" + row.category() + "' and lang '" + row.lang() + "'");
        if (!LETTERS.contains(row.category()) && !row.category().matches("[a-z]{2,12}"))
            out.add("category '" + row.category() + "' is neither a letter of error-patterns.md nor a short lower-case name");
        if (!row.lang().equals("de") && !row.lang().equals("en")) out.add("lang '" + row.lang() + "' (valid: de, en)");
        if (row.text().isBlank()) out.add("empty text");
        if (row.text().length() > MAX_TEXT) out.add("text of " + row.text().length() + " characters, at most " + MAX_TEXT);
        if (!row.text().equals(row.text().strip())) out.add("text with leading or trailing space");
        if (!row.expected().equals(row.expected().strip())) out.add("expected with leading or trailing space");
        String passage = row.passage();
        switch (this) {
            case STATEMENTS -> {
                List<String> parts = split(row.expected());
                for (String part : parts) {
                    Matcher m = STATEMENT.matcher(part);
                    if (!m.matches()) { out.add("statement '" + part + "' is not D|R:speaker:words"); continue; }
                    if (!passage.contains(m.group(3).replace(LINE_BREAK, "\n"))) out.add("words '" + m.group(3) + "' are not in the text");
                    if (!m.group(3).equals(m.group(3).strip())) out.add("words '" + m.group(3) + "' with leading or trailing space");
                    if (!m.group(2).equals("-")) namedIn(passage, m.group(2), "speaker", out);
                }
                sorted(parts, "statements", false, out);
            }
            case PERSONS -> {
                List<String> labels = split(row.expected());
                labels.forEach(label -> namedIn(passage, label, "person", out));
                sorted(labels, "persons", true, out);
            }
            case EVENTS -> {
                if (row.expected().isEmpty()) break;
                Matcher m = EVENT.matcher(row.expected());
                if (!m.matches()) { out.add("expected '" + row.expected() + "' is not 'actors=…; places=…'"); break; }
                List<String> actors = split(m.group(1)), places = split(m.group(2));
                actors.forEach(a -> namedIn(passage, a, "actor", out));
                places.forEach(p -> namedIn(passage, p, "place", out));
                sorted(actors, "actors", true, out);
                sorted(places, "places", true, out);
            }
        }
        return out;
    }

    /** The invented passages always write out the label they expect (case aside: "THE DALLES" is "The Dalles"). */
    private static void namedIn(String passage, String name, String what, List<String> out) {
        if (name.isBlank() || name.contains(":") || name.contains("|")) out.add(what + " '" + name + "' is malformed");
        else if (!passage.toLowerCase(Locale.ROOT).contains(name.toLowerCase(Locale.ROOT)))
            out.add(what + " '" + name + "' is not in the text");
    }

    private static void sorted(List<String> items, String what, boolean distinct, List<String> out) {
        List<String> canonical = items.stream().sorted().toList();
        if (!items.equals(canonical)) out.add(what + " not sorted: " + String.join(SEPARATOR, canonical));
        if (distinct && items.stream().distinct().count() != items.size()) out.add(what + " listed twice");
    }

    /** The items of a {@value #SEPARATOR}-joined value; none for the empty string. */
    static List<String> split(String joined) {
        return joined.isEmpty() ? List.of() : List.of(joined.split(Pattern.quote(SEPARATOR), -1));
    }

    /**
     * Whether newskg's rendered output {@code actual} is the {@code expected} value: equal strings for statements
     * and persons; for events the same actors, and every expected place among the actual ones (folded as kgscore
     * folds names: NFKC, lower case, no punctuation, single spaces), since the score is place recall.
     */
    boolean matches(String expected, String actual) {
        if (this != EVENTS || expected.isEmpty() || actual.isEmpty()) return expected.equals(actual);
        Matcher e = EVENT.matcher(expected), a = EVENT.matcher(actual);
        if (!e.matches() || !a.matches()) return expected.equals(actual);
        if (!e.group(1).equals(a.group(1))) return false;
        Set<String> found = split(a.group(2)).stream().map(CaseTable::fold).collect(Collectors.toSet());
        return split(e.group(2)).stream().map(CaseTable::fold).allMatch(found::contains);
    }

    static String fold(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("[\\p{P}`]", "").replaceAll("\\s+", " ").strip();
    }
}
