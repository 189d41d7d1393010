package org.w3id.newskg.kb;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.w3id.newskg.model.NewskgException;

/**
 * The offline Wikidata gazetteer: items (persons, countries, cities, regions, organisations) with every name they
 * are known by, indexed by name key ({@link NameKeys#key}). Read from {@code data/wikidata/gazetteer.tsv}, shipped in
 * the jar ({@link #shipped}), or from a user's file in the same format ({@link #read(Path)}); a list of items found by
 * name and type comes out. Once built it is only read: extraction, linking and the benchmark share one.
 *
 * {@snippet :
 * List<Gazetteer.Item> cities = Gazetteer.shipped().lookup("Ottawa", "city");
 * }
 */
public final class Gazetteer {
    /** One Wikidata item with every name it is known by and the evidence for its QID. */
    public record Item(String qid, String type, String label, List<String> labelsDe, List<String> names, String description, String evidence) {
        /** The item as one row of the gazetteer file (the names beyond label and German labels are the aliases). */
        public String tsvRow() {
            List<String> aliases = names.stream().filter(n -> !n.equals(label) && !labelsDe.contains(n)).distinct().toList();
            return String.join("\t", qid, type, cell(label), cells(labelsDe), cells(aliases), cell(description), cell(evidence));
        }

        private static String cells(List<String> values) {
            return values.isEmpty() ? "-" : String.join(";", values.stream().map(v -> cell(v.replace(';', ' '))).toList());
        }

        private static String cell(String v) {
            String c = v == null ? "" : v.replaceAll("[\\t\\r\\n]+", " ").strip();
            return c.isEmpty() ? "-" : c;
        }
    }

    /** The column header of a gazetteer file. */
    public static final String HEADER = "# qid\ttype\tlabel_en\tlabels_de\taliases\tdescription\tevidence";

    private final Map<String, List<Item>> byKey = new HashMap<>();
    private final Map<String, Item> byQid = new HashMap<>();
    private final List<Item> items = new ArrayList<>();

    private static volatile Gazetteer shipped;

    /** The gazetteer in the jar, loaded once. */
    public static Gazetteer shipped() {
        Gazetteer g = shipped;
        if (g == null) {
            synchronized (Gazetteer.class) {
                if (shipped == null) shipped = load();
                g = shipped;
            }
        }
        return g;
    }

    private static Gazetteer load() {
        try (InputStream in = Gazetteer.class.getResourceAsStream("/newskg/wikidata/gazetteer.tsv")) {
            if (in == null) throw new NewskgException("gazetteer missing: data/wikidata/gazetteer.tsv");
            return read(in);
        } catch (IOException e) {
            throw new NewskgException("data/wikidata/gazetteer.tsv: cannot read (" + e.getMessage() + ")", e);
        }
    }

    /** A gazetteer of these items (for example the shipped one's and a user's together). */
    public static Gazetteer of(Collection<Item> items) {
        Gazetteer g = new Gazetteer();
        items.forEach(g::add);
        return g;
    }

    /** A gazetteer file in the shipped format (a user's gazetteer); a missing file is an error naming it. */
    public static Gazetteer read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (IOException e) {
            throw new NewskgException(file + ": cannot read gazetteer (" + e.getMessage() + ")", e);
        }
    }

    public static Gazetteer read(InputStream in) throws IOException {
        Gazetteer g = new Gazetteer();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = r.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] c = line.split("\t", -1);
            if (c.length < 7) continue;
            List<String> de = cells(c[3]);
            List<String> names = new ArrayList<>();
            names.add(c[2]);
            names.addAll(de);
            names.addAll(cells(c[4]));
            g.add(new Item(c[0], c[1], c[2], de, List.copyOf(names), c[5], c[6]));
        }
        return g;
    }

    private static List<String> cells(String col) {
        if (col.equals("-") || col.isBlank()) return List.of();
        return Arrays.stream(col.split(";")).map(String::strip).filter(x -> !x.isEmpty()).toList();
    }

    private void add(Item item) {
        items.add(item);
        byQid.putIfAbsent(item.qid(), item);
        for (String n : item.names()) byKey.computeIfAbsent(key(n), k -> new ArrayList<>()).add(item);
    }

    public List<Item> lookup(String name) { return byKey.getOrDefault(key(name), List.of()); }

    /** The items of one type (person, country, city, region, organisation) with this name. */
    public List<Item> lookup(String name, String type) {
        return lookup(name).stream().filter(i -> i.type().equals(type)).toList();
    }

    public List<Item> items() { return List.copyOf(items); }

    /** The item with this QID; the first one read when two files name it. */
    public Optional<Item> item(String qid) { return Optional.ofNullable(byQid.get(qid)); }

    /**
     * The key this gazetteer indexes names by, {@link NameKeys#key}: "Zoë  Szabó-Großmann" → "zoe szabo grossmann".
     * Two names with the same key are one name to {@link #lookup}.
     */
    public static String key(String name) { return NameKeys.key(name); }

    /**
     * Whether two names of countries name the same one: the same key, or a country item both names belong to
     * ("USA", "Vereinigte Staaten", "United States"). Names the gazetteer does not know are compared by key alone.
     */
    public boolean sameCountry(String a, String b) {
        if (NameKeys.key(a).equals(NameKeys.key(b))) return true;
        List<Item> x = lookup(a, "country"), y = lookup(b, "country");
        return x.stream().anyMatch(i -> y.stream().anyMatch(j -> j.qid().equals(i.qid())));
    }
}
