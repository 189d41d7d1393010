package org.w3id.newskg.extract.person;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.w3id.newskg.extract.mention.Mentions;
import org.w3id.newskg.extract.mention.NamedThing;
import org.w3id.newskg.extract.mention.PersonName;
import org.w3id.newskg.kb.Gazetteer;
import org.w3id.newskg.kb.NameKeys;
import org.w3id.newskg.model.AnnotatedText;
import org.w3id.newskg.model.Entity;
import org.w3id.newskg.model.EntityRef;
import org.w3id.newskg.model.EntityType;
import org.w3id.newskg.model.Gender;
import org.w3id.newskg.model.Mention;
import org.w3id.newskg.model.Role;

/**
 * Clusters name mentions into persons: a full name opens a person (two full names with the same surname and
 * different first names are two persons); a surname alone, or in the genitive, joins the person of that
 * surname mentioned last before it, or opens a surname-only person when there is none. The label is the
 * fullest name; roles, country and organisation come from the titles and appositions beside the names.
 * Organisations, countries and places are grouped by label.
 */
public final class PersonResolver {
    private final Gazetteer gazetteer;

    private final Predicate<String> givenName;

    /** @param givenName whether a word is a known first name (family-name-first names are told apart by it) */
    public PersonResolver(Gazetteer gazetteer, Predicate<String> givenName) {
        this.gazetteer = gazetteer;
        this.givenName = givenName;
    }

    /**
     * The names of one person, with the keys they are compared by: case, diacritics and punctuation folded
     * ({@link NameKeys#key}), so "Bëispiel" and "Beispiel", "Jean-Luc" and "Jean Luc" are one name, as they are
     * one IRI key — two persons of one article never share an IRI.
     */
    private static final class Cluster {
        final List<PersonName> names = new ArrayList<>();
        String surnameKey;
        /** The surname as first written. */
        String surname;
        /** The key of the first word of the first full name, or null while there is none. */
        String firstKey;
        final Set<String> nameKeys = new HashSet<>();
        /** The keys of the first words of its full names ("Xi" of "Xi Jinping"). */
        final Set<String> leadKeys = new HashSet<>();
        /** The keys of the inner names of its long names ({@link PersonName#innerNames}: "Salcedo" of "Rodrigo Salcedo Ibarra"). */
        final Set<String> innerKeys = new HashSet<>();

        void add(PersonName n, Function<String, String> key, Predicate<String> givenName) {
            names.add(n);
            if (surnameKey == null) { surnameKey = key.apply(n.surname()); surname = n.surname(); }
            nameKeys.add(key.apply(n.name()));
            String[] w = n.name().split("\\s+");
            if (w.length > 1) {
                String lead = key.apply(w[0]);
                leadKeys.add(lead);
                if (firstKey == null) firstKey = lead;
            }
            for (String inner : n.innerNames(givenName)) innerKeys.add(key.apply(inner));
        }

        /** "Salcedo Ibarra" of "Rodrigo Salcedo Ibarra": the last words of one of its full names. */
        boolean endsWith(String wordsKey) {
            return nameKeys.stream().anyMatch(k -> k.endsWith(" " + wordsKey));
        }
    }

    public People resolve(AnnotatedText text, Mentions mentions) {
        Map<String, String> folded = new HashMap<>();
        Function<String, String> key = s -> folded.computeIfAbsent(s, NameKeys::key);
        List<Cluster> clusters = new ArrayList<>();
        for (PersonName n : mentions.names()) {
            Cluster target = null;
            String surname = key.apply(n.surname()), whole = key.apply(n.name());
            if (n.words() > 1) {
                String first = n.name().split("\\s+")[0], firstKey = key.apply(first);
                boolean particle = !givenName.test(first) && Character.isUpperCase(first.codePointAt(0)) && first.length() <= 3;   // "Van Dongen"
                for (Cluster c : clusters)
                    if (c.surnameKey.equals(surname) && (c.firstKey == null || c.firstKey.equals(firstKey) || particle)
                            || !givenName.test(first) && c.endsWith(whole)) target = c;
            } else {
                for (Cluster c : clusters)
                    if (c.surnameKey.equals(surname) || c.nameKeys.contains(whole) || c.innerKeys.contains(whole)) target = c;
                if (target == null && givenName.test(n.name())) {   // "Sir Peter": a first name alone, of exactly one person named in full
                    List<Cluster> same = clusters.stream().filter(c -> whole.equals(c.firstKey)).toList();
                    if (same.size() == 1) target = same.getFirst();
                }
                if (target == null && !givenName.test(n.name()))   // family name first ("Xi Jinping" … "Xi"): the first word of a full name that is no given name
                    for (Cluster c : clusters)
                        if (c.leadKeys.contains(whole)) target = c;
                if (target == null) target = romanisedSurname(clusters, n.name());
                if (target == null) target = misspeltSurname(clusters, n.name());
            }
            if (target == null) { target = new Cluster(); clusters.add(target); }
            target.add(n, key, givenName);
        }
        clusters = mergeSameLabel(clusters, key);
        Builder b = new Builder(text);
        for (NamedThing t : mentions.things()) b.thing(t.type(), t.label(), t.mention());
        int p = 0;
        List<People.Ref> refs = new ArrayList<>();
        for (Cluster c : clusters) {
            EntityRef ref = new EntityRef("p" + (++p));
            String label = label(c, key);
            Set<String> forms = new LinkedHashSet<>();
            forms.add(label);
            List<Mention> ms = new ArrayList<>();
            List<Role> roles = new ArrayList<>();
            Gender gender = Gender.UNKNOWN;
            Optional<EntityRef> country = Optional.empty();
            List<EntityRef> orgs = new ArrayList<>();
            for (PersonName n : c.names) {
                forms.add(n.name());
                forms.add(n.mention().span().in(text.text()));
                ms.add(n.mention());
                refs.add(new People.Ref(n.mention().span(), ref));
                if (gender == Gender.UNKNOWN) gender = n.gender();
                Optional<EntityRef> nc = n.country().map(cn -> b.thing(EntityType.COUNTRY, cn, null));
                if (country.isEmpty()) country = nc;
                Optional<EntityRef> org = n.org().map(o -> b.thing(EntityType.ORGANIZATION, o, null));
                org.ifPresent(o -> { if (!orgs.contains(o)) orgs.add(o); });
                if (n.title().isPresent() && !n.title().get().isHonorific() && n.titleSpan().isPresent()) {
                    String title = n.titleText().orElseThrow();
                    if (roles.stream().noneMatch(r -> r.title().equals(title)))
                        roles.add(new Role(title, org.or(() -> nc), n.titleSpan().get()));
                }
            }
            b.entities.add(new Entity(ref, EntityType.PERSON, label, forms, ms, gender, roles, country, orgs));
        }
        for (Map.Entry<String, List<Mention>> e : b.thingMentions.entrySet())
            for (Mention m : e.getValue()) refs.add(new People.Ref(m.span(), b.thingRefs.get(e.getKey())));
        List<Entity> all = new ArrayList<>(b.entities);
        for (Map.Entry<String, EntityRef> e : b.thingRefs.entrySet()) {
            String[] k = e.getKey().split("\t", 2);
            EntityType type = EntityType.valueOf(k[0]);
            Set<String> forms = new LinkedHashSet<>();
            forms.add(b.thingLabels.get(e.getKey()));
            for (Mention m : b.thingMentions.getOrDefault(e.getKey(), List.of())) forms.add(m.span().in(text.text()));
            all.add(new Entity(e.getValue(), type, b.thingLabels.get(e.getKey()), forms,
                    b.thingMentions.getOrDefault(e.getKey(), List.of()), Gender.UNKNOWN, List.of(), Optional.empty(), List.of()));
        }
        return new People(all, refs);
    }

    /**
     * "Sokolovsky" after "Andrij Sokolovskyy" (a caption in another romanisation): the one person whose surname folds
     * to the same key as the single name ({@link NameKeys#foldWord}), or null when none or several do.
     */
    private static Cluster romanisedSurname(List<Cluster> clusters, String name) {
        String folded = NameKeys.foldWord(NameKeys.plain(name));
        if (folded.length() < 4) return null;
        List<Cluster> same = clusters.stream().filter(c -> c.firstKey != null && NameKeys.foldWord(NameKeys.plain(c.surname)).equals(folded)).toList();
        return same.size() == 1 ? same.getFirst() : null;
    }

    /**
     * "Beispeil" or "Beisspiel" after "Jana Beispiel" (a typo of the article): the one person named in full whose
     * surname is one letter added, dropped or two neighbours swapped away from the single name, both of at least six
     * letters; or null when none or several are. A doubled letter ("Hofmann"/"Hoffmann") or "dt"/"d"
     * ("Schmidt"/"Schmid") is no typo but another family's spelling.
     */
    private static Cluster misspeltSurname(List<Cluster> clusters, String name) {
        String single = NameKeys.plain(name).toLowerCase(Locale.ROOT);
        if (single.length() < 6 || single.contains(" ")) return null;
        List<Cluster> near = clusters.stream().filter(c -> c.firstKey != null
                && oneTypoApart(single, NameKeys.plain(c.surname).toLowerCase(Locale.ROOT))).toList();
        return near.size() == 1 ? near.getFirst() : null;
    }

    /** One letter inserted (not doubling its neighbour, not the t of a final "dt"), or two neighbours swapped. */
    static boolean oneTypoApart(String a, String b) {
        if (a.length() < 6 || b.length() < 6 || a.equals(b)) return false;
        if (a.length() == b.length()) {
            int i = 0;
            while (i < a.length() && a.charAt(i) == b.charAt(i)) i++;
            return i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.substring(i + 2).equals(b.substring(i + 2));
        }
        String longer = a.length() > b.length() ? a : b, shorter = longer == a ? b : a;
        if (longer.length() != shorter.length() + 1) return false;
        int i = 0;
        while (i < shorter.length() && longer.charAt(i) == shorter.charAt(i)) i++;
        if (!longer.substring(i + 1).equals(shorter.substring(i))) return false;
        char extra = longer.charAt(i);
        boolean doubling = i > 0 && longer.charAt(i - 1) == extra || i + 1 < longer.length() && longer.charAt(i + 1) == extra;
        boolean dt = extra == 't' && i > 0 && longer.charAt(i - 1) == 'd';
        return !doubling && !dt;
    }

    /** Clusters whose labels are one name spelt two ways become one: a person's IRI is minted from its label. */
    private static List<Cluster> mergeSameLabel(List<Cluster> clusters, Function<String, String> key) {
        Map<String, Cluster> byLabel = new LinkedHashMap<>();
        for (Cluster c : clusters) {
            Cluster into = byLabel.putIfAbsent(key.apply(label(c, key)), c);
            if (into != null) {
                into.names.addAll(c.names);
                into.names.sort(Comparator.comparingInt(n -> n.mention().span().begin()));
            }
        }
        return new ArrayList<>(byLabel.values());
    }

    /** The fullest name (most words, then longest); among spellings of that name, the one written most often, then first. */
    private static String label(Cluster c, Function<String, String> key) {
        Map<String, Integer> count = new LinkedHashMap<>();
        for (PersonName n : c.names) count.merge(n.name(), 1, Integer::sum);
        Comparator<String> fullest = Comparator.<String>comparingInt(x -> key.apply(x).split(" ").length)
                .thenComparingInt(x -> key.apply(x).length());
        return count.keySet().stream().max(fullest.thenComparingInt(count::get)).orElseThrow();
    }

    private final class Builder {
        final AnnotatedText text;
        final List<Entity> entities = new ArrayList<>();
        final Map<String, EntityRef> thingRefs = new LinkedHashMap<>();
        final Map<String, String> thingLabels = new LinkedHashMap<>();
        final Map<String, List<Mention>> thingMentions = new LinkedHashMap<>();

        Builder(AnnotatedText text) { this.text = text; }

        EntityRef thing(EntityType type, String label, Mention m) {
            String canonical = canonical(type, label);
            String key = type + "\t" + NameKeys.key(canonical);
            EntityRef ref = thingRefs.computeIfAbsent(key, k -> new EntityRef(prefix(type) + (thingRefs.size() + 1)));
            thingLabels.putIfAbsent(key, canonical);
            if (m != null) thingMentions.computeIfAbsent(key, k -> new ArrayList<>()).add(m);
            return ref;
        }

        /** A country by any of its gazetteer names gets one label: the first German or English name the gazetteer has. */
        String canonical(EntityType type, String label) {
            if (type == EntityType.COUNTRY) {
                List<Gazetteer.Item> items = gazetteer.lookup(label, "country");
                if (items.size() == 1) {
                    Gazetteer.Item it = items.getFirst();
                    String lang = text.lang();
                    if (lang.equals("en")) return it.label();
                    return it.labelsDe().isEmpty() ? label : it.labelsDe().getFirst();
                }
            }
            return label;
        }

        String prefix(EntityType t) {
            return switch (t) {
                case ORGANIZATION -> "o";
                case COUNTRY -> "c";
                case PLACE -> "l";
                case PERSON -> "p";
            } + t.name().toLowerCase(Locale.ROOT).charAt(0);
        }
    }
}
