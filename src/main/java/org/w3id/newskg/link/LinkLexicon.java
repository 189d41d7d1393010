package org.w3id.newskg.link;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.w3id.newskg.kb.OfficeClasses;

/**
 * What the linker knows about offices and country words, as data: the office classes of titles and descriptions
 * ({@link OfficeClasses}, from {@code data/wikidata/offices.tsv}: {@code politics/head-of-government},
 * {@code sport/coach} …), {@code data/wikidata/demonyms.tsv} (country words → a country's English gazetteer label)
 * and {@code data/wikidata/classes.tsv} (words of Wikidata class labels → gazetteer type). Loaded once,
 * immutable, shared between threads.
 *
 * {@snippet :
 * LinkLexicon lex = LinkLexicon.shipped();
 * lex.offices("Bundesaußenministerin", "de");   // [politics/foreign-minister, politics/minister]
 * lex.countries("US-Präsident", "de");          // [United States]
 * }
 */
public final class LinkLexicon {
    private record CountryWord(String form, boolean prefix, String country) {}

    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "lady",
            "herr", "frau", "madame", "monsieur", "president-elect");

    private final OfficeClasses offices;
    private final List<CountryWord> countryWords;
    private final List<Map.Entry<String, String>> classes;

    private static volatile LinkLexicon shipped;

    private LinkLexicon(OfficeClasses offices, List<CountryWord> countryWords, List<Map.Entry<String, String>> classes) {
        this.offices = offices;
        this.countryWords = List.copyOf(countryWords);
        this.classes = classes.stream().sorted(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length()).reversed()).toList();
    }

    /** The lexicon in the jar, loaded on first use. */
    public static LinkLexicon shipped() {
        LinkLexicon l = shipped;
        if (l == null) {
            synchronized (LinkLexicon.class) {
                if (shipped == null) shipped = new LinkLexicon(OfficeClasses.shipped(), readCountryWords(), readClasses());
                l = shipped;
            }
        }
        return l;
    }

    /**
     * The office classes of a title as the article writes it ("russische Außenministerin", "Fußballtrainer",
     * "US-Präsident"), read with the rows of the article's language; empty when no row matches.
     */
    public Set<String> offices(String title, String lang) {
        return offices.ofTitle(title, lang);
    }

    /** The office classes a description names ("head of government of Poland", "German footballer"), any language. */
    public Set<String> descriptionOffices(String description) {
        return offices.ofDescription(description);
    }

    /** The country labels (English, as in the gazetteer) that country words in the text name: "russische" → Russia. */
    public Set<String> countries(String text, String lang) {
        Set<String> out = new LinkedHashSet<>();
        for (String word : words(text)) {
            for (String part : word.split("-")) {
                for (CountryWord c : countryWords) {
                    if (c.prefix() ? part.startsWith(c.form()) && part.length() >= c.form().length() : part.equals(c.form()))
                        out.add(c.country());
                }
            }
        }
        return out;
    }

    /**
     * The gazetteer type (country, city, region, organisation) that the English labels of an item's classes
     * name ({@code data/wikidata/classes.tsv}, longest words first); empty when none does.
     */
    public Optional<String> itemType(Collection<String> classLabels) {
        for (Map.Entry<String, String> c : classes)
            for (String label : classLabels)
                if ((" " + String.join(" ", words(label)) + " ").contains(" " + c.getKey() + " ")) return Optional.of(c.getValue());
        return Optional.empty();
    }

    /** A word that stands before a name but is not part of it: an honorific, an office, a country word. */
    public boolean isTitleWord(String word, String lang) {
        String w = word.toLowerCase(Locale.ROOT).replace(".", "");
        if (HONORIFICS.contains(w)) return true;
        if (!countries(w, lang).isEmpty()) return true;
        return !offices(word, lang).isEmpty();
    }

    /** Lower-case words; a hyphenated compound stays one word ("us-präsident"), its parts are read by suffix. */
    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}\\-]+"))
            if (!w.isEmpty() && !w.equals("-")) out.add(w);
        return out;
    }

    private static List<CountryWord> readCountryWords() {
        List<CountryWord> out = new ArrayList<>();
        for (String[] r : rows("demonyms.tsv", 3)) {
            if (!r[1].equals("word") && !r[1].equals("prefix"))
                throw new LinkException("data/wikidata/demonyms.tsv: unknown match '" + r[1] + "' (word, prefix)");
            out.add(new CountryWord(r[0].toLowerCase(Locale.ROOT), r[1].equals("prefix"), r[2]));
        }
        return out;
    }

    private static List<Map.Entry<String, String>> readClasses() {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        for (String[] r : rows("classes.tsv", 2)) out.add(Map.entry(r[0].toLowerCase(Locale.ROOT), r[1]));
        return out;
    }

    private static List<String[]> rows(String file, int columns) {
        String resource = "/newskg/wikidata/" + file;
        try (InputStream in = LinkLexicon.class.getResourceAsStream(resource)) {
            if (in == null) throw new LinkException("data/wikidata/" + file + ": missing from the jar");
            List<String[]> rows = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] c = line.split("\t", -1);
                if (c.length < columns)
                    throw new LinkException("data/wikidata/" + file + ":" + n + ": " + c.length + " columns, expected " + columns);
                rows.add(c);
            }
            return rows;
        } catch (IOException e) {
            throw new LinkException("data/wikidata/" + file + ": cannot read (" + e.getMessage() + ")", e);
        }
    }
}
