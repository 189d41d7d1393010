package org.w3id.newskg.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.w3id.newskg.model.Entity;
import org.w3id.newskg.model.Extraction;
import org.w3id.newskg.model.Statement;

/**
 * The statement and person metrics of the project's scorer (kgscore README, "Metrics"), on an extraction and
 * a gold file of that format: statements match on token overlap (≥ 60 % of the gold tokens, ≥ 50 % of the
 * predicted), greedily by Dice; a pair is attributed when the speaker's names match the gold speaker's
 * keys (or the last token of its label the gold name's), or both have no speaker. Persons match by name keys.
 */
final class EvalScorer {
    /** Raw counts; added over articles, then divided (micro average). */
    static final class Counts {
        int gold, pred, matched, attributed, goldPersons, predPersons, foundPersons, matchedPersons;

        void add(Counts o) {
            gold += o.gold; pred += o.pred; matched += o.matched; attributed += o.attributed;
            goldPersons += o.goldPersons; predPersons += o.predPersons; foundPersons += o.foundPersons; matchedPersons += o.matchedPersons;
        }

        double attributedF1() { return f1(attributed, pred, attributed, gold); }

        double statementF1() { return f1(matched, pred, matched, gold); }

        double personF1() { return f1(matchedPersons, predPersons, foundPersons, goldPersons); }

        private static double f1(int tpP, int predicted, int tpR, int goldCount) {
            double p = predicted == 0 ? (goldCount == 0 ? 1 : 0) : (double) tpP / predicted;
            double r = goldCount == 0 ? (predicted == 0 ? 1 : 0) : (double) tpR / goldCount;
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    private EvalScorer() {}

    static Counts score(JsonNode gold, Extraction ex) {
        Counts c = new Counts();
        String text = ex.article().text();
        Map<String, Set<String>> personKeys = new HashMap<>();
        for (JsonNode p : gold.get("persons")) {
            Set<String> keys = new HashSet<>();
            keys.add(key(p.get("name").asText()));
            for (JsonNode a : p.get("aliases")) keys.add(key(a.asText()));
            personKeys.put(p.get("name").asText(), keys);
        }
        record Pair(int g, int p, double dice, boolean attributed) {}
        List<JsonNode> golds = new ArrayList<>();
        gold.get("statements").forEach(golds::add);
        List<Statement> preds = new ArrayList<>(ex.statements());
        preds.sort(Comparator.comparing(s -> s.words().in(text)));
        List<Pair> pairs = new ArrayList<>();
        for (int g = 0; g < golds.size(); g++) {
            List<String> gt = tokens(golds.get(g).get("text").asText());
            for (int p = 0; p < preds.size(); p++) {
                List<String> pt = tokens(preds.get(p).words().in(text));
                int inter = intersection(gt, pt);
                if (gt.isEmpty() || pt.isEmpty() || inter * 10 < gt.size() * 6 || inter * 2 < pt.size()) continue;
                JsonNode sp = golds.get(g).get("speaker");
                boolean ok = attributed(sp == null || sp.isNull() ? null : sp.asText(), preds.get(p), ex, personKeys);
                pairs.add(new Pair(g, p, 2.0 * inter / (gt.size() + pt.size()), ok));
            }
        }
        pairs.sort(Comparator.comparingDouble((Pair x) -> -x.dice()).thenComparing(x -> !x.attributed()).thenComparingInt(Pair::g).thenComparingInt(Pair::p));
        Set<Integer> usedG = new HashSet<>(), usedP = new HashSet<>();
        for (Pair x : pairs) {
            if (usedG.contains(x.g()) || usedP.contains(x.p())) continue;
            usedG.add(x.g());
            usedP.add(x.p());
            c.matched++;
            if (x.attributed()) c.attributed++;
        }
        c.gold = golds.size();
        c.pred = preds.size();
        List<Entity> persons = ex.persons();
        c.goldPersons = personKeys.size();
        c.predPersons = persons.size();
        for (Map.Entry<String, Set<String>> gp : personKeys.entrySet()) {
            boolean singleWord = key(gp.getKey()).split(" ").length == 1;
            if (persons.stream().anyMatch(e -> names(e).stream().map(EvalScorer::key).anyMatch(k -> gp.getValue().contains(k) && (singleWord || k.contains(" ")))))
                c.foundPersons++;
        }
        for (Entity e : persons)
            if (personKeys.values().stream().anyMatch(keys -> names(e).stream().map(EvalScorer::key).anyMatch(keys::contains))) c.matchedPersons++;
        return c;
    }

    private static boolean attributed(String goldSpeaker, Statement s, Extraction ex, Map<String, Set<String>> personKeys) {
        if (goldSpeaker == null) return s.speaker().isEmpty();
        Optional<Entity> e = s.speaker().flatMap(ex::entity);
        if (e.isEmpty()) return false;
        Set<String> keys = personKeys.getOrDefault(goldSpeaker, Set.of());
        for (String n : names(e.get())) if (keys.contains(key(n))) return true;
        String[] label = key(e.get().label()).split(" ");
        String[] g = key(goldSpeaker).split(" ");
        return label[label.length - 1].equals(g[g.length - 1]);
    }

    private static Set<String> names(Entity e) {
        Set<String> n = new HashSet<>(e.surfaceForms());
        n.add(e.label());
        return n;
    }

    static String norm(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("[\\p{P}`]", "");
        return n.replaceAll("\\s+", " ").strip();
    }

    static List<String> tokens(String s) {
        String n = norm(s);
        return n.isEmpty() ? List.of() : List.of(n.split(" "));
    }

    static String key(String s) {
        return Normalizer.normalize(norm(s), Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace("ß", "ss");
    }

    private static int intersection(List<String> a, List<String> b) {
        Map<String, Integer> m = new HashMap<>();
        for (String x : a) m.merge(x, 1, Integer::sum);
        int n = 0;
        for (String y : b) {
            Integer k = m.get(y);
            if (k != null && k > 0) { n++; m.put(y, k - 1); }
        }
        return n;
    }
}
