package org.w3id.newskg.extract.event;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.newskg.extract.EventCues;
import org.w3id.newskg.extract.EventCues.Kind;
import org.w3id.newskg.extract.Lexicon;
import org.w3id.newskg.extract.doc.ArticleDoc;
import org.w3id.newskg.extract.person.People;
import org.w3id.newskg.kb.Gazetteer;
import org.w3id.newskg.model.AnnotatedText;
import org.w3id.newskg.model.CharSpan;
import org.w3id.newskg.model.Entity;
import org.w3id.newskg.model.EntityRef;
import org.w3id.newskg.model.EntityType;
import org.w3id.newskg.model.Token;

/**
 * Reads the place names of an article as they are written beside its events: the places and countries the
 * mention stage found, and what it leaves out — venues ("im Élysée-Palast", "auf Schloss Rabenau", "auf der
 * Militärbasis X": X, "in der Augsburger Messehalle", "at the Assembly Rooms", "at Redfield headquarters"),
 * names after a locative preposition that nothing else claims ("at Chequers"), a place as the modifier of an
 * event noun ("Lapland-Gipfel", "the Chequers summit") and the dateline ("KIEL (dpa) –", "OTTAWA, Ontario -").
 * It takes the article ({@link ArticleDoc}, whose references say which words the mention stage claimed) and the
 * gazetteer; it gives {@link Place}s. Per-document; one instance per article.
 *
 * {@snippet :
 * new PlaceFinder(doc, Gazetteer.shipped()).locative(c.from(), c.to());   // [Place[label=Rostock, …]]
 * }
 */
final class PlaceFinder {
    /**
     * A place as the text names it.
     *
     * @param entity the entity of the mention stage, when it found this place (or one of the same name)
     * @param named  a name rather than a common noun ("Landeshaus", "Rathaus" are not named)
     */
    record Place(CharSpan span, String label, Set<String> forms, Optional<EntityRef> entity, boolean named, boolean venue) {
        Place(CharSpan span, String label, Set<String> forms, Optional<EntityRef> entity, boolean named) {
            this(span, label, forms, entity, named, false);
        }

        String key() { return Gazetteer.key(label); }

        Place asVenue() { return new Place(span, label, forms, entity, named, true); }
    }

    private static final Pattern DATELINE = Pattern.compile(
            "^\\s*([\\p{Lu}][\\p{L}.'’ -]{1,40}?(?:/[\\p{Lu}][\\p{L}.'’ -]{1,30}?)*)(?:, ([\\p{Lu}][\\p{L}.]*(?: [\\p{Lu}][\\p{L}.]*){0,2}))?"
                    + "(?: \\([^)\\n]{1,30}\\))?(?: ?[-–—]{1,2} | ?--| ?>> ?|\\. (?=\\p{Lu}))");

    /** A district written in capitals after a town's name: "DC", "D.C.". */
    private static final Pattern DISTRICT = Pattern.compile("\\p{Lu}\\.?\\p{Lu}\\.?");
    /** How many tokens of articles and adjectives may stand between a locative preposition and its place. */
    private static final int ARTICLE_WORDS = 3;
    /** How many words a name of a place may have. */
    private static final int NAME_WORDS = 6;
    /** How many words of a name may stand before an English event noun as its place ("the Camp David summit"). */
    private static final int MODIFIER_WORDS = 2;
    /** A dateline in capitals has at least this many letters ("KIEL", not "EU"). */
    private static final int DATELINE_CAPITALS = 3;
    /** How many of an article's first lines may hold its dateline. */
    private static final int DATELINE_LINES = 8;

    private final ArticleDoc doc;
    private final AnnotatedText text;
    private final People people;
    private final Lexicon lex;
    private final EventCues cues;
    private final Gazetteer gazetteer;

    PlaceFinder(ArticleDoc doc, Gazetteer gazetteer) {
        this.doc = doc;
        this.text = doc.annotated();
        this.people = doc.people();
        this.lex = doc.lex();
        this.cues = lex.eventCues();
        this.gazetteer = gazetteer;
    }

    /** The reference that covers the token ({@link ArticleDoc#refAt}), or null. */
    private People.Ref refAt(int token) { return doc.refAt(token).orElse(null); }

    /** The entity whose reference covers the token, if any. */
    Optional<Entity> entityAt(int token) { return doc.refAt(token).map(r -> people.get(r.entity())); }

    /** The places introduced by a locative preposition among the tokens [from, to). */
    List<Place> locative(int from, int to) {
        List<Token> toks = text.tokens();
        List<Place> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            Optional<EventCues.Cue> prep = cues.cue(Kind.LOCATIVE, toks.get(i).text());
            if (prep.isEmpty()) continue;
            int j = i + 1;
            if (prep.get().value().contains("dative") && j < to && cues.is(Kind.ACCUSATIVE, toks.get(j).text())) continue;
            boolean venueOnly = prep.get().value().contains("venue");
            boolean article = toks.get(i).upos().contains("DET");
            while (j < to && j < i + 1 + ARTICLE_WORDS && (toks.get(j).is("DET") && articleNameEnd(j, to) < 0 || toks.get(j).is("ADJ") && !toks.get(j).isCapitalised()
                    || toks.get(j).text().equals("'s") || toks.get(j).is("ADJ") && lex.demonymCountry(toks.get(j).text()).isPresent()
                    || lex.lang().equals("en") && toks.get(j).is("NOUN") && !toks.get(j).isCapitalised() && j + 1 < to && isVenue(toks.get(j + 1)))) {
                article |= toks.get(j).is("DET");
                j++;
            }
            if (j >= to) continue;
            int articled = articleNameEnd(j, to);
            Optional<Place> p = articled > 0 ? Optional.of(named(j, articled, span(j, articled), Set.of())) : placeAt(j, to, article);
            if (p.isEmpty() || venueOnly && !p.get().venue() && p.get().entity().isEmpty()) continue;
            // "Druck auf Russland": a country after a venue-only preposition is a direction, not where something is
            if (venueOnly && !p.get().venue() && p.get().entity().map(r -> people.get(r).type() == EntityType.COUNTRY).orElse(false)) continue;
            out.add(p.get());
            int k = text.tokensWithin(p.get().span()).end();
            while (k + 1 < to && toks.get(k).text().equals(",")) {
                Optional<Entity> e = entityAt(k + 1).filter(x -> x.type() == EntityType.PLACE || x.type() == EntityType.COUNTRY);
                if (e.isEmpty()) break;
                People.Ref r = refAt(k + 1);
                out.add(new Place(r.span(), e.get().label(), Set.of(), Optional.of(e.get().ref()), true));
                k = text.tokensWithin(r.span()).end();
            }
            i = Math.max(i, k - 1);
        }
        return out;
    }

    /**
     * The end of a name whose first word looks like an article, or -1: a capitalised article inside a sentence right
     * before a name or a place the mention stage found ("in Den Haag", "in The Hague", "nach Den Helder"); articles
     * are lower case there.
     */
    private int articleNameEnd(int j, int to) {
        List<Token> toks = text.tokens();
        Token t = toks.get(j);
        if (!t.is("DET") || !t.isCapitalised() || j + 1 >= to || text.sentenceOf(j).range().begin() == j) return -1;
        if (t.text().equals(t.text().toUpperCase(Locale.ROOT)) || !toks.get(j + 1).isCapitalised()) return -1;
        if (entityAt(j + 1).filter(e -> e.type() == EntityType.PLACE || e.type() == EntityType.COUNTRY).isPresent()
                && text.tokensWithin(refAt(j + 1).span()).begin() == j + 1)
            return text.tokensWithin(refAt(j + 1).span()).end();
        int n = j + 1;
        while (n < to && n < j + 1 + NAME_WORDS && refAt(n) == null && toks.get(n).isCapitalised() && !toks.get(n).isVerbal() && !toks.get(n).isPunct()
                && lex.eventNoun(toks.get(n).text()).isEmpty() && lex.title(toks.get(n).text()).isEmpty()) n++;
        return n > j + 1 ? n : -1;
    }

    /** The place whose name starts at token j (after a preposition and its article). */
    private Optional<Place> placeAt(int j, int to, boolean article) {
        List<Token> toks = text.tokens();
        Token t = toks.get(j);
        Optional<Entity> e = entityAt(j);
        if (e.isPresent() && (e.get().type() == EntityType.PLACE || e.get().type() == EntityType.COUNTRY)) {
            int end = text.tokensWithin(refAt(j).span()).end();
            if (end + 1 < to && toks.get(end).text().equals("-") && toks.get(end - 1).adjoins(toks.get(end)) && toks.get(end).adjoins(toks.get(end + 1))
                    && isVenue(toks.get(end + 1)))
                return Optional.of(named(j, end + 2, span(j, end + 2), Set.of()).asVenue());
            // "Washington DC", "Washington D.C.": a district in capitals that no stage claimed is part of the name
            if (end < to && entityAt(end).map(x -> x.type() == EntityType.ORGANIZATION).orElse(true) && DISTRICT.matcher(toks.get(end).text()).matches())
                return Optional.of(new Place(new CharSpan(refAt(j).span().begin(), toks.get(end).span().end()), span(j, end + 1), Set.of(e.get().label()), Optional.empty(), true));
            return Optional.of(new Place(refAt(j).span(), e.get().label(), Set.of(), Optional.of(e.get().ref()), true));
        }
        if (e.isPresent() && e.get().type() == EntityType.ORGANIZATION) {
            int end = text.tokensWithin(refAt(j).span()).end();
            if (end < to && isVenue(toks.get(end))) return Optional.of(named(j, end + 1, e.get().label() + " " + toks.get(end).text(), Set.of()).asVenue());
            // "vor dem Landgericht Bremen": a venue the mention stage took for an organisation, named after its town
            int n = end < to && isVenue(toks.get(end - 1)) ? nameEnd(end, to) : end;
            if (n > end) return Optional.of(named(end, n, span(end, n), Set.of(span(j, n))).asVenue());
            return Optional.of(new Place(refAt(j).span(), e.get().label(), Set.of(), Optional.empty(), false));
        }
        if (e.isPresent()) return Optional.empty();
        if (isVenue(t)) {
            if (t.text().contains("-") && Character.isUpperCase(t.text().codePointAt(0)) && lex.lang().equals("de"))
                return Optional.of(named(j, j + 1, t.text(), Set.of()).asVenue());
            int n = nameEnd(j + 1, to);
            if (n > j + 1) {
                String name = span(j + 1, n);
                String full = span(j, n);
                return Optional.of((article ? named(j + 1, n, name, Set.of(full)) : named(j, n, full, Set.of())).asVenue());
            }
            Optional<Place> of = venueOf(j, to);
            if (of.isPresent()) return of;
            if (lex.lang().equals("de") && cues.cue(Kind.VENUE, t.text()).map(c -> !c.words().getFirst().equals(t.text().toLowerCase(Locale.ROOT))).orElse(false))
                return Optional.of(new Place(t.span(), t.text(), Set.of(), Optional.empty(), false, true));
            return Optional.empty();
        }
        if (lex.lang().equals("de") && t.is("ADJ") && t.isCapitalised() && t.text().endsWith("er") && j + 1 < to && isVenue(toks.get(j + 1)))
            return Optional.of(named(j, j + 2, span(j, j + 2), Set.of()).asVenue());
        if (isName(t)) {
            int n = nameEnd(j, to);
            if (n < to && isVenue(toks.get(n))) {
                int v = n + 1;
                while (v < to && isVenue(toks.get(v))) v++;
                String full = span(j, v);
                if (lex.lang().equals("de") || toks.get(n).isCapitalised()) return Optional.of(named(j, v, full, Set.of()).asVenue());
                return Optional.of(named(j, n, span(j, n), Set.of(full)).asVenue());
            }
            if (n - j == 1 && lex.lang().equals("de") && !t.isPropn()) return Optional.empty();
            Place named = named(j, n, span(j, n), Set.of());
            return Optional.of(isVenue(toks.get(n - 1)) ? named.asVenue() : named);
        }
        return Optional.empty();
    }

    /**
     * "Flughafen von Nuuk", "the mountain resort of Kananaskis", "Rathaus von Neustadt": the place a venue at j is
     * of, named after "von"/"of" (a {@code name-particle}), as a venue.
     */
    private Optional<Place> venueOf(int j, int to) {
        List<Token> toks = text.tokens();
        if (j + 2 >= to || !cues.is(Kind.NAME_PARTICLE, toks.get(j + 1).text()) || toks.get(j + 1).isCapitalised()) return Optional.empty();
        Optional<Entity> e = entityAt(j + 2).filter(x -> x.type() == EntityType.PLACE || x.type() == EntityType.COUNTRY);
        if (e.isPresent()) return Optional.of(new Place(refAt(j + 2).span(), e.get().label(), Set.of(span(j, text.tokensWithin(refAt(j + 2).span()).end())),
                Optional.of(e.get().ref()), true, true));
        int n = nameEnd(j + 2, to);
        return n > j + 2 ? Optional.of(named(j + 2, n, span(j + 2, n), Set.of(span(j, n))).asVenue()) : Optional.empty();
    }

    /** The end of a name from token j: names joined by spaces or by hyphens ("Wilhelmsburg-Veddel"). */
    private int nameEnd(int j, int to) {
        List<Token> toks = text.tokens();
        int n = j;
        while (n < to && n < j + NAME_WORDS) {
            if (isName(toks.get(n))) { n++; continue; }
            if (n > j && n + 1 < to && cues.is(Kind.NAME_PARTICLE, toks.get(n).text()) && !toks.get(n).isCapitalised() && isName(toks.get(n + 1))) { n += 2; continue; }
            if (n > j && n + 1 < to && toks.get(n).text().equals("-") && toks.get(n - 1).adjoins(toks.get(n)) && toks.get(n).adjoins(toks.get(n + 1))
                    && toks.get(n + 1).isCapitalised() && refAt(n + 1) == null) { n += 2; continue; }
            break;
        }
        return n;
    }

    /**
     * A word of a name that no other stage claimed: capitalised, not a month, weekday, demonym or known non-name; a
     * known place or city the tagger took for a verb inside a sentence included ("flew to Leeds").
     */
    private boolean isName(Token t) {
        String w = t.text();
        boolean mistagged = t.is("VERB") && t.isCapitalised() && text.sentenceOf(t.index()).range().begin() < t.index()
                && (known(w) || lex.cityPopulation(w) > 0);
        if (!t.isCapitalised() || t.isVerbal() && !mistagged || t.is("DET") || t.is("PRON") || t.is("ADP") || t.isPunct() || refAt(t.index()) != null) return false;
        if (!mistagged && !t.isPropn() && !(lex.lang().equals("en") && (t.is("NOUN") || t.is("ADJ") || t.is("X")))) return false;
        if (cues.is(Kind.MONTH, w) || cues.prefixNumber(Kind.WEEKDAY, w).isPresent() || lex.demonymCountry(w).isPresent() || lex.isNotName(w)) return false;
        if (lex.title(w).isPresent() || lex.eventNoun(w).isPresent() || lex.isOrgHead(w)) return false;
        return !w.chars().anyMatch(Character::isDigit);
    }

    boolean isVenue(Token t) { return (t.is("NOUN") || t.isPropn()) && cues.is(Kind.VENUE, t.text()); }

    /** A place as the modifier of an event noun: "Lapland-Gipfel", "the Chequers summit". */
    Optional<Place> modifier(int mention) {
        List<Token> toks = text.tokens();
        Token m = toks.get(mention);
        String w = m.text();
        int hyphen = w.indexOf('-');
        if (hyphen > 1) {
            String prefix = w.substring(0, hyphen);
            CharSpan span = new CharSpan(m.span().begin(), m.span().begin() + hyphen);
            Optional<Entity> known = people.entities().stream()
                    .filter(e -> (e.type() == EntityType.PLACE || e.type() == EntityType.COUNTRY) && Gazetteer.key(e.label()).equals(Gazetteer.key(prefix)))
                    .findFirst();
            if (known.isPresent()) return Optional.of(new Place(span, known.get().label(), Set.of(), Optional.of(known.get().ref()), true));
            if (gazetteer.lookup(prefix).stream().anyMatch(i -> Set.of("city", "country", "region").contains(i.type())))
                return Optional.of(new Place(span, prefix, Set.of(), Optional.empty(), true));
            return Optional.empty();
        }
        if (!lex.lang().equals("en") || mention == 0) return Optional.empty();
        int b = mention;
        while (b > 0 && b > mention - 1 - MODIFIER_WORDS && (toks.get(b - 1).isPropn() || toks.get(b - 1).is("NOUN") && toks.get(b - 1).isCapitalised())) b--;
        if (b == mention || b == 0 || !(toks.get(b - 1).is("DET") || toks.get(b - 1).text().equals("'s"))) return Optional.empty();
        Optional<Entity> e = entityAt(b);
        if (e.isPresent()) {
            if (e.get().type() != EntityType.PLACE && e.get().type() != EntityType.COUNTRY) return Optional.empty();
            return Optional.of(new Place(refAt(b).span(), e.get().label(), Set.of(), Optional.of(e.get().ref()), true));
        }
        for (int i = b; i < mention; i++) {
            String x = toks.get(i).text();
            if (!isName(toks.get(i)) || x.equals(x.toUpperCase(Locale.ROOT))) return Optional.empty();
        }
        return Optional.of(named(b, mention, span(b, mention), Set.of()));
    }

    /**
     * The dateline at the start of one of the first lines: the places before "(Agentur)", a dash or a full stop
     * ("KIEL (dpa) -", "Basel –", "Kiel. Der …", "OTTAWA, Ontario -"), when its first word is written in capitals
     * or is a place the article knows. A second place after a slash is left out: that is where the writer sat.
     */
    List<Place> dateline() {
        String s = text.text();
        int lineStart = 0;
        for (int line = 0; line < DATELINE_LINES && lineStart < s.length(); line++) {
            int end = s.indexOf('\n', lineStart);
            if (end < 0) end = s.length();
            Matcher m = DATELINE.matcher(s.substring(lineStart, end));
            if (m.find()) {
                String first = m.group(1).strip();
                int slash = first.indexOf('/');
                if (slash > 0) first = first.substring(0, slash).strip();
                if (known(first) || first.length() >= DATELINE_CAPITALS && first.equals(first.toUpperCase(Locale.ROOT)) && !first.contains(".") || unclaimedName(lineStart + m.start(1), first)) {
                    List<Place> out = new ArrayList<>();
                    int b = lineStart + m.start(1);
                    out.add(place(new CharSpan(b, b + first.length()), first));
                    String second = m.group(2);
                    if (second != null && !second.endsWith(".")) {
                        int b2 = lineStart + m.start(2);
                        out.add(place(new CharSpan(b2, b2 + second.length()), second));
                    }
                    return out;
                }
            }
            lineStart = end + 1;
        }
        return List.of();
    }

    /** A name the tagger takes for a proper noun and no other stage claimed ("Hagen." before the first sentence). */
    private boolean unclaimedName(int begin, String name) {
        var range = text.tokensWithin(new CharSpan(begin, begin + name.length()));
        if (range.size() == 0) return false;
        for (int i = range.begin(); i < range.end(); i++) {
            Token t = text.token(i);
            if (!(t.isPropn() || t.text().equals("-"))) return false;
            if (refAt(i) != null && people.get(refAt(i).entity()).type() != EntityType.PLACE) return false;
        }
        return true;
    }

    private boolean known(String name) {
        String key = Gazetteer.key(name);
        return people.entities().stream().anyMatch(e -> (e.type() == EntityType.PLACE || e.type() == EntityType.COUNTRY) && Gazetteer.key(e.label()).equals(key))
                || gazetteer.lookup(name).stream().anyMatch(i -> Set.of("city", "country", "region").contains(i.type()));
    }

    private Place place(CharSpan span, String label) {
        String key = Gazetteer.key(label);
        Optional<EntityRef> e = people.entities().stream()
                .filter(x -> (x.type() == EntityType.PLACE || x.type() == EntityType.COUNTRY) && Gazetteer.key(x.label()).equals(key)).map(Entity::ref).findFirst();
        return new Place(span, label, Set.of(), e, true);
    }

    /** Page debris glued to a name by a missing space ("White House.Credit: AP"): the name ends at the full stop. */
    private static final Pattern GLUED = Pattern.compile("(?<=\\p{Ll})\\.\\p{Lu}\\S*$");

    private Place named(int from, int to, String label, Set<String> forms) {
        label = GLUED.matcher(label).replaceFirst("");
        CharSpan span = new CharSpan(text.token(from).span().begin(), text.token(to - 1).span().end());
        Place p = place(span, label);
        Set<String> all = new LinkedHashSet<>(forms);
        return new Place(span, label, all, p.entity(), true);
    }

    private String span(int from, int to) {
        return text.text().substring(text.token(from).span().begin(), text.token(to - 1).span().end());
    }
}
