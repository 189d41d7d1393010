package org.w3id.newskg.link;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.w3id.newskg.kb.NameKeys;
import org.w3id.newskg.model.LinkDecision;

/**
 * Decides between the items an entity's names matched, with what the article says about the entity. A wrong
 * owl:sameAs is worse than none, so the rules only link when nothing speaks against the item and every other
 * candidate is ruled out:
 *
 * <ol>
 *   <li>An item is <b>ruled out</b> when the article contradicts it: an office of another domain ("Fußballtrainer"
 *       for a politician: sport against politics) or another country ("French President" for the head of state
 *       of Russia).</li>
 *   <li>It <b>agrees</b> when an office of the article is one of the item's (a specific one: "politician" alone
 *       does not count), a country of the article is one of the item's, or an organisation of the article is named
 *       in the item's description ("CDU-Chef" and "German politician (CDU)").</li>
 *   <li>A <b>whole name</b> (exact or transliterated) links when exactly one item remains; if other items of that
 *       name were ruled out, the one left must also agree. In the open world (online) it must always agree.</li>
 *   <li>A name with <b>initials</b> for the item's given names ("Joseph R. Biden") links like a whole name,
 *       offline. A <b>partial name</b>, with more words than the item's, never links: "George H. W. Bush" has
 *       every word of "George W. Bush" and is someone else. (A name with fewer words than the item's does not
 *       match at all: "George Bush" leaves out what sets George W. Bush apart.)</li>
 *   <li>A <b>surname alone</b> links only when the gazetteer has exactly one person of that surname, the item agrees
 *       and the article never gave another first name; offline only.</li>
 *   <li>Anything else with candidates is Unsure (candidates with scores, never owl:sameAs); no candidate is Unlinked.</li>
 * </ol>
 *
 * Every Linked decision carries its evidence: the names that matched, the context that agreed, where the QID
 * comes from.
 */
final class LinkRules {
    private static final String GENERIC_OFFICE = "politics/politician";

    /** A candidate item with what the article says for and against it. */
    record Judgement(NameIndex.Match match, List<String> agrees, List<String> contradicts) {
        boolean ruledOut() { return !contradicts.isEmpty(); }

        double score() {
            double base = switch (match.level()) {
                case EXACT -> 0.95;
                case TRANSLIT -> 0.9;
                case INITIALS -> 0.85;
                case PARTIAL -> 0.7;
                case SURNAME -> 0.6;
            };
            if (ruledOut()) return Math.round(base * 20) / 100.0;
            return Math.min(1.0, Math.round((base + 0.02 * agrees.size()) * 100) / 100.0);
        }
    }

    private LinkRules() {}

    static Judgement judge(NameIndex.Match m, ArticleContext ctx) {
        KnownItem it = m.item();
        List<String> agrees = new ArrayList<>();
        List<String> contradicts = new ArrayList<>();
        for (Map.Entry<String, Set<String>> o : new java.util.TreeMap<>(ctx.offices()).entrySet()) {   // sorted: evidence text is stable
            Set<String> specific = new LinkedHashSet<>(o.getValue());
            specific.remove(GENERIC_OFFICE);
            Set<String> shared = new LinkedHashSet<>(specific);
            shared.retainAll(it.offices());
            if (!shared.isEmpty()) agrees.add("office '" + o.getKey() + "' agrees (" + String.join(", ", shared) + ")");
            Set<String> ours = domains(o.getValue());
            Set<String> theirs = domains(it.offices());
            if (!ours.isEmpty() && !theirs.isEmpty() && ours.stream().noneMatch(theirs::contains))
                contradicts.add("office '" + o.getKey() + "' (" + String.join(", ", ours) + ") contradicts '" + it.description()
                        + "' (" + String.join(", ", theirs) + ")");
        }
        if (!ctx.countries().isEmpty() && !it.countries().isEmpty()) {
            List<String> same = new ArrayList<>();
            for (Map.Entry<String, Optional<String>> c : new java.util.TreeMap<>(ctx.countries()).entrySet()) {
                boolean byQid = c.getValue().isPresent() && it.countries().contains(c.getValue().get());
                if (byQid || it.countryNames().contains(NameKeys.plain(c.getKey())))
                    same.add(c.getKey() + c.getValue().map(q -> " (" + q + ")").orElse(""));
            }
            if (!same.isEmpty()) agrees.add("country " + String.join(", ", same) + " agrees");
            else contradicts.add("country " + String.join(", ", new java.util.TreeSet<>(ctx.countries().keySet())) + " contradicts '" + it.description() + "'");
        }
        String description = " " + NameKeys.plain(it.description()) + " ";
        for (String org : ctx.orgs()) {
            String k = NameKeys.plain(org);
            if (k.length() >= 2 && description.contains(" " + k + " ")) agrees.add("organisation '" + org + "' named in '" + it.description() + "'");
        }
        return new Judgement(m, agrees, contradicts);
    }

    /**
     * The decision for one entity from its matches: {@code surnameOnly} when the entity was only ever named by
     * its surname, {@code openWorld} when the candidates come from Wikidata itself rather than a closed gazetteer.
     */
    static LinkDecision decide(List<NameIndex.Match> matches, ArticleContext ctx, boolean surnameOnly, boolean openWorld) {
        if (matches.isEmpty()) return new LinkDecision.Unlinked("no known item of this type with this name");
        List<Judgement> all = matches.stream().map(m -> judge(m, ctx)).toList();
        List<Judgement> left = all.stream().filter(j -> !j.ruledOut()).toList();
        if (left.size() != 1) return unsure(all);
        Judgement j = left.getFirst();
        boolean agrees = !j.agrees().isEmpty();
        boolean alone = all.size() == 1;
        boolean sure = switch (j.match().level()) {
            case EXACT, TRANSLIT -> openWorld ? agrees : alone || agrees;
            case INITIALS -> !openWorld && (alone || agrees);
            case PARTIAL -> false;
            case SURNAME -> !openWorld && surnameOnly && alone && agrees;
        };
        if (!sure) return unsure(all);
        return new LinkDecision.Linked(j.match().item().qid(), j.score(), evidence(j, all));
    }

    private static LinkDecision unsure(List<Judgement> all) {
        return new LinkDecision.Unsure(all.stream()
                .sorted((a, b) -> Double.compare(b.score(), a.score()))
                .map(j -> new LinkDecision.Candidate(j.match().item().qid(), j.match().item().label(), j.score()))
                .toList());
    }

    private static String evidence(Judgement j, List<Judgement> all) {
        NameIndex.Match m = j.match();
        KnownItem it = m.item();
        StringBuilder b = new StringBuilder();
        b.append("name '").append(m.form()).append("' ").append(switch (m.level()) {
            case EXACT -> "=";
            case TRANSLIT -> "≈ (transliteration)";
            case INITIALS -> "≈ (initials)";
            case PARTIAL -> "≈ (partial name)";
            case SURNAME -> "= surname of";
        }).append(" '").append(m.itemName()).append("' (").append(it.label()).append(", ").append(it.type()).append(")");
        if (m.level() == NameIndex.Level.SURNAME) b.append("; the only known person of this surname");
        for (String a : j.agrees()) b.append("; ").append(a);
        for (Judgement o : all)
            if (o != j) b.append("; ruled out ").append(o.match().item().qid()).append(": ").append(String.join(", ", o.contradicts()));
        b.append("; QID source: ").append(it.evidence());
        return b.toString();
    }

    private static Set<String> domains(Set<String> offices) {
        Set<String> out = new LinkedHashSet<>();
        for (String o : offices) {
            int slash = o.indexOf('/');
            String d = slash < 0 ? o : o.substring(0, slash);
            if (!d.equals("any")) out.add(d);
        }
        return out;
    }
}
