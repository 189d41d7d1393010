package org.w3id.newskg.link;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.w3id.newskg.kb.Gazetteer;
import org.w3id.newskg.kb.NameKeys;

/**
 * The countries of a gazetteer by every name they have (German and English labels, aliases, plain and folded
 * keys): "Russland", "Russia" and "Russian Federation" are Q159 if the gazetteer says so. Immutable.
 */
final class Countries {
    private final Map<String, Gazetteer.Item> byKey = new HashMap<>();
    private final Map<String, Set<String>> namesByQid = new HashMap<>();

    Countries(List<Gazetteer.Item> items) {
        for (Gazetteer.Item it : items) {
            if (!it.type().equals("country")) continue;
            Set<String> names = namesByQid.computeIfAbsent(it.qid(), k -> new LinkedHashSet<>());
            for (String n : it.names()) {
                byKey.putIfAbsent(NameKeys.plain(n), it);
                byKey.putIfAbsent(NameKeys.folded(n), it);
                names.add(NameKeys.plain(n));
            }
        }
        namesByQid.replaceAll((k, v) -> java.util.Collections.unmodifiableSet(v));
    }

    /** The country of this name, if exactly the gazetteer knows it. */
    Optional<Gazetteer.Item> find(String name) {
        Gazetteer.Item it = byKey.get(NameKeys.plain(name));
        if (it == null) it = byKey.get(NameKeys.folded(name));
        return Optional.ofNullable(it);
    }

    /** The plain keys of every name of the country with this QID. */
    Set<String> nameKeys(String qid) {
        return namesByQid.getOrDefault(qid, Set.of());
    }

    /** The countries a description names, by name ("head of state of Russia") or by country word ("Dutch politician"). */
    Set<String> inText(String text, LinkLexicon lex) {
        Set<String> qids = new LinkedHashSet<>();
        String key = " " + NameKeys.plain(text) + " ";
        for (Map.Entry<String, Gazetteer.Item> e : byKey.entrySet())
            if (e.getKey().length() > 1 && key.contains(" " + e.getKey() + " ")) qids.add(e.getValue().qid());
        for (String label : lex.countries(text, "en")) find(label).ifPresent(i -> qids.add(i.qid()));
        return qids;
    }
}
