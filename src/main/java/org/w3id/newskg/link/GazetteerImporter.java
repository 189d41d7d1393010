package org.w3id.newskg.link;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.newskg.kb.Gazetteer;

/**
 * Grows a user's gazetteer from Wikidata exports, so users can link the people and organisations of their own
 * domain. Reads
 * <ul>
 *   <li>a SPARQL result of the Wikidata Query Service as JSON ({@code application/sparql-results+json}) or CSV
 *       (TSV too), with the columns {@code item} (the item's IRI or QID), {@code itemLabel} or {@code label},
 *       optionally {@code altLabel} (one per row, or several separated by {@code |} or {@code ;}), {@code type}
 *       (person, country, city, region, organisation, or the class Q5 / its IRI for humans; {@code typeLabel}
 *       is read when {@code type} is an IRI), {@code itemDescription} or {@code description}; several rows of one
 *       item are merged;</li>
 *   <li>a subset of the Wikidata JSON dump: an array of entities, one entity per line (with or without the
 *       dump's trailing commas), or a {@code wbgetentities} answer ({@code {"entities": {…}}}); an entity's type is
 *       person when P31 has Q5, otherwise the type given with {@code --type}.</li>
 * </ul>
 * Each item becomes a row of the gazetteer format, with evidence naming the file it came from; an item already in
 * the user's gazetteer is replaced. The file is written whole or not at all.
 *
 * {@snippet :
 * GazetteerImporter.Result r = GazetteerImporter.importInto(Path.of("ministers.json"), Linkers.defaultUserGazetteer(), Optional.empty());
 * }
 */
public final class GazetteerImporter {
    /** What an import did. */
    public record Result(Path gazetteer, int imported, int added, int updated, int total, List<String> warnings) {}

    private static final Set<String> TYPES = Set.of("person", "country", "city", "region", "organisation");
    private static final Pattern QID = Pattern.compile("(?:https?://www\\.wikidata\\.org/(?:entity|wiki)/)?(Q[1-9][0-9]*)");

    private GazetteerImporter() {}

    /** Reads the export and adds its items to the gazetteer file (created if absent). */
    public static Result importInto(Path export, Path gazetteer, Optional<String> type) {
        List<String> warnings = new ArrayList<>();
        List<Gazetteer.Item> found = read(export, type.map(GazetteerImporter::checkType), warnings);
        if (found.isEmpty()) throw new LinkException(export + ": no items to import");
        Map<String, Gazetteer.Item> all = new LinkedHashMap<>();
        if (Files.isRegularFile(gazetteer)) for (Gazetteer.Item it : Gazetteer.read(gazetteer).items()) all.put(it.qid(), it);
        int added = 0;
        int updated = 0;
        for (Gazetteer.Item it : found) {
            if (all.put(it.qid(), it) == null) added++; else updated++;
        }
        write(gazetteer, all.values());
        return new Result(gazetteer, found.size(), added, updated, all.size(), warnings);
    }

    /** The items of an export file, by its format (see the class comment). */
    public static List<Gazetteer.Item> read(Path export, Optional<String> type, List<String> warnings) {
        String text;
        try {
            text = Files.readString(export, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new LinkException(export + ": cannot read (" + e.getMessage() + ")", e);
        }
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        String source = export.getFileName() + ", imported " + LocalDate.now();
        String t = text.stripLeading();
        if (t.startsWith("{") || t.startsWith("[")) return json(export, t, type, source, warnings);
        char sep = export.toString().toLowerCase(Locale.ROOT).endsWith(".tsv") ? '\t' : ',';
        return table(export, Csv.parse(text, sep), type, source, warnings);
    }

    // ---- SPARQL results

    /** One row of a SPARQL result: column → value (literal text or IRI) and the literal's language. */
    private record Cell(String value, String lang) {}

    private static List<Gazetteer.Item> table(Path file, List<List<String>> rows, Optional<String> type, String source, List<String> warnings) {
        if (rows.isEmpty()) throw new LinkException(file + ": empty");
        List<String> head = rows.getFirst().stream().map(h -> h.strip().replaceFirst("^\\?", "")).toList();
        List<Map<String, Cell>> out = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.size() == 1 && row.getFirst().isBlank()) continue;
            Map<String, Cell> m = new LinkedHashMap<>();
            for (int c = 0; c < head.size() && c < row.size(); c++) m.put(head.get(c), new Cell(row.get(c), ""));
            out.add(m);
        }
        return sparqlRows(file, head, out, type, source + " (SPARQL result, CSV)", 2, warnings);
    }

    private static List<Gazetteer.Item> json(Path file, String text, Optional<String> type, String source, List<String> warnings) {
        ObjectMapper om = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        JsonNode root;
        try {
            root = om.readTree(text);
        } catch (JsonProcessingException e) {
            root = null;
        }
        if (root == null || root.isObject() && !root.has("head") && !root.has("entities") && !root.has("id")) {
            List<JsonNode> lines = new ArrayList<>();   // one entity per line, as in the dump
            int n = 0;
            for (String line : text.split("\n")) {
                n++;
                String l = line.strip();
                if (l.endsWith(",")) l = l.substring(0, l.length() - 1);
                if (l.isEmpty() || l.equals("[") || l.equals("]")) continue;
                try {
                    lines.add(om.readTree(l));
                } catch (JsonProcessingException e) {
                    throw new LinkException(file + ":" + n + ": not JSON (" + e.getOriginalMessage() + ")");
                }
            }
            return entities(file, lines, type, source + " (Wikidata JSON dump subset)", warnings);
        }
        if (root.has("head") && root.has("results")) {
            List<String> head = new ArrayList<>();
            root.path("head").path("vars").forEach(v -> head.add(v.asText()));
            List<Map<String, Cell>> rows = new ArrayList<>();
            for (JsonNode b : root.path("results").path("bindings")) {
                Map<String, Cell> m = new LinkedHashMap<>();
                b.properties().forEach(e -> m.put(e.getKey(), new Cell(e.getValue().path("value").asText(""), e.getValue().path("xml:lang").asText(""))));
                rows.add(m);
            }
            return sparqlRows(file, head, rows, type, source + " (SPARQL result, JSON)", 1, warnings);
        }
        List<JsonNode> list = new ArrayList<>();
        if (root.isArray()) root.forEach(list::add);
        else if (root.has("entities")) root.path("entities").forEach(list::add);
        else list.add(root);
        return entities(file, list, type, source + " (Wikidata JSON)", warnings);
    }

    private static List<Gazetteer.Item> sparqlRows(Path file, List<String> head, List<Map<String, Cell>> rows, Optional<String> type,
                                                   String source, int firstRow, List<String> warnings) {
        if (!head.contains("item")) throw new LinkException(file + ": no 'item' column (columns: " + String.join(", ", head) + ")");
        String labelCol = head.contains("itemLabel") ? "itemLabel" : head.contains("label") ? "label" : null;
        if (labelCol == null) throw new LinkException(file + ": no 'itemLabel' or 'label' column (columns: " + String.join(", ", head) + ")");
        if (!head.contains("type") && type.isEmpty())
            throw new LinkException(file + ": no 'type' column; give the type of all items with --type (" + String.join(", ", sorted()) + ")");
        Map<String, Builder> items = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            Map<String, Cell> row = rows.get(i);
            String where = file + (source.contains("CSV") ? ":" + (i + firstRow) : " result " + (i + 1));
            Cell item = row.get("item");
            Matcher m = QID.matcher(item == null ? "" : item.value().strip());
            if (!m.matches()) throw new LinkException(where + ": item '" + (item == null ? "" : item.value()) + "' is not a Wikidata item (Q… or its IRI)");
            String qid = m.group(1);
            String t = type.orElse(null);
            Cell tc = row.get("type");
            if (tc != null && !tc.value().isBlank()) {
                Optional<String> parsed = typeOf(tc.value());
                if (parsed.isEmpty() && row.containsKey("typeLabel")) parsed = typeOf(row.get("typeLabel").value());
                if (parsed.isEmpty() && t == null)
                    throw new LinkException(where + ": type '" + tc.value() + "' unknown (" + String.join(", ", sorted()) + ", or Q5)");
                if (parsed.isPresent()) t = parsed.get();
            }
            Builder b = items.computeIfAbsent(qid, q -> new Builder(q));
            b.type = b.type == null ? t : b.type;
            Cell label = row.get(labelCol);
            if (label != null && !label.value().isBlank()) b.label(label.value().strip(), label.lang());
            Cell alt = row.get("altLabel");
            if (alt != null) for (String a : alt.value().split("[|;]")) if (!a.isBlank()) b.aliases.add(a.strip());
            Cell d = row.containsKey("itemDescription") ? row.get("itemDescription") : row.get("description");
            if (d != null && !d.value().isBlank() && b.description.isEmpty()) b.description = d.value().strip();
        }
        List<Gazetteer.Item> out = new ArrayList<>();
        for (Builder b : items.values()) {
            if (b.label == null) { warnings.add(file + ": " + b.qid + " has no label; left out"); continue; }
            out.add(b.build(source));
        }
        return out;
    }

    // ---- JSON dump entities

    private static List<Gazetteer.Item> entities(Path file, List<JsonNode> list, Optional<String> type, String source, List<String> warnings) {
        List<Gazetteer.Item> out = new ArrayList<>();
        for (JsonNode e : list) {
            String qid = e.path("id").asText("");
            if (!qid.matches("Q[1-9][0-9]*")) {
                warnings.add(file + ": entity '" + qid + "' is not an item; left out");
                continue;
            }
            boolean human = WikidataLinker.claimIds(e, "P31").contains(WikidataLinker.HUMAN);
            String t = human ? "person" : type.orElse(null);
            if (t == null) {
                warnings.add(file + ": " + qid + " is not human (P31 without Q5) and no --type was given; left out");
                continue;
            }
            Builder b = new Builder(qid);
            b.type = t;
            for (String l : List.of("en", "de")) {
                String v = e.path("labels").path(l).path("value").asText("");
                if (!v.isBlank()) b.label(v, l);
            }
            if (b.label == null)
                for (JsonNode l : e.path("labels")) { b.label(l.path("value").asText(""), l.path("language").asText("")); break; }
            for (String l : List.of("en", "de"))
                for (JsonNode a : e.path("aliases").path(l)) b.aliases.add(a.path("value").asText(""));
            b.description = e.path("descriptions").path("en").path("value").asText(e.path("descriptions").path("de").path("value").asText(""));
            if (b.label == null || b.label.isBlank()) { warnings.add(file + ": " + qid + " has no label; left out"); continue; }
            out.add(b.build(source));
        }
        return out;
    }

    // ---- shared

    private static final class Builder {
        final String qid;
        String type;
        String label;
        final Set<String> labelsDe = new LinkedHashSet<>();
        final Set<String> aliases = new LinkedHashSet<>();
        String description = "";

        Builder(String qid) { this.qid = qid; }

        void label(String value, String lang) {
            if (value.isBlank()) return;
            if (lang.equals("de")) labelsDe.add(value);
            if (label == null) label = value;
            else if (!lang.equals("de")) aliases.add(value);
        }

        Gazetteer.Item build(String source) {
            List<String> names = new ArrayList<>();
            names.add(label);
            for (String n : labelsDe) if (!names.contains(n)) names.add(n);
            for (String n : aliases) if (!n.isBlank() && !names.contains(n)) names.add(n);
            String evidence = "user import: " + source + "; https://www.wikidata.org/wiki/" + qid;
            return new Gazetteer.Item(qid, type, label, List.copyOf(labelsDe), names, description.isBlank() ? "-" : description, evidence);
        }
    }

    private static Optional<String> typeOf(String raw) {
        String v = raw.strip().toLowerCase(Locale.ROOT);
        Matcher m = QID.matcher(raw.strip());
        if (m.matches()) return m.group(1).equals(WikidataLinker.HUMAN) ? Optional.of("person") : Optional.empty();
        return switch (v) {
            case "person", "human", "people" -> Optional.of("person");
            case "country", "sovereign state" -> Optional.of("country");
            case "city", "town", "place", "village", "municipality" -> Optional.of("city");
            case "region", "province", "state" -> Optional.of("region");
            case "organisation", "organization", "org", "party", "company" -> Optional.of("organisation");
            default -> Optional.empty();
        };
    }

    private static String checkType(String t) {
        return typeOf(t).orElseThrow(() -> new IllegalArgumentException("--type: unknown type '" + t + "' (" + String.join(", ", sorted()) + ")"));
    }

    private static List<String> sorted() { return TYPES.stream().sorted().toList(); }

    private static void write(Path gazetteer, Iterable<Gazetteer.Item> items) {
        try {
            Path dir = gazetteer.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            StringBuilder b = new StringBuilder();
            b.append("# newskg user gazetteer: read beside the shipped one (see data/wikidata/README.md); written by `newskg gazetteer import`.\n");
            b.append(Gazetteer.HEADER).append('\n');
            for (Gazetteer.Item it : items) b.append(it.tsvRow()).append('\n');
            // a plain new file, not createTempFile: the user's umask gives the mode, not a fixed 0600
            Path tmp = dir.resolve(".gazetteer-" + ProcessHandle.current().pid() + "-" + System.nanoTime() + ".tmp");
            Files.createFile(tmp);
            Files.writeString(tmp, b, StandardCharsets.UTF_8);
            Files.move(tmp, gazetteer, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new LinkException(gazetteer + ": cannot write (" + e.getMessage() + ")", e);
        }
    }

    /** RFC 4180 fields: quotes around a field, doubled quotes inside, line breaks inside quotes. */
    static final class Csv {
        private Csv() {}

        static List<List<String>> parse(String text, char sep) {
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder f = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') { f.append('"'); i++; }
                    else if (c == '"') quoted = false;
                    else f.append(c);
                } else if (c == '"' && f.isEmpty()) quoted = true;
                else if (c == sep) { row.add(f.toString()); f.setLength(0); }
                else if (c == '\n' || c == '\r') {
                    if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
                    row.add(f.toString());
                    f.setLength(0);
                    rows.add(row);
                    row = new ArrayList<>();
                } else f.append(c);
            }
            if (!f.isEmpty() || !row.isEmpty()) { row.add(f.toString()); rows.add(row); }
            return rows;
        }
    }
}
