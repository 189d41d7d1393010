package org.w3id.newskg.kb;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.newskg.kb.GazetteerBuilder.Holding;
import org.w3id.newskg.kb.GazetteerBuilder.Person;
import org.w3id.newskg.model.NewskgException;

import static org.w3id.newskg.kb.GazetteerBuilder.cell;
import static org.w3id.newskg.kb.GazetteerBuilder.countryLabels;
import static org.w3id.newskg.kb.GazetteerBuilder.split;

/**
 * What {@link GazetteerBuilder} decides about each row of {@code officeholders.tsv}: whether it is rejected, its
 * office's classes (a national head by the world-leaders export, another body's or a region's office set apart), and
 * which open-ended holdings are contested. Rejections and contests go to the build log.
 */
final class HoldingRules {
    /** Rows that start before this year are rejected: no person who held an office then is news. */
    static final int EARLIEST_START = 1900;
    static final Pattern URL = Pattern.compile("https://github\\.com/([^/\\s]+)/([^/\\s]+)/blob/([0-9a-f]{40})/(\\S+)");
    static final List<String> HEADS = List.of("politics/head-of-state", "politics/head-of-government");   // a list: the order is written
    /** Classes of a state's own offices: "Vice President of the National People's Congress" is not the state's. */
    private static final Set<String> STATE_OFFICES = Set.of("politics/head-of-state", "politics/head-of-government", "politics/monarch",
            "politics/chancellor", "politics/vice-president", "politics/vice-chancellor", "politics/deputy-head-of-government");
    /** Names of a state's government: "Vice Premier of the State Council" is the state's, not another body's. */
    private static final Set<String> GOVERNMENTS = Set.of("state council", "council of ministers", "government", "federal government", "cabinet");
    /** Words of a state's name that do not set it apart from the country ("the Republic of Cyprus" is Cyprus). */
    private static final Set<String> STATE_WORDS = Set.of("republic", "kingdom", "state", "federal", "commonwealth", "principality",
            "grand", "duchy", "islamic", "people", "s", "democratic", "united", "socialist", "arab", "federative", "hellenic", "of", "the");
    static final String WORLD_LEADERS = "every-politician-scrapers/world-leaders-2021";

    private final OfficeClasses offices;
    private final List<String> log;

    HoldingRules(OfficeClasses offices, List<String> log) {
        this.offices = offices;
        this.log = log;
    }

    /** "republic of cyprus", "federal republic of germany": the state {@code k} by a name of its constitution. */
    static boolean stateOf(String x, String k) {
        if (!x.endsWith(" " + k)) return false;
        for (String w : x.substring(0, x.length() - k.length()).strip().split(" "))
            if (!STATE_WORDS.contains(w)) return false;
        return true;
    }

    /** Why a row is left out, or null. */
    String rejection(Map<String, String> r) {
        String label = r.get("label_en");
        if (label.isEmpty() || label.matches("Q[0-9]+")) return "no English name in the source (officeholders.md, 'QID-as-label rows')";
        String start = r.get("start");
        if (start.matches("[0-9]{1,4}(-.*)?") && Integer.parseInt(start.split("-")[0]) < EARLIEST_START)
            return "starts before " + EARLIEST_START + " (in " + start.split("-")[0] + "; officeholders.md, 'Medieval rulers')";
        if (r.get("office").equals("emir") && countryLabels(r.get("country")).contains("Islamic Emirate of Afghanistan"))
            return "the generic position 'emir' listed under the Islamic Emirate of Afghanistan (officeholders.md, 'Wrong rows')";
        return null;
    }

    /** The office as the row names it; a QID in its place (three EveryPolitician rows) is no name. */
    static String office(Map<String, String> r) {
        String o = r.get("office");
        return o.matches("Q[0-9]+") ? "" : o;
    }

    /**
     * The office's classes: a national head (by the world-leaders export's office QIDs) is head of state or
     * government even where its name says neither ("Chairman of the Presidential Council"); an office of a state's
     * kind ({@link #STATE_OFFICES}) named "… of X", where X is neither the row's country nor its government ("the State
     * Council"), is another body's or a region's ("Premier of Ontario", "Vice President of the National People's
     * Congress"): its heads become
     * {@code politics/regional-head}, its other state classes go.
     */
    Set<String> classes(Map<String, String> r, Set<String> national, Map<String, Set<String>> countryKeys) {
        String office = office(r);
        Set<String> c = new LinkedHashSet<>(office.isEmpty() ? Set.of() : offices.ofOffice(office));
        if (split(r.get("office_qid")).stream().anyMatch(national::contains)) {
            if (c.stream().noneMatch(HEADS::contains)) c.addAll(HEADS);
            return c;
        }
        if (c.stream().noneMatch(STATE_OFFICES::contains)) return c;
        int of = office.indexOf(" of ");
        if (of < 0) return c;
        String x = NameKeys.plain(office.substring(of + 4).replaceFirst("^(?i)the ", ""));
        if (GOVERNMENTS.contains(x)) return c;
        for (String q : split(r.get("country_qid")))
            for (String k : countryKeys.getOrDefault(q, Set.of()))
                if (!k.isEmpty() && (x.equals(k) || (" " + k + " ").contains(" " + x + " ") || stateOf(x, k))) return c;
        boolean head = c.stream().anyMatch(HEADS::contains) || c.contains("politics/monarch");
        c.removeAll(STATE_OFFICES);
        if (head) c.add("politics/regional-head");
        return c;
    }

    void flagContested(java.util.Collection<Person> persons) {
        Map<String, Set<String>> open = new LinkedHashMap<>();
        for (Person p : persons)
            for (Holding h : p.holdings)
                if (h.end().isEmpty() && !h.start().isEmpty() && h.classes().stream().anyMatch(Offices.SINGLE::contains))
                    open.computeIfAbsent(String.join("|", h.file(), h.officeQid().isEmpty() ? h.office() : h.officeQid(),
                            String.join(";", h.countries()), h.start().split("-")[0]), k -> new LinkedHashSet<>()).add(p.qid);
        for (Person p : persons)
            for (Holding h : p.holdings) {
                if (!h.end().isEmpty() || h.start().isEmpty()) continue;
                Set<String> who = open.get(String.join("|", h.file(), h.officeQid().isEmpty() ? h.office() : h.officeQid(),
                        String.join(";", h.countries()), h.start().split("-")[0]));
                if (who != null && who.size() > 1) {
                    h.flags().add("contested");
                    log.add(String.join("\t", "contested", "officeholders.tsv:" + h.row().get("#line"), p.qid, cell(h.row().get("label_en")),
                            cell(h.office()), "open-ended, and " + (who.size() - 1) + " other holder(s) of this office start the same year in "
                                    + "the same source file; neither is taken as the holder"));
                }
            }
    }

    /** The source of a row: the repository (and for several files of one repository, the file) of its first URL. */
    static String source(Map<String, String> r) {
        Matcher m = URL.matcher(r.get("evidence"));
        if (!m.find()) throw new NewskgException("officeholders.tsv:" + r.get("#line") + ": no pinned URL in evidence");
        return m.group(1) + "/" + m.group(2);
    }

    /** The file (URL) a row was read from: its first evidence URL. */
    static String file(Map<String, String> r) {
        return r.get("evidence").split("\\s+")[0];
    }

    /** For source files without a snapshot date: the latest date their kept rows hold. */
    static Map<String, String> estimatedAsOf(List<Map<String, String>> rows) {
        Map<String, String> latest = new LinkedHashMap<>();
        for (Map<String, String> r : rows) {
            if (!r.get("as_of").isEmpty()) continue;
            for (String d : List.of(r.get("start"), r.get("end")))
                for (String x : split(d))
                    if (x.matches("[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?")) latest.merge(file(r), x, (a, b) -> a.compareTo(b) >= 0 ? a : b);
        }
        return latest;
    }
}
