package org.w3id.newskg.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import opennlp.tools.util.model.ArtifactSerializer;
import opennlp.tools.util.model.SerializableArtifact;

/**
 * Builds the dictionary of {@link LexiconFeatureGeneratorFactory} from newskg's own lexicons, read as classpath
 * resources (the jar packages {@code data/} under {@code newskg/}): the first names of
 * {@code lexicons/common/first-names.tsv}, the titles of {@code lexicons/de/titles.tsv} and the surnames (last word
 * of each name and alias) of the person rows of {@code wikidata/gazetteer.tsv}.
 *
 * <p>Maps a token to its class: {@code fn}, {@code sn}, {@code fnsn}, and {@code #title} to {@code tw} or {@code ts}
 * (see {@link LexiconFeatureGeneratorFactory}). It is an OpenNLP artifact of its own, not OpenNLP's
 * {@code WordClusterDictionary}, because that one closes the model's zip stream when written or read.
 *
 * <p>The dictionary goes into the trained model, so a model always uses the lexicons it was trained with; editing
 * a lexicon changes nothing until the model is trained again. Entries are sorted, so the same files give the same
 * bytes. A missing file stops the training, naming it.
 */
public final class PersonLexicon implements SerializableArtifact {
    static final String FIRST_NAMES = "newskg/lexicons/common/first-names.tsv";
    static final String TITLES = "newskg/lexicons/de/titles.tsv";
    static final String GAZETTEER = "newskg/wikidata/gazetteer.tsv";

    private final Map<String, String> classes;

    private PersonLexicon(Map<String, String> classes) { this.classes = classes; }

    /** The class of a key, or null. */
    String lookup(String key) { return classes.get(key); }

    /** The lexicon of newskg's lexicon files. */
    static PersonLexicon fromResources() {
        Map<String, String> map = new HashMap<>();
        for (String line : entries()) {
            int tab = line.indexOf('\t');
            map.put(line.substring(0, tab), line.substring(tab + 1));
        }
        return new PersonLexicon(map);
    }

    @Override
    public Class<?> getArtifactSerializerClass() { return Serializer.class; }

    /** Lines {@code key<TAB>class}, UTF-8, sorted; leaves the stream open, as OpenNLP's model zip needs. */
    public static final class Serializer implements ArtifactSerializer<PersonLexicon> {
        @Override
        public PersonLexicon create(InputStream in) throws IOException {
            Map<String, String> map = new HashMap<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                int tab = line.indexOf('\t');
                if (tab > 0) map.put(line.substring(0, tab), line.substring(tab + 1));
            }
            return new PersonLexicon(map);
        }

        @Override
        public void serialize(PersonLexicon lexicon, OutputStream out) throws IOException {
            StringBuilder sb = new StringBuilder();
            new TreeMap<>(lexicon.classes).forEach((k, v) -> sb.append(k).append('\t').append(v).append('\n'));
            out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
        }
    }

    /** The dictionary lines, {@code key<TAB>class}, sorted by key. */
    static List<String> entries() {
        Map<String, String> map = new TreeMap<>();
        for (String[] row : rows(FIRST_NAMES)) add(map, row[0], "fn");
        for (String[] row : rows(GAZETTEER)) {
            if (row.length < 5 || !row[1].equals("person")) continue;
            for (int col = 2; col <= 4; col++)
                for (String name : row[col].split(";")) {
                    if (name.contains(" of ")) continue;                 // "Felipe VI of Spain"
                    String[] words = name.strip().split("\\s+");
                    String last = words[words.length - 1];
                    if (words.length > 1 && last.length() >= 3 && Character.isUpperCase(last.codePointAt(0))
                            && !last.equals(last.toUpperCase(Locale.ROOT))) add(map, last, "sn");
                }
        }
        for (String[] row : rows(TITLES)) {
            if (row.length < 4 || row[0].contains(" ")) continue;
            map.merge("#" + row[0].toLowerCase(Locale.ROOT), row[3].equals("suffix") ? "ts" : "tw",
                    (a, b) -> a.equals("ts") || b.equals("ts") ? "ts" : "tw");
        }
        List<String> out = new ArrayList<>(map.size());
        map.forEach((k, v) -> out.add(k + "\t" + v));
        return out;
    }

    private static void add(Map<String, String> map, String key, String cls) {
        if (key.isEmpty() || key.chars().anyMatch(Character::isWhitespace) || key.equals("-")) return;
        map.merge(key, cls, (a, b) -> a.equals(b) ? a : "fnsn");
    }

    /** The TAB-separated rows of a resource, without comments and blank lines. */
    static List<String[]> rows(String resource) {
        try (InputStream in = PersonLexicon.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new NlpException(resource + ": not on the classpath (is data/ packaged?)", null);
            List<String[]> rows = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine())
                if (!line.isBlank() && !line.startsWith("#")) rows.add(line.split("\t", -1));
            return rows;
        } catch (IOException e) {
            throw new NlpException(resource + ": cannot read (" + e.getMessage() + ")", e);
        }
    }
}
