package org.w3id.newskg.link;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.WeakHashMap;
import java.util.function.Predicate;
import org.w3id.newskg.kb.Gazetteer;
import org.w3id.newskg.kb.Holding;
import org.w3id.newskg.kb.Offices;
import org.w3id.newskg.kb.NameKeys;
import org.w3id.newskg.model.Entity;
import org.w3id.newskg.model.EntityRef;
import org.w3id.newskg.model.EntityType;
import org.w3id.newskg.model.Extraction;
import org.w3id.newskg.model.LinkDecision;

/**
 * The offline linker: looks an entity's names up in a gazetteer (the shipped one, and a user's beside it) by
 * plain, transliterated, partial and surname keys ({@link NameIndex}), and lets the {@link LinkRules} decide with
 * the article's context: its offices, countries and organisations, compared with the offices each person held at the
 * article's date ({@link Offices}). Needs no network; thread-safe (immutable after construction). The index of a
 * gazetteer is built once per JVM and shared by every linker of that gazetteer (the shipped one's is built the first
 * time a linker is made).
 *
 * {@snippet :
 * Linker linker = new GazetteerLinker(Gazetteer.shipped());
 * Map<EntityRef, LinkDecision> links = linker.link(extraction);
 * }
 */
public final class GazetteerLinker implements Linker {
    /** Lower-case words inside names ("Ursula von der Leyen"): not a first name, not a title. */
    private static final Set<String> PARTICLES = Set.of("von", "van", "der", "den", "de", "da", "di", "del", "du", "la", "le", "al",
            "bin", "ibn", "zu", "ten", "ter", "vom");

    /** Descriptions the gazetteer build wrote from a person's holdings start so; their offices are read from the holdings. */
    static final String HELD = "held: ";

    /** What a gazetteer gives the linker, built once: its countries and its items by name. */
    private record Built(Countries countries, NameIndex index) {}

    private static final Map<Gazetteer, Built> BUILT = Collections.synchronizedMap(new WeakHashMap<>());

    private final LinkLexicon lex;
    private final Offices offices;
    private final Clock clock;
    private final Countries countries;
    private final NameIndex index;

    public GazetteerLinker(Gazetteer gazetteer) { this(gazetteer, LinkLexicon.shipped(), Offices.shipped(), Clock.systemUTC()); }

    /**
     * A linker with its own offices and clock (the clock gives "today" for articles without a date).
     *
     * @param offices the offices the gazetteer's persons held ({@link Offices#none()} for none)
     */
    public GazetteerLinker(Gazetteer gazetteer, Offices offices, Clock clock) { this(gazetteer, LinkLexicon.shipped(), offices, clock); }

    GazetteerLinker(Gazetteer gazetteer, LinkLexicon lex, Offices offices, Clock clock) {
        this.lex = lex;
        this.offices = offices;
        this.clock = clock;
        Built b = lex == LinkLexicon.shipped() && offices == Offices.shipped()
                ? BUILT.computeIfAbsent(gazetteer, g -> build(g, lex, offices)) : build(gazetteer, lex, offices);
        this.countries = b.countries();
        this.index = b.index();
    }

    private static Built build(Gazetteer gazetteer, LinkLexicon lex, Offices offices) {
        Countries countries = new Countries(gazetteer.items());
        Map<Set<String>, Set<String>> shared = new HashMap<>();
        Map<Set<String>, Set<String>> namesOf = new HashMap<>();
        List<KnownItem> items = new ArrayList<>(gazetteer.size());
        for (Gazetteer.Item it : gazetteer.items()) items.add(known(it, lex, offices, countries, shared, namesOf));
        return new Built(countries, new NameIndex(items));
    }

    /**
     * The item as the rules see it. A person's offices and countries are those of every office they held
     * ({@link Offices#of}) and, unless the build wrote the description from those offices ({@link #HELD}), those its
     * description names; other items have none (titles are persons'). Equal sets are shared between items.
     */
    private static KnownItem known(Gazetteer.Item it, LinkLexicon lex, Offices offices, Countries countries, Map<Set<String>, Set<String>> shared,
                                   Map<Set<String>, Set<String>> namesOf) {
        boolean written = it.description().startsWith(HELD);
        Set<String> classes = new LinkedHashSet<>(written || !it.isPerson() ? Set.of() : lex.descriptionOffices(it.description()));
        Set<String> qids = new LinkedHashSet<>();
        if (it.isPerson()) {
            if (!written) qids.addAll(countries.inText(it.description(), lex));
            for (Holding h : offices.of(it.qid())) {
                classes.addAll(h.classes());
                qids.addAll(h.countries());
            }
        }
        Set<String> c = shared.computeIfAbsent(classes, Collections::unmodifiableSet);
        Set<String> q = shared.computeIfAbsent(qids, Collections::unmodifiableSet);
        Set<String> names = namesOf.computeIfAbsent(q, k -> {
            Set<String> n = new LinkedHashSet<>();
            for (String x : k) n.addAll(countries.nameKeys(x));
            return shared.computeIfAbsent(n, Collections::unmodifiableSet);
        });
        return new KnownItem(it.qid(), it.type(), it.label(), it.names(), it.description(), c, q, names, it.evidence(), it.shortForms());
    }

    Countries countries() { return countries; }

    LinkLexicon lexicon() { return lex; }

    @Override
    public Map<EntityRef, LinkDecision> link(Extraction extraction) {
        Map<EntityRef, LinkDecision> out = new HashMap<>();
        for (Entity e : extraction.entities()) out.put(e.ref(), decide(e, extraction));
        return out;
    }

    /** The decision for one entity of the extraction. */
    public LinkDecision decide(Entity e, Extraction extraction) {
        ArticleContext ctx = ArticleContext.of(e, extraction, lex, countries, clock);
        Names names = names(e, ctx.lang());
        List<NameIndex.Match> matches = matches(index, names, typeFit(e.type()), ctx.lang());
        return LinkRules.decide(matches, ctx, names.surnameOnly(), false, offices);
    }

    /** The forms an entity is named by, titles stripped, and whether it was only ever named by one word. */
    record Names(List<String> full, List<String> single, boolean surnameOnly) {}

    Names names(Entity e, String lang) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(e.label());
        forms.addAll(e.surfaceForms());
        if (e.type() != EntityType.PERSON) return new Names(List.copyOf(forms), List.of(), false);
        Set<String> roleWords = new LinkedHashSet<>();
        e.roles().forEach(r -> roleWords.addAll(List.of(r.title().toLowerCase(Locale.ROOT).split("\\s+"))));
        List<String> full = new ArrayList<>();
        List<String> single = new ArrayList<>();
        for (String f : forms) {
            List<String> words = new ArrayList<>(List.of(f.strip().split("\\s+")));
            while (words.size() > 1 && (lex.isTitleWord(words.getFirst(), lang) || roleWords.contains(words.getFirst().toLowerCase(Locale.ROOT))
                    || !PARTICLES.contains(words.getFirst()) && Character.isLowerCase(words.getFirst().codePointAt(0))))
                words.removeFirst();
            long named = words.stream().filter(w -> !PARTICLES.contains(w)).count();
            String clean = String.join(" ", words);
            if (named >= 2) full.add(clean);
            else if (named == 1) single.add(words.getLast());
        }
        return new Names(full.stream().distinct().toList(), single.stream().distinct().toList(), full.isEmpty());
    }

    /** Whole-name matches of the full forms (as written, then as genitive); surname matches when there is no full form. */
    static List<NameIndex.Match> matches(NameIndex index, Names names, Predicate<KnownItem> fits, String lang) {
        Map<String, NameIndex.Match> best = new LinkedHashMap<>();
        if (!names.surnameOnly())
            for (String f : names.full()) keep(best, withGenitive(f, lang, x -> index.find(x, fits)));
        else
            for (String s : names.single()) keep(best, withGenitive(s, lang, x -> index.surname(x, fits)));
        return List.copyOf(best.values());
    }

    private static List<NameIndex.Match> withGenitive(String form, String lang, Function<String, List<NameIndex.Match>> find) {
        List<NameIndex.Match> m = find.apply(form);
        if (!m.isEmpty()) return m;
        for (String base : genitiveBases(form, lang)) {
            m = find.apply(base);
            if (!m.isEmpty()) return m;
        }
        return List.of();
    }

    /**
     * The name without a genitive ending, most certain first: "Biden's", "Adler'" and "Orlov’s" lose their
     * apostrophe ending in any language; in German a final -s ("Orlows", "Merkels") may be a genitive too.
     * Empty when the name has no genitive reading. Callers try the name as written first.
     */
    static List<String> genitiveBases(String name, String lang) { return NameKeys.genitiveBases(name, lang); }

    private static void keep(Map<String, NameIndex.Match> best, List<NameIndex.Match> found) {
        for (NameIndex.Match m : found) {
            NameIndex.Match old = best.get(m.item().qid());
            if (old == null || old.level().compareTo(m.level()) > 0) best.put(m.item().qid(), m);
        }
    }

    static Predicate<KnownItem> typeFit(EntityType t) {
        return it -> switch (t) {
            case PERSON -> it.type().equals("person");
            case ORGANIZATION -> it.type().equals("organisation");
            case COUNTRY -> it.type().equals("country");
            case PLACE -> it.type().equals("city") || it.type().equals("region") || it.type().equals("country");
        };
    }
}
