package org.w3id.newskg.kb;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.w3id.newskg.model.NewskgException;

/**
 * Office classes of titles and office names: "Bundesaußenministerin" and "Minister of Foreign Affairs" are both
 * {@code politics/foreign-minister}. Read from {@code data/wikidata/offices.tsv} (pattern → classes, by whole word,
 * German compound head or phrase, the longest pattern first); the same classes name the offices of
 * {@link Offices}, so that a title an article writes and an office a person held can be compared. Loaded once,
 * immutable, shared between threads.
 *
 * <p>Three readings: a title as an article writes it ({@link #ofTitle}, with the rows of the article's language and
 * {@code *}), a free description ({@link #ofDescription}, every row), and the name of an office as a source writes it
 * ({@link #ofOffice}: the words after "to" are the office's addressee, not the office: "Senior Advisor to the
 * President" is an adviser, "ambassador to Germany" an ambassador).
 *
 * {@snippet :
 * OfficeClasses.shipped().ofTitle("russische Außenministerin", "de");   // [politics/foreign-minister, politics/minister]
 * OfficeClasses.shipped().ofOffice("Deputy Minister of Finance");      // [politics/deputy-minister]
 * }
 */
public final class OfficeClasses {
    /** The class a title of politics carries when nothing more specific is known; it never decides alone. */
    public static final String POLITICIAN = "politics/politician";

    private enum Match { WORD, SUFFIX, PHRASE }

    private record Row(String lang, List<String> words, Match match, List<String> classes) {
        int length() { return String.join(" ", words).length(); }
    }

    /** Endings a German compound head may carry: feminine, genitive, plural. */
    private static final List<String> ENDINGS = List.of("", "in", "innen", "s", "n", "en", "e");

    private final List<Row> rows;

    private static final Shipped<OfficeClasses> SHIPPED = new Shipped<>("offices.tsv", OfficeClasses::read);

    private OfficeClasses(List<Row> rows) {
        this.rows = rows.stream().sorted(Comparator.comparingInt(Row::length).reversed()).toList();
    }

    /** The classes of {@code data/wikidata/offices.tsv}, loaded on first use. */
    public static OfficeClasses shipped() { return SHIPPED.get(); }

    /**
     * The office classes of a title as an article writes it ("russische Außenministerin", "Fußballtrainer",
     * "US-Präsident"), read with the rows of the article's language; empty when no row matches.
     */
    public Set<String> ofTitle(String title, String lang) { return classify(title, lang); }

    /** The office classes a description names ("head of government of Poland", "German footballer"), any language. */
    public Set<String> ofDescription(String description) { return classify(description, null); }

    /**
     * The office classes of an office as a source names it ("Minister of Foreign Affairs", "Senior Advisor to the
     * President"): the words from " to " on are left out, they name whom the office serves or where it is sent. An
     * office that begins with a deputy's word ({@link #DEPUTY_WORDS}, after a rank such as "First") is a deputy's:
     * unless a row gives it a deputy's class itself ("Vice President", "Deputy Prime Minister"), its classes of
     * politics become a deputy's: of a head of government {@code politics/deputy-head-of-government} ("Vice President
     * of the Council of Ministers"), of a head of state {@code politics/vice-president}, else
     * {@code politics/deputy-minister} ("Deputy Minister of Finance" is no finance minister).
     */
    public Set<String> ofOffice(String office) {
        String o = " " + office.toLowerCase(Locale.ROOT) + " ";
        int to = o.indexOf(" to ");
        String head = to < 0 ? office : o.substring(0, to);
        Set<String> classes = classify(head, null);
        List<String> words = words(head);
        int i = 0;
        while (i < words.size() - 1 && RANK_WORDS.contains(words.get(i))) i++;
        if (i >= words.size() || !DEPUTY_WORDS.contains(words.get(i).split("-")[0])) return classes;
        if (classes.stream().anyMatch(DEPUTY_CLASSES::contains)) return classes;
        Set<String> out = new LinkedHashSet<>();
        boolean politics = false;
        for (String c : classes) {
            if (c.startsWith("politics/")) politics = true;
            else out.add(c);
        }
        if (classes.contains("politics/head-of-government")) out.addAll(List.of("politics/deputy-head-of-government", "politics/minister"));
        else if (classes.contains("politics/head-of-state")) out.add("politics/vice-president");
        else if (politics) out.add("politics/deputy-minister");
        return out;
    }

    /** First words that make an office a deputy's: "Deputy Minister", "Vice-Chairman", "Assistant Secretary", "Under Secretary". */
    static final Set<String> DEPUTY_WORDS = Set.of("deputy", "vice", "assistant", "under", "junior", "associate");

    /** Ranks before a deputy's word: "First Deputy Prime Minister". */
    private static final Set<String> RANK_WORDS = Set.of("first", "second", "third", "senior", "principal", "parliamentary");

    /** Classes that rows give deputies themselves. */
    private static final Set<String> DEPUTY_CLASSES = Set.of("politics/vice-president", "politics/vice-chancellor",
            "politics/deputy-head-of-government", "politics/deputy-minister");

    /** The domain of each class ("politics" of "politics/minister"), without "any", which never contradicts. */
    public static Set<String> domains(Set<String> classes) {
        Set<String> out = new LinkedHashSet<>();
        for (String c : classes) {
            int slash = c.indexOf('/');
            String d = slash < 0 ? c : c.substring(0, slash);
            if (!d.equals("any")) out.add(d);
        }
        return out;
    }

    private Set<String> classify(String text, String lang) {
        List<String> words = words(text);
        boolean[] used = new boolean[words.size()];
        Set<String> out = new LinkedHashSet<>();
        for (Row o : rows) {
            if (lang != null && !o.lang().equals("*") && !o.lang().equals(lang)) continue;
            int n = o.words().size();
            for (int i = 0; i + n <= words.size(); i++) {
                boolean free = true;
                for (int k = i; k < i + n; k++) free &= !used[k];
                if (!free || !matches(o, words, i)) continue;
                for (int k = i; k < i + n; k++) used[k] = true;
                out.addAll(o.classes());
            }
        }
        return out;
    }

    private static boolean matches(Row o, List<String> words, int i) {
        if (o.match() == Match.SUFFIX) {
            String w = words.get(i);
            String p = o.words().getFirst();
            for (String ending : ENDINGS) if (w.endsWith(p + ending)) return true;
            return false;
        }
        for (int k = 0; k < o.words().size(); k++) {
            String w = words.get(i + k);
            String p = o.words().get(k);
            if (!(w.equals(p) || k == 0 && w.endsWith("-" + p))) return false;
        }
        return true;
    }

    /** Lower-case words; a hyphenated compound stays one word ("us-präsident"), its parts are read by suffix. */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}\\-]+"))
            if (!w.isEmpty() && !w.equals("-")) out.add(w);
        return out;
    }

    /** Office classes in the format of {@code offices.tsv}; {@code name} names the file in messages. */
    public static OfficeClasses read(InputStream in, String name) throws IOException {
        List<Row> out = new ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] c = line.split("\t", -1);
            if (c.length < 4) throw new NewskgException(name + ":" + n + ": " + c.length + " columns, expected 4");
            Match m = switch (c[2]) {
                case "word" -> Match.WORD;
                case "suffix" -> Match.SUFFIX;
                case "phrase" -> Match.PHRASE;
                default -> throw new NewskgException(name + ":" + n + ": unknown match '" + c[2] + "' (word, suffix, phrase)");
            };
            out.add(new Row(c[0], List.of(c[1].toLowerCase(Locale.ROOT).split(" ")), m, List.of(c[3].split(","))));
        }
        return new OfficeClasses(out);
    }
}
