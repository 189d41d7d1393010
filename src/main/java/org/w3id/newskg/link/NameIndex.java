package org.w3id.newskg.link;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.w3id.newskg.kb.NameKeys;

/**
 * Known items by name key, for looking up the names an article uses. Five strengths of match, strongest first:
 * {@link Level#EXACT} (plain keys equal), {@link Level#TRANSLIT} (folded keys equal: "Wladimir Orlow" / "Vladimir
 * Orlov"), {@link Level#INITIALS} (persons: the same words, some as initials: "Joseph R. Biden" / "Joseph Robinette
 * Biden Jr."), {@link Level#PARTIAL} (persons: the article's name has every word of the item's name and more:
 * "Emmanuel Jean-Michel Lindgren" / "Erik Lindgren"; see {@link #partial}) and
 * {@link Level#SURNAME} (a single word that is one of a person's short forms, {@link KnownItem#shortForms}: the
 * surname "Petrow" or "Petrov", the family name "Xi" of "Xi Jinping", by folded key). Immutable.
 */
final class NameIndex {
    enum Level { EXACT, TRANSLIT, INITIALS, PARTIAL, SURNAME }

    /** One item a name matched, how strongly, and through which of the item's names. */
    record Match(KnownItem item, Level level, String form, String itemName) {}

    private record Entry(KnownItem item, String name, String[] folded) {}

    private final Map<String, Object> plain = new HashMap<>();      // key → Entry or Entry[]
    private final Map<String, Object> folded = new HashMap<>();
    private final Map<String, Object> lastWord = new HashMap<>();
    private final Map<String, Object> shortForm = new HashMap<>();

    NameIndex(Collection<KnownItem> items) {
        for (KnownItem it : items) {
            Set<String> seenPlain = new LinkedHashSet<>();
            Set<String> seenFolded = new LinkedHashSet<>();
            for (String n : it.names()) {
                List<String> words = NameKeys.words(n);
                if (words.isEmpty()) continue;
                String[] f = words.stream().map(NameKeys::foldWord).toArray(String[]::new);
                String fk = String.join(" ", f);
                String pk = String.join(" ", words);
                boolean newPlain = seenPlain.add(pk);
                boolean newFolded = seenFolded.add(fk);
                if (!newPlain && !newFolded) continue;
                Entry e = new Entry(it, n, f);
                if (newPlain) put(plain, pk, e);
                if (!newFolded) continue;
                put(folded, fk, e);
                if (it.isPerson() && f.length > 1) put(lastWord, f[f.length - 1], e);
            }
            if (!it.isPerson()) continue;
            Set<String> keys = new LinkedHashSet<>();
            for (String s : it.shortForms()) keys.add(NameKeys.folded(s));
            for (String k : keys) if (!k.isEmpty()) put(shortForm, k, new Entry(it, it.label(), new String[0]));
        }
    }

    private static void put(Map<String, Object> map, String key, Entry e) {
        map.merge(key, e, (a, b) -> {
            Entry[] old = a instanceof Entry x ? new Entry[] {x} : (Entry[]) a;
            for (Entry o : old) if (o.item() == e.item() && o.name().equals(e.name())) return a;
            Entry[] out = java.util.Arrays.copyOf(old, old.length + 1);
            out[old.length] = e;
            return out;
        });
    }

    private static Entry[] get(Map<String, Object> map, String key) {
        Object v = map.get(key);
        if (v == null) return new Entry[0];
        return v instanceof Entry e ? new Entry[] {e} : (Entry[]) v;
    }

    /** The items that this name names as a whole (exact, transliterated, or for persons partially), best level per item. */
    List<Match> find(String form, Predicate<KnownItem> fits) {
        Map<String, Match> best = new LinkedHashMap<>();
        List<String> words = NameKeys.words(form);
        if (words.isEmpty()) return List.of();
        for (Entry e : get(plain, String.join(" ", words))) keep(best, e, Level.EXACT, form, fits);
        List<String> f = words.stream().map(NameKeys::foldWord).toList();
        for (Entry e : get(folded, String.join(" ", f))) keep(best, e, Level.TRANSLIT, form, fits);
        if (f.size() > 1)
            for (Entry e : get(lastWord, f.getLast()))
                if (partial(f, List.of(e.folded()))) keep(best, e, f.size() == e.folded().length ? Level.INITIALS : Level.PARTIAL, form, fits);
        return List.copyOf(best.values());
    }

    /** The persons one of whose short forms this word is (folded: "Petrow" finds "Petrov"), best level per item. */
    List<Match> surname(String word, Predicate<KnownItem> fits) {
        Map<String, Match> best = new LinkedHashMap<>();
        String k = NameKeys.folded(word);
        if (k.isEmpty()) return List.of();
        for (Entry e : get(shortForm, k)) keep(best, e, Level.SURNAME, word, fits);
        return List.copyOf(best.values());
    }

    private static void keep(Map<String, Match> best, Entry e, Level level, String form, Predicate<KnownItem> fits) {
        if (!fits.test(e.item())) return;
        Match old = best.get(e.item().qid());
        if (old == null || old.level().compareTo(level) > 0) best.put(e.item().qid(), new Match(e.item(), level, form, e.name()));
    }

    /**
     * The article's name says at least all that the item's name says: both end in the same surname, every word
     * of the item's name appears in order in the article's name (an initial on either side stands for a word
     * with that letter), and at least two whole words agree. So "Joseph R. Biden Jr." is partially "Joseph
     * Robinette Biden" and "Emmanuel Jean-Michel Lindgren" partially "Erik Lindgren"; but "George Bush" is not
     * "George W. Bush": the article's name leaves out what sets the item apart. Equal names are not partial.
     */
    static boolean partial(List<String> article, List<String> item) {
        if (article.equals(item) || !article.getLast().equals(item.getLast())) return false;
        int j = 0;
        int whole = 0;
        for (String w : item) {
            while (j < article.size() && !agree(article.get(j), w)) j++;
            if (j == article.size()) return false;
            if (w.length() > 1 && article.get(j).length() > 1) whole++;
            j++;
        }
        return whole >= 2;
    }

    private static boolean agree(String a, String b) {
        if (a.equals(b)) return true;
        return a.length() == 1 && b.startsWith(a) || b.length() == 1 && a.startsWith(b);
    }
}
