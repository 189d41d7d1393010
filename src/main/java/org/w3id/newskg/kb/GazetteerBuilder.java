package org.w3id.newskg.kb;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.w3id.newskg.model.NewskgException;

/**
 * Builds the shipped gazetteer from the evidence-backed source lists: {@code entities.tsv} (countries, capitals,
 * heads of state and government, organisations) and {@code officeholders.tsv} (persons with their offices, countries
 * and dates) of the shared Wikidata folder, with the rules in the data directory ({@code offices.tsv},
 * {@code person-names.tsv}, {@code names-de.tsv}). Takes the two directories; gives the four files of
 * {@code data/wikidata/} as lines ({@link Result}), which {@link #write} puts in place: {@code gazetteer.tsv} (one
 * row per item), {@code holders.tsv} (one row per person, office and start), {@code sources.tsv} (the pinned URLs the
 * rows cite by number) and {@code build-log.tsv} (what was rejected and why, counts per source). The same inputs
 * give the same bytes, so a test can compare the shipped files with a fresh build.
 *
 * <p>What the build decides, in order:
 * <ol>
 *   <li>Rows are <b>rejected</b>, each with its reason in the log: a row without an English name (the source gave the
 *       QID in its place), a row that starts before {@value HoldingRules#EARLIEST_START} (medieval rulers without an end in
 *       the world-leaders export), the generic position "emir" listed under the Islamic Emirate of Afghanistan
 *       (holders of that generic item from any century and country; officeholders.md, "Wrong rows"). A person all of
 *       whose rows are rejected is not in the gazetteer.</li>
 *   <li>Every other row becomes a <b>holding</b> (holders.tsv): its office classes ({@link OfficeClasses#ofOffice});
 *       head of state or government only for the offices the world-leaders export names as a sovereign state's
 *       (by the office's QID), the others ("Premier of Ontario", "President of the Senate") are
 *       {@code politics/regional-head} or keep only their other classes; two open-ended holders of one office who
 *       start in the same year in the same source file are flagged {@code contested}; a source file without a
 *       snapshot date gets the latest date it holds as its {@code as_of}, flagged {@code as-of-from-data}.</li>
 *   <li>Each person's <b>names</b>: the label (the entities.tsv label, else the label most rows give, preferring one
 *       with capital initials: "Nayib Bukele" over "Nayib buke"), the other English labels as aliases, German forms
 *       by {@link PersonNames#german} for the schemes of the person's countries (marked generated), and the short
 *       forms ({@link PersonNames#shortForms}).</li>
 *   <li>Every <b>country</b> a kept row names becomes an item (or joins the entities.tsv item of its QID), named as
 *       the rows name it ("the United States of America" without "the"); German names from entities.tsv, else from
 *       {@code names-de.tsv} (marked generated). Cities get theirs from {@code names-de.tsv} too. Two countries with
 *       one name lose that name (conflicts.md's rule), logged.</li>
 * </ol>
 */
public final class GazetteerBuilder {
    /** The built files as lines, and the summary the log holds. */
    public record Result(List<String> gazetteer, List<String> holders, List<String> sources, List<String> log, List<String> summary) {}

    private GazetteerBuilder() {}

    /** Builds from the source folder ({@code entities.tsv}, {@code officeholders.tsv}) with the rules of {@code rules}. */
    public static Result build(Path sources, Path rules) {
        try {
            return new Run(sources, rules).run();
        } catch (IOException e) {
            throw new NewskgException("gazetteer build: " + e.getMessage(), e);
        }
    }

    /** Writes the four files into {@code dir}, each replaced whole. */
    public static void write(Result r, Path dir) {
        try {
            Files.createDirectories(dir);
            put(dir.resolve("gazetteer.tsv"), r.gazetteer());
            put(dir.resolve("holders.tsv"), r.holders());
            put(dir.resolve("sources.tsv"), r.sources());
            put(dir.resolve("build-log.tsv"), r.log());
        } catch (IOException e) {
            throw new NewskgException(dir + ": cannot write the gazetteer (" + e.getMessage() + ")", e);
        }
    }

    private static void put(Path file, List<String> lines) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /** A TSV file with a header row, as maps from column name to value. */
    static List<Map<String, String>> table(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty()) throw new NewskgException(file + ": empty");
        String[] head = lines.getFirst().split("\t", -1);
        List<Map<String, String>> out = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isEmpty()) continue;
            String[] c = lines.get(i).split("\t", -1);
            if (c.length != head.length)
                throw new NewskgException(file + ":" + (i + 1) + ": " + c.length + " columns, expected " + head.length);
            Map<String, String> row = new LinkedHashMap<>();
            for (int k = 0; k < head.length; k++) row.put(head[k], c[k].strip());
            row.put("#line", Integer.toString(i + 1));
            out.add(row);
        }
        return out;
    }

    static final class Person {
        final String qid;
        final Map<String, Integer> labels = new LinkedHashMap<>();
        final Set<String> otherLabels = new LinkedHashSet<>();
        final List<Holding> holdings = new ArrayList<>();
        final Set<String> countries = new LinkedHashSet<>();   // English labels as the rows give them
        final Set<String> evidence = new LinkedHashSet<>();

        Person(String qid) { this.qid = qid; }
    }

    record Holding(Map<String, String> row, String office, String officeQid, Set<String> classes, List<String> countries,
                   String start, String end, String evidence, Set<String> flags, String file) {}

    static final class Country {
        final String qid;
        final Map<String, Integer> labels = new LinkedHashMap<>();
        final Set<String> evidence = new LinkedHashSet<>();

        Country(String qid) { this.qid = qid; }
    }

    private static final class Run {
        final Path sourceDir;
        final Path rulesDir;
        final PersonNames names;
        final HoldingRules rules;
        final GazetteerRows items;
        final Map<String, String> sourceIds = new LinkedHashMap<>();        // URL → S<n>
        final List<String> log = new ArrayList<>();
        final Map<String, int[]> perSource = new TreeMap<>();              // source → rows read, rows kept
        final Map<String, Set<String>> personsRead = new TreeMap<>();
        final Map<String, Set<String>> personsKept = new TreeMap<>();
        final Map<String, Map<String, Integer>> rejectedBy = new TreeMap<>();

        Run(Path sourceDir, Path rulesDir) throws IOException {
            this.sourceDir = sourceDir;
            this.rulesDir = rulesDir;
            try (InputStream in = Files.newInputStream(rulesDir.resolve("offices.tsv"))) {
                this.rules = new HoldingRules(OfficeClasses.read(in, rulesDir.resolve("offices.tsv").toString()), log);
            }
            try (InputStream in = Files.newInputStream(rulesDir.resolve("person-names.tsv"))) {
                this.names = PersonNames.read(in, rulesDir.resolve("person-names.tsv").toString());
            }
            Map<String, List<String>> namesDe = new LinkedHashMap<>();   // English place name → German names
            int n = 0;
            for (String line : Files.readAllLines(rulesDir.resolve("names-de.tsv"), StandardCharsets.UTF_8)) {
                n++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] c = line.split("\t", -1);
                if (c.length != 2) throw new NewskgException(rulesDir.resolve("names-de.tsv") + ":" + n + ": 2 columns expected");
                if (namesDe.put(c[0], List.of(c[1].split(";"))) != null)
                    throw new NewskgException(rulesDir.resolve("names-de.tsv") + ":" + n + ": '" + c[0] + "' twice");
            }
            this.items = new GazetteerRows(names, namesDe, log, this::ids);
        }

        Result run() throws IOException {
            Path entitiesFile = sourceDir.resolve("entities.tsv");
            Path holdersFile = sourceDir.resolve("officeholders.tsv");
            List<Map<String, String>> entities = table(entitiesFile);
            List<Map<String, String>> rows = table(holdersFile);
            for (String country : names.countries())
                if (rows.stream().noneMatch(r -> countryLabels(r.get("country")).contains(country)))
                    log.add(String.join("\t", "unused-name", "person-names.tsv", "-", country, "-", "no row of officeholders.tsv names this country"));

            // offices the world-leaders export names as a sovereign state's head of state or government
            Set<String> nationalOffices = new LinkedHashSet<>();
            for (Map<String, String> r : rows)
                if (HoldingRules.source(r).equals(HoldingRules.WORLD_LEADERS)) nationalOffices.addAll(split(r.get("office_qid")));
            Map<String, String> asOf = HoldingRules.estimatedAsOf(rows);
            Map<String, Set<String>> countryKeys = new LinkedHashMap<>();
            for (Map<String, String> r : rows) {
                List<String> cq = split(r.get("country_qid"));
                List<String> cl = countryLabels(r.get("country"));
                for (int i = 0; i < cq.size() && i < cl.size(); i++) countryKeys.computeIfAbsent(cq.get(i), k -> new LinkedHashSet<>()).add(NameKeys.plain(cl.get(i)));
            }
            for (Map<String, String> e : entities)
                if (e.get("type").equals("country")) {
                    Set<String> ks = countryKeys.computeIfAbsent(e.get("qid"), k -> new LinkedHashSet<>());
                    for (String n : items.placeNames(e, null)) ks.add(NameKeys.plain(n.replaceFirst("^(?i)the ", "")));
                }

            Map<String, Person> persons = new LinkedHashMap<>();
            Map<String, Country> countries = new LinkedHashMap<>();
            for (Map<String, String> r : rows) {
                String src = HoldingRules.source(r);
                perSource.computeIfAbsent(src, k -> new int[2])[0]++;
                personsRead.computeIfAbsent(src, k -> new LinkedHashSet<>()).add(r.get("qid"));
                String reason = rules.rejection(r);
                if (reason != null) {
                    rejectedBy.computeIfAbsent(src, k -> new TreeMap<>()).merge(reason.replaceAll(" \\(.*", ""), 1, Integer::sum);
                    log.add(String.join("\t", "rejected-row", "officeholders.tsv:" + r.get("#line"), r.get("qid"), cell(r.get("label_en")),
                            cell(r.get("office")), reason));
                    continue;
                }
                perSource.get(src)[1]++;
                personsKept.computeIfAbsent(src, k -> new LinkedHashSet<>()).add(r.get("qid"));
                Person p = persons.computeIfAbsent(r.get("qid"), Person::new);
                p.labels.merge(r.get("label_en"), 1, Integer::sum);
                for (String o : split(r.get("other_labels_en"))) p.otherLabels.add(o);
                List<String> cq = split(r.get("country_qid"));
                List<String> cl = countryLabels(r.get("country"));
                p.countries.addAll(cl);
                String ev = ids(r.get("evidence"));
                p.evidence.addAll(List.of(ev.split(" ")));
                for (int i = 0; i < cq.size(); i++) {
                    Country c = countries.computeIfAbsent(cq.get(i), Country::new);
                    if (i < cl.size()) c.labels.merge(cl.get(i), 1, Integer::sum);
                    c.evidence.addAll(List.of(ev.split(" ")));
                }
                Set<String> flags = new LinkedHashSet<>();
                String as = r.get("as_of");
                if (as.isEmpty()) {
                    as = asOf.getOrDefault(HoldingRules.file(r), "");
                    if (!as.isEmpty()) flags.add("as-of-from-data");
                }
                p.holdings.add(new Holding(r, HoldingRules.office(r), r.get("office_qid"), rules.classes(r, nationalOffices, countryKeys), cq,
                        r.get("start"), r.get("end"), ev, flags, HoldingRules.file(r)));
                r.put("as_of", as);
            }
            rules.flagContested(persons.values());

            List<String> gaz = new ArrayList<>();
            Set<String> done = new LinkedHashSet<>();
            Map<String, Set<String>> countryNameOwners = items.countryNames(entities, countries);
            for (Map<String, String> e : entities) {
                String qid = e.get("qid");
                Person p = persons.get(qid);
                if (e.get("type").equals("person")) gaz.add(items.personRow(qid, e, p));
                else gaz.add(items.placeRow(e, countries.get(qid), countryNameOwners));
                done.add(qid);
            }
            for (Person p : persons.values()) if (done.add(p.qid)) gaz.add(items.personRow(p.qid, null, p));
            for (Country c : countries.values()) if (done.add(c.qid)) gaz.add(items.placeRow(null, c, countryNameOwners));
            for (String n : items.namesDe.keySet())
                if (!items.namesDeUsed.contains(n)) log.add(String.join("\t", "unused-name", "names-de.tsv", "-", n, "-", "no country or city of this English name in the sources"));

            List<String> holders = new ArrayList<>();
            holders.add("# Offices held, one row per person, office and start, built from shared/wikidata/officeholders.tsv by `newskg gazetteer build`"
                    + " (see README.md, \"holders.tsv\"); do not edit, rebuild.");
            holders.add("# qid\toffice\toffice_qid\tclasses\tcountry_qid\tstart\tend\tas_of\tflags\tevidence");
            for (Person p : persons.values())
                for (Holding h : p.holdings)
                    holders.add(String.join("\t", p.qid, cell(h.office()), cell(h.officeQid()), cell(String.join(",", h.classes())),
                            cell(String.join(";", h.countries())), cell(h.start()), cell(h.end()), cell(h.row().get("as_of")),
                            cell(String.join(",", h.flags())), h.evidence()));

            List<String> summary = summary(persons, countries, gaz.size());
            List<String> header = new ArrayList<>();
            header.add("# newskg's offline Wikidata gazetteer, built by `newskg gazetteer build` from shared/wikidata (entities.tsv, officeholders.tsv)"
                    + " with offices.tsv, person-names.tsv and names-de.tsv (see README.md); do not edit, rebuild.");
            header.add("# inputs (sha256): " + digest(entitiesFile) + " entities.tsv, " + digest(holdersFile) + " officeholders.tsv");
            header.add("# evidence: S<n> is the URL of row n of sources.tsv. labels_de_generated: German forms newskg generated (person-names.tsv,"
                    + " names-de.tsv), not read from a source; generated_by: the scheme.");
            header.add("# qid\ttype\tlabel_en\tlabels_de\taliases\tdescription\tevidence\tlabels_de_generated\tgenerated_by\tshort_forms");
            header.addAll(gaz);

            List<String> src = new ArrayList<>();
            src.add("# The pinned source files the gazetteer's and holders' evidence cites as S<n>, built by `newskg gazetteer build`.");
            src.add("# id\turl");
            sourceIds.forEach((url, id) -> src.add(id + "\t" + url));

            List<String> logLines = new ArrayList<>();
            logLines.add("# What `newskg gazetteer build` did with the sources (see README.md, \"The build\").");
            for (String s : summary) logLines.add("# " + s);
            logLines.add("# kind\twhere\tqid\tname\toffice\treason");
            logLines.addAll(log);
            return new Result(header, holders, src, logLines, summary);
        }

        List<String> summary(Map<String, Person> persons, Map<String, Country> countries, int itemCount) {
            List<String> out = new ArrayList<>();
            out.add("source\trows read\trows kept\tpersons read\tpersons kept\trejected (reason: rows)");
            int read = 0, kept = 0;
            for (Map.Entry<String, int[]> s : perSource.entrySet()) {
                read += s.getValue()[0];
                kept += s.getValue()[1];
                Map<String, Integer> why = rejectedBy.getOrDefault(s.getKey(), Map.of());
                out.add(String.join("\t", s.getKey(), Integer.toString(s.getValue()[0]), Integer.toString(s.getValue()[1]),
                        Integer.toString(personsRead.get(s.getKey()).size()), Integer.toString(personsKept.getOrDefault(s.getKey(), Set.of()).size()),
                        why.isEmpty() ? "-" : String.join("; ", why.entrySet().stream().map(x -> x.getKey() + ": " + x.getValue()).toList())));
            }
            Set<String> allRead = new LinkedHashSet<>();
            personsRead.values().forEach(allRead::addAll);
            out.add(String.join("\t", "all", Integer.toString(read), Integer.toString(kept), Integer.toString(allRead.size()),
                    Integer.toString(persons.size()), Integer.toString(read - kept) + " rows"));
            long generated = persons.values().stream().filter(p -> items.schemeOf(p) != null).count();
            out.add("items " + itemCount + ", persons from officeholders.tsv " + persons.size() + " (" + generated + " with a German spelling scheme), countries named by rows "
                    + countries.size() + ", contested holdings " + log.stream().filter(l -> l.startsWith("contested")).count());
            return out;
        }

        /** The evidence URLs as source ids, any other words as they are. */
        String ids(String evidence) {
            List<String> out = new ArrayList<>();
            for (String w : evidence.strip().split("\\s+")) {
                if (w.isEmpty()) continue;
                if (GazetteerRows.SOURCE_ID.matcher(w).matches()) throw new NewskgException("evidence word '" + w + "' looks like a source id");
                out.add(HoldingRules.URL.matcher(w).matches() ? sourceIds.computeIfAbsent(w, u -> "S" + (sourceIds.size() + 1)) : w);
            }
            return String.join(" ", out);
        }
    }

    /** A cell of country labels as names: "the United States" is "United States". */
    static List<String> countryLabels(String cell) {
        return split(cell).stream().map(c -> c.startsWith("the ") ? c.substring(4) : c).toList();
    }

    /** The keys of a count map, most counted first, ties in the order they came. */
    static List<String> byCount(Map<String, Integer> counts) {
        List<Map.Entry<String, Integer>> es = new ArrayList<>(counts.entrySet());
        es.sort((a, b) -> Integer.compare(b.getValue(), a.getValue()));
        return es.stream().map(Map.Entry::getKey).toList();
    }

    static List<String> split(String cell) {
        if (cell == null || cell.isBlank() || cell.equals("-")) return List.of();
        return Arrays.stream(cell.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static String cell(String v) {
        String c = v == null ? "" : v.replaceAll("[\\t\\r\\n]+", " ").strip();
        return c.isEmpty() ? "-" : c;
    }

    static String cells(java.util.Collection<String> values) {
        return values.isEmpty() ? "-" : String.join(";", values.stream().map(v -> cell(v.replace(';', ',')) ).toList());
    }

    static String digest(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
