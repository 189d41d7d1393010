package org.w3id.newskg.kb;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.w3id.newskg.kb.GazetteerBuilder.Country;
import org.w3id.newskg.kb.GazetteerBuilder.Holding;
import org.w3id.newskg.kb.GazetteerBuilder.Person;

import static org.w3id.newskg.kb.GazetteerBuilder.byCount;
import static org.w3id.newskg.kb.GazetteerBuilder.cell;
import static org.w3id.newskg.kb.GazetteerBuilder.cells;
import static org.w3id.newskg.kb.GazetteerBuilder.countryLabels;
import static org.w3id.newskg.kb.GazetteerBuilder.split;
import static org.w3id.newskg.kb.HoldingRules.HEADS;

/**
 * The rows of {@code gazetteer.tsv} that {@link GazetteerBuilder} writes: a person's names (label, aliases, German
 * forms by the spelling scheme of the person's countries, short forms), description and evidence; a place's names
 * (German ones from {@code names-de.tsv}), with a name two countries share dropped and logged.
 */
final class GazetteerRows {
    static final Pattern SOURCE_ID = Pattern.compile("S[0-9]+");

    private final PersonNames names;
    final Map<String, List<String>> namesDe;                        // English place name → German names
    final Set<String> namesDeUsed = new LinkedHashSet<>();
    private final List<String> log;
    private final UnaryOperator<String> ids;                        // evidence URLs → source ids

    GazetteerRows(PersonNames names, Map<String, List<String>> namesDe, List<String> log, UnaryOperator<String> ids) {
        this.names = names;
        this.namesDe = namesDe;
        this.log = log;
        this.ids = ids;
    }

    /** Every name of every country, plain key → the QIDs it names, to find one name given to two countries. */
    Map<String, Set<String>> countryNames(List<Map<String, String>> entities, Map<String, Country> countries) {
        Map<String, Set<String>> owners = new LinkedHashMap<>();
        for (Map<String, String> e : entities)
            if (e.get("type").equals("country"))
                for (String n : placeNames(e, countries.get(e.get("qid"))))
                    owners.computeIfAbsent(NameKeys.plain(n), k -> new LinkedHashSet<>()).add(e.get("qid"));
        for (Country c : countries.values())
            for (String n : placeNames(null, c)) owners.computeIfAbsent(NameKeys.plain(n), k -> new LinkedHashSet<>()).add(c.qid);
        return owners;
    }

    List<String> placeNames(Map<String, String> e, Country c) {
        Set<String> all = new LinkedHashSet<>();
        if (e != null) {
            all.add(e.get("label_en"));
            all.addAll(split(e.get("labels_de")));
            all.addAll(split(e.get("aliases")));
        }
        if (c != null) all.addAll(byCount(c.labels));
        return List.copyOf(all);
    }

    String personRow(String qid, Map<String, String> e, Person p) {
        String label = e != null ? e.get("label_en") : label(p);
        List<String> labelsDe = e != null ? split(e.get("labels_de")) : List.of();
        Set<String> aliases = new LinkedHashSet<>();
        if (e != null) aliases.addAll(split(e.get("aliases")));
        if (p != null) {
            aliases.addAll(byCount(p.labels));
            aliases.addAll(p.otherLabels);
        }
        Set<String> known = new LinkedHashSet<>();
        known.add(NameKeys.plain(label));
        labelsDe.forEach(n -> known.add(NameKeys.plain(n)));
        aliases.removeIf(a -> !known.add(NameKeys.plain(a)));
        String scheme = p == null ? null : schemeOf(p);
        Set<String> generated = new LinkedHashSet<>();
        if (scheme != null) {
            List<String> english = new ArrayList<>();
            english.add(label);
            english.addAll(aliases);
            for (String n : english) {
                String de = names.german(n, scheme);
                if (known.add(NameKeys.plain(de))) generated.add(de);
            }
        }
        boolean familyFirst = p != null && p.countries.stream().anyMatch(names::familyFirst);
        Set<String> shortForms = new LinkedHashSet<>();
        List<String> all = new ArrayList<>();
        all.add(label);
        all.addAll(labelsDe);
        all.addAll(generated);
        all.addAll(aliases);
        for (String n : all) shortForms.addAll(PersonNames.shortForms(n, familyFirst));
        String description = e != null ? e.get("description") : description(p);
        Set<String> ev = new LinkedHashSet<>();
        if (e != null) {
            ev.add(ids.apply(e.get("evidence")));
            if (!e.get("evidence_de").isEmpty()) ev.add(ids.apply(e.get("evidence_de")));
        }
        if (p != null) ev.addAll(p.evidence);
        return String.join("\t", qid, "person", cell(label), cells(labelsDe), cells(aliases), cell(description), evidence(ev),
                cells(generated), scheme == null || generated.isEmpty() ? "-" : scheme, cells(shortForms));
    }

    String placeRow(Map<String, String> e, Country c, Map<String, Set<String>> owners) {
        String qid = e != null ? e.get("qid") : c.qid;
        String type = e != null ? e.get("type") : "country";
        String label = e != null ? e.get("label_en") : byCount(c.labels).getFirst();
        List<String> labelsDe = e != null ? split(e.get("labels_de")) : List.of();
        Set<String> aliases = new LinkedHashSet<>();
        if (e != null) aliases.addAll(split(e.get("aliases")));
        if (c != null) aliases.addAll(byCount(c.labels));
        Set<String> known = new LinkedHashSet<>();
        known.add(NameKeys.plain(label));
        labelsDe.forEach(n -> known.add(NameKeys.plain(n)));
        aliases.removeIf(a -> !known.add(NameKeys.plain(a)));
        boolean place = Set.of("country", "city", "region").contains(type);
        if (type.equals("country")) {
            for (String a : List.copyOf(aliases))
                if (owners.getOrDefault(NameKeys.plain(a), Set.of()).size() > 1) {
                    aliases.remove(a);
                    log.add(String.join("\t", "conflict", "-", qid, a, "-", "a name of " + String.join(" and ", owners.get(NameKeys.plain(a)))
                            + " in the sources: kept for neither (conflicts.md's rule)"));
                }
        }
        Set<String> generated = new LinkedHashSet<>();
        if (place) {
            List<String> english = new ArrayList<>();
            english.add(label);
            english.addAll(aliases);
            for (String n : english) {
                List<String> de = namesDe.get(n);
                if (de == null) continue;
                namesDeUsed.add(n);
                for (String d : de) if (known.add(NameKeys.plain(d))) generated.add(d);
            }
        }
        String description = e != null ? e.get("description") : "country";
        Set<String> ev = new LinkedHashSet<>();
        if (e != null) {
            ev.add(ids.apply(e.get("evidence")));
            if (!e.get("evidence_de").isEmpty()) ev.add(ids.apply(e.get("evidence_de")));
        }
        if (c != null) ev.addAll(c.evidence);
        return String.join("\t", qid, type, cell(label), cells(labelsDe), cells(aliases), cell(description), evidence(ev),
                cells(generated), generated.isEmpty() ? "-" : "names-de", "-");
    }

    /** The first scheme, in the file's order, of a country the person held an office of. */
    String schemeOf(Person p) {
        for (String c : names.countries()) {
            if (!p.countries.contains(c)) continue;
            var s = names.scheme(c);
            if (s.isPresent()) return s.get();
        }
        return null;
    }

    /** The label most rows give, a name with capital initials first (also one of the other labels: "Nayib Bukele", not "Nayib buke"). */
    static String label(Person p) {
        List<String> all = new ArrayList<>(byCount(p.labels));
        all.addAll(p.otherLabels);
        return all.stream().sorted((a, b) -> Boolean.compare(!capitalised(a), !capitalised(b))).findFirst().orElseThrow();
    }

    static boolean capitalised(String name) {
        for (String w : name.split("\\s+"))
            if (!w.isEmpty() && Character.isLowerCase(w.codePointAt(0)) && !PersonNames.PARTICLES.contains(w)) return false;
        return true;
    }

    /** "held: " and up to three offices, national heads first, then the latest (the linker reads offices from holders.tsv). */
    String description(Person p) {
        List<Holding> hs = new ArrayList<>(p.holdings);
        hs.removeIf(h -> h.office().isEmpty());
        hs.sort((a, b) -> {
            int heads = Boolean.compare(b.classes().stream().anyMatch(HEADS::contains), a.classes().stream().anyMatch(HEADS::contains));
            return heads != 0 ? heads : b.start().compareTo(a.start());
        });
        List<String> parts = new ArrayList<>();
        for (Holding h : hs) {
            String c = String.join(", ", countryLabels(h.row().get("country")));
            String part = h.office() + " (" + (c.isEmpty() ? "" : c + ", ") + h.start() + "–" + h.end().replaceAll(".*;", "") + ")";
            if (!parts.contains(part)) parts.add(part);
            if (parts.size() == 3) break;
        }
        return "held: " + (parts.isEmpty() ? "an office without a name in the source" : String.join("; ", parts));
    }

    static String evidence(Set<String> parts) {
        Set<String> words = new LinkedHashSet<>();
        List<String> out = new ArrayList<>();
        for (String p : parts) {
            if (p.isBlank()) continue;
            if (SOURCE_ID.matcher(p).matches()) {
                if (words.add(p)) out.add(p);
            } else {
                List<String> ws = new ArrayList<>();
                for (String w : p.split(" ")) if (!SOURCE_ID.matcher(w).matches() || words.add(w)) ws.add(w);
                if (!ws.isEmpty()) out.add(String.join(" ", ws));
            }
        }
        return out.isEmpty() ? "-" : String.join(" ", out);
    }
}
