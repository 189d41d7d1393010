package org.w3id.newskg.extract.event;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.newskg.kb.Gazetteer;
import org.w3id.newskg.extract.Lexicon;
import org.w3id.newskg.extract.person.People;
import org.w3id.newskg.model.AnnotatedText;
import org.w3id.newskg.model.CharSpan;
import org.w3id.newskg.model.Entity;
import org.w3id.newskg.model.EntityRef;
import org.w3id.newskg.model.EntityType;
import org.w3id.newskg.model.Event;
import org.w3id.newskg.model.EventRef;
import org.w3id.newskg.model.Gender;
import org.w3id.newskg.model.Mention;
import org.w3id.newskg.model.MentionKind;
import org.w3id.newskg.model.Participant;
import org.w3id.newskg.model.Sentence;
import org.w3id.newskg.model.Token;

/**
 * Finds the events an article reports — meetings, summits, talks, calls, visits, conferences, held or planned —
 * with their places, time, duration, format and participants.
 *
 * <p>It works in four steps. <b>Mentions</b>: the event nouns of the lexicon ("Gipfel", "Gespräche", "talks"),
 * also as compound heads ("Krisentreffen"), and participation verbs that report an event without a noun
 * ("Die Ministerinnen trafen sich in Rostock", "they spoke by telephone"). <b>Events</b>: each mention joins the
 * last event it can refer to — same kind (calls and press events stay apart from meetings), no other named
 * place, day or ordinal ("die dritte Runde" is not "die zweite"), both planned or both held — and an
 * indefinite mention ("ein Treffen") starts a new one. <b>Participants</b>: the persons of a clause that
 * places them at the event: a participation verb ("X traf Y", "nahm teil", "empfing", "attended", "hosted the
 * talks"), a preposition before the event ("bei der Konferenz", "zum Auftakt des Gipfels", "during the talks",
 * "nach dem Treffen"), a with- or between-phrase ("Gespräche zwischen X und Y", "a meeting with X"), an
 * appearance ("in seiner Rede"), the press or audience of the event ("sagte sie vor Journalisten", "told
 * reporters"), a role ("Gastgeber", "lead negotiator", "Gipfelchef"), or the event's place ("sagte X in Rostock").
 * People who only comment on an event, sources ("laut X"), negated participation ("der an dem Treffen nicht
 * teilnahm") and bylines or photo credits are not participants. <b>Figures</b>: places as written beside a
 * mention ({@link PlaceFinder}), the dateline for an event held at an unnamed venue, the start date against the
 * publication date ({@link When}), the duration and the format.
 *
 * {@snippet :
 * EventFinder.Found found = new EventFinder(Lexicon.of("de")).findAll(text, people);
 * found.events();   // [Event[label=Treffen in Rostock, places=[l1], actors=[p1, p2], ...]]
 * found.people();   // people plus the places only the events name ("Schloss Rabenau")
 * }
 */
public final class EventFinder {
    private static final Map<String, Double> NUMBERS = Map.ofEntries(
            Map.entry("ein", 1.0), Map.entry("eine", 1.0), Map.entry("einer", 1.0), Map.entry("einem", 1.0), Map.entry("zwei", 2.0), Map.entry("drei", 3.0),
            Map.entry("vier", 4.0), Map.entry("fünf", 5.0), Map.entry("sechs", 6.0), Map.entry("sieben", 7.0), Map.entry("acht", 8.0), Map.entry("neun", 9.0),
            Map.entry("zehn", 10.0), Map.entry("elf", 11.0), Map.entry("zwölf", 12.0), Map.entry("a", 1.0), Map.entry("an", 1.0), Map.entry("one", 1.0),
            Map.entry("two", 2.0), Map.entry("three", 3.0), Map.entry("four", 4.0), Map.entry("five", 5.0), Map.entry("six", 6.0), Map.entry("seven", 7.0),
            Map.entry("eight", 8.0), Map.entry("nine", 9.0), Map.entry("ten", 10.0), Map.entry("eleven", 11.0), Map.entry("twelve", 12.0),
            Map.entry("anderthalb", 1.5), Map.entry("eineinhalb", 1.5), Map.entry("zweieinhalb", 2.5), Map.entry("dreieinhalb", 3.5),
            Map.entry("viereinhalb", 4.5), Map.entry("ein-", 1.0), Map.entry("zwei-", 2.0), Map.entry("drei-", 3.0), Map.entry("vier-", 4.0),
            Map.entry("fünf-", 5.0), Map.entry("sechs-", 6.0));
    private static final String NUM = "(\\d+(?:[.,]5)?|[a-zäöüß]+)";
    private static final Pattern HOURS = Pattern.compile(
            "(?iu)\\b" + NUM + "(?:[ -]|\\s+and\\s+a\\s+half\\s+)(?:stunden?|hours?|h)\\b(?:\\s+(?:und|and)\\s+" + NUM + "\\s+(?:minuten|minutes))?");
    private static final Pattern MINUTES = Pattern.compile("(?iu)\\b" + NUM + "[ -](?:minuten|minutes|minute|min)\\b");
    private static final Pattern STUENDIG = Pattern.compile("(?iu)\\b([a-zäöüß]+?)(stündig|tägig)(?:e|en|er|es|em)?\\b");
    private static final Pattern DAYS = Pattern.compile("(?iu)\\b" + NUM + "[ -](?:days?|tage|tagen)\\b");
    private static final Pattern FORMAT = Pattern.compile(
            "(?iu)(?:(?:im|in)\\s+(?:Format|format)\\s+(?:[\"„»«“]([^\"“”«»]{2,40})[\"“”«»]|(\\p{L}+\\s+(?:gegen|plus|versus|on|against)\\s+\\p{L}+)))|\\b(one-on-one|one-to-one|tête-à-tête|tete-a-tete|unter vier Augen|vier Augen|Vier-Augen-Gespräch|behind closed doors|hinter verschlossenen Türen|bilateral(?:e|en|es)?\\s+(?=\\p{L})\\p{L}+|trilateral(?:e|en|es)?\\s+\\p{L}+|im kleinen Kreis|in a small circle|(?:in )?(?:a )?video ?(?:call|conference)|per Video(?:schalte|konferenz)?|by telephone|by phone|telefonisch)\\b");

    private final Lexicon lex;
    private final Cues cues;
    private final Gazetteer gazetteer;

    /** The events and the people of the article, with the places that only its events name. */
    public record Found(People people, List<Event> events) {}

    public EventFinder(Lexicon lex) { this(lex, Gazetteer.shipped()); }

    public EventFinder(Lexicon lex, Gazetteer gazetteer) {
        this.lex = lex;
        this.cues = new Cues(lex);
        this.gazetteer = gazetteer;
    }

    /** The events; places that no entity of {@code people} stands for are left out (see {@link #findAll}). */
    public List<Event> find(AnnotatedText text, People people) { return findAll(text, people).events(); }

    /** The events, and the people with a place entity added for every place an event names that they lack. */
    public Found findAll(AnnotatedText text, People people) { return new Run(text, people).run(); }

    /** How a mention is determined: "ein Treffen", "das Treffen", "dieses Treffen", "sein Treffen", "Treffen". */
    enum Det { INDEF, DEF, DEM, POSS, BARE }

    /** A word (or, for implicit mentions, a verb) that refers to an event. */
    static final class M {
        final int token;
        final String type;
        final String kind;
        final boolean implicit;
        Det det = Det.BARE;
        boolean planned, earlier, generic, notThis, plural;
        Integer ordinal;
        String prep = "";
        final List<PlaceFinder.Place> places = new ArrayList<>();
        Optional<When> when = Optional.empty();
        Optional<Duration> duration = Optional.empty();
        Optional<String> format = Optional.empty();
        final Set<EntityRef> with = new LinkedHashSet<>();
        Ev event;

        M(int token, String type, boolean implicit) {
            this.token = token;
            this.type = type;
            this.implicit = implicit;
            this.kind = kindOf(type);
        }

        boolean held() { return !planned && !earlier; }
    }

    static String kindOf(String type) {
        return switch (type) {
            case "call" -> "call";
            case "press" -> "press";
            default -> "meeting";
        };
    }

    /** An event being built: its mentions and what they say. */
    static final class Ev {
        final List<M> mentions = new ArrayList<>();
        final List<PlaceFinder.Place> places = new ArrayList<>();
        final Map<EntityRef, Participant> actors = new LinkedHashMap<>();
        final Set<EntityRef> between = new LinkedHashSet<>();
        Optional<When> when = Optional.empty();
        Optional<Duration> duration = Optional.empty();
        Optional<String> format = Optional.empty();
        Integer ordinal;
        boolean planned, earlier;
        String kind;

        boolean held() { return !planned && !earlier; }

        int last() { return mentions.getLast().token; }

        boolean hasNamedPlace() { return places.stream().anyMatch(PlaceFinder.Place::named); }

        void add(M m) {
            if (mentions.isEmpty()) {
                kind = m.kind;
                planned = m.planned;
                earlier = m.earlier;
            }
            mentions.add(m);
            m.event = this;
            for (PlaceFinder.Place p : m.places) addPlace(p);
            if (when.isEmpty()) when = m.when;
            if (duration.isEmpty()) duration = m.duration;
            if (format.isEmpty()) format = m.format;
            if (ordinal == null) ordinal = m.ordinal;
        }

        void addPlace(PlaceFinder.Place p) {
            for (PlaceFinder.Place q : places) if (q.key().equals(p.key())) return;
            places.add(p);
        }
    }

    private final class Run {
        final AnnotatedText text;
        final List<Token> toks;
        final People people;
        final PlaceFinder placeFinder;
        final List<Clause> clauses = new ArrayList<>();
        final Clause[] clauseOf;
        final List<People.Ref> personRefs = new ArrayList<>();
        final Map<People.Ref, Integer> refToken = new HashMap<>();
        /** The first token of each of {@link #personRefs}, which are in text order: never decreasing. */
        final int[] refTokens;
        final Set<People.Ref> credits = new LinkedHashSet<>();
        final List<M> mentions = new ArrayList<>();
        final List<Ev> events = new ArrayList<>();
        final Optional<LocalDate> published;

        Run(AnnotatedText text, People people) {
            this.text = text;
            this.toks = text.tokens();
            this.people = people;
            this.placeFinder = new PlaceFinder(text, people, lex, cues, gazetteer);
            this.clauseOf = new Clause[toks.size()];
            this.published = When.published(text.article().meta().datePublished());
            for (Sentence s : text.sentences())
                for (Clause c : Clause.of(s, lex, cues)) {
                    clauses.add(c);
                    for (int i = c.from(); i < c.to(); i++) clauseOf[i] = c;
                }
            for (People.Ref r : people.refs()) {
                if (!people.get(r.entity()).isPerson()) continue;
                Optional<Token> t = text.firstTokenFrom(r.span().begin());
                if (t.isEmpty() || clauseOf[t.get().index()] == null) continue;
                personRefs.add(r);
                refToken.put(r, t.get().index());
                if (credit(r)) credits.add(r);
            }
            this.refTokens = personRefs.stream().mapToInt(refToken::get).toArray();
        }

        /**
         * The index in {@link #personRefs} of the first reference whose token is at or after {@code token}; the
         * references of tokens [a, b) are those from {@code refFrom(a)} to {@code refFrom(b)}, in text order. (A
         * lookup by range instead of a pass over every reference, which made long articles quadratic.)
         */
        int refFrom(int token) {
            int lo = 0, hi = refTokens.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (refTokens[mid] < token) lo = mid + 1;
                else hi = mid;
            }
            return lo;
        }

        Found run() {
            findNounMentions();
            for (M m : mentions) describe(m);
            List<Cue> found = new ArrayList<>();
            findVerbs(found);
            mentions.sort(Comparator.comparingInt(m -> m.token));
            for (M m : mentions) if (!m.generic) place(m);
            findCues(found);
            for (Cue c : found) attach(c);
            placeCues();
            datelines();
            return build();
        }

        // ---- mentions -------------------------------------------------------------------------------------

        void findNounMentions() {
            for (Token t : toks) {
                if (clauseOf[t.index()] == null) continue;
                boolean nounLike = t.is("NOUN") || t.isPropn() || lex.lang().equals("de") && t.isCapitalised() && !t.is("ADJ") && !t.isVerbal();
                if (!nounLike && t.isVerbal() && t.index() > 0) {
                    Token p = toks.get(t.index() - 1);
                    nounLike = p.is("DET") || p.is("ADJ") || p.is("NUM") || p.isPropn() || p.is("NOUN") || p.text().equals("'s") || hyphenPart(t.index() - 1)
                            || cues.is("possessive", p.text());
                }
                if (!nounLike) continue;
                Optional<Lexicon.EventNoun> e = lex.eventNoun(t.text());
                if (e.isEmpty()) continue;
                if (placeFinder.entityAt(t.index()).map(x -> x.isPerson() || x.type() == EntityType.ORGANIZATION).orElse(false)) continue;
                String type = e.get().type();
                if (t.index() > 0 && cues.is("call-mod", toks.get(t.index() - 1).text())) type = "call";
                if (t.index() > 0 && cues.is("press-mod", toks.get(t.index() - 1).text()) && !type.equals("call")) type = "press";
                M m = new M(t.index(), type, false);
                String w = t.text().toLowerCase(Locale.ROOT);
                m.plural = !w.endsWith(e.get().noun()) && !w.endsWith(e.get().noun() + "s") && !w.endsWith(e.get().noun() + "es");
                if (requested(t.index())) continue;
                mentions.add(m);
            }
        }

        /** "forderte ein Gespräch", "called for an urgent meeting": an event asked for has not taken place. */
        boolean requested(int token) {
            Clause c = clauseOf[token];
            for (int i = token - 1; i >= Math.max(c.from(), token - 5); i--) {
                if (cues.is("request", toks.get(i).text()) || cues.is("request", toks.get(i).lemma())) return true;
                if (cues.phraseAt("request", toks, i) > 1 && i + cues.phraseAt("request", toks, i) <= token) return true;
            }
            return false;
        }

        void findVerbs(List<Cue> found) {
            for (Clause c : clauses) {
                if (negated(c)) continue;
                for (int i = c.from(); i < c.to(); i++) {
                    Token t = toks.get(i);
                    if (!cues.verbal(t)) continue;
                    Optional<Cues.Verb> verb = matchVerb(c, i);
                    if (verb.isEmpty()) continue;
                    if (!satisfied(c, i, verb.get().needs())) continue;
                    if (clausePersons(c, i, true).isEmpty()) continue;
                    Optional<M> target = clauseMention(c);
                    if (target.isEmpty() && !verb.get().type().equals("-")) {
                        String type = verb.get().type();
                        for (int k = c.from(); k < c.to(); k++)
                            if (cues.is("call-mod", toks.get(k).text()) || cues.phraseAt("call-mod", toks, k) > 1) type = "call";
                        M m = new M(i, type, true);
                        mentions.add(m);
                        describe(m);
                        target = Optional.of(m);
                    }
                    found.add(new Cue("verb", i, c, target.orElse(null), "meeting"));
                    break;
                }
            }
        }

        Optional<Cues.Verb> matchVerb(Clause c, int i) {
            for (Cues.Verb v : cues.verbs(toks.get(i))) {
                if (v.particle().isEmpty()) return Optional.of(v);
                for (int k = i + 1; k < c.to(); k++) if (toks.get(k).text().equalsIgnoreCase(v.particle())) return Optional.of(v);
            }
            return Optional.empty();
        }

        boolean satisfied(Clause c, int verb, String needs) {
            switch (needs) {
                case "event": {
                    for (M m : mentions) if (c.covers(m.token) && !m.notThis) return true;
                    for (int k = c.from(); k < c.to(); k++) {
                        String w = toks.get(k).text();
                        if (cues.is("appearance", w) || lex.eventNoun(w).isPresent() || toks.get(k).is("NOUN") && cues.is("side", w)) return true;
                    }
                    int s = c.sentence();
                    for (M m : mentions) if (!m.implicit && !m.generic && text.sentenceOf(m.token).index() == s - 1) return true;
                    return false;
                }
                case "with": {
                    for (int k = c.from(); k < c.to() - 1; k++)
                        if (cues.is("with", toks.get(k).text()))
                            for (int j = k + 1; j < Math.min(c.to(), k + 5); j++) if (personAt(j).isPresent()) return true;
                    return false;
                }
                case "seat": {
                    for (int k = c.from(); k < c.to(); k++) if (toks.get(k).is("NOUN") && cues.is("seat", toks.get(k).text())) return true;
                    return false;
                }
                case "guests": {
                    for (int k = verb + 1; k < c.to(); k++) if (personAt(k).isPresent() || cues.is("guests", toks.get(k).text())) return true;
                    for (int k = c.from(); k < verb; k++) if (cues.is("guests", toks.get(k).text())) return true;
                    return false;
                }
                case "place":
                    return !placeFinder.locative(c.from(), c.to()).isEmpty();
                default:
                    return true;
            }
        }

        /** The event mention a clause's verb is about: not one before which something happened ("vor dem Treffen"). */
        Optional<M> clauseMention(Clause c) {
            for (M m : mentions) if (c.covers(m.token) && !m.implicit && !m.notThis && !m.prep.equals("after") && !m.generic && !requested(m.token)) return Optional.of(m);
            return Optional.empty();
        }

        /** Determiner, planned or earlier, ordinal, the preposition before it, a with- or between-phrase. */
        void describe(M m) {
            Clause c = clauseOf[m.token];
            if (!m.implicit) {
                for (int i = m.token - 1; i >= Math.max(c.from(), m.token - 4); i--) {
                    Token t = toks.get(i);
                    String w = t.text();
                    if (hyphenPart(i)) continue;
                    if (cues.is("ordinal", w) && m.ordinal == null) m.ordinal = cues.number("ordinal", w).orElse(null);
                    if (cues.is("planned", w)) m.planned = true;
                    if (cues.is("possessive", w) && (t.is("DET") || t.is("PRON"))) { m.det = Det.POSS; break; }
                    if (cues.is("demonstrative", w) && !t.is("PRON")) { m.det = Det.DEM; break; }
                    if (cues.is("indefinite", w) && (t.is("DET") || t.is("NUM") || t.upos().contains("DET"))) { m.det = Det.INDEF; break; }
                    if (t.is("DET") || t.upos().contains("DET")) { m.det = Det.DEF; if (!t.is("DET")) break; else continue; }
                    if (!(t.is("ADJ") || t.is("NUM") || t.is("ADV") || t.is("NOUN") && lex.lang().equals("en") || t.isPropn() && lex.lang().equals("en"))) break;
                }
                prep(m, c);
                with(m, c);
            }
            for (int k = c.from(); k < c.to(); k++) {
                String w = toks.get(k).text();
                if (cues.is("planned", w) && (!m.implicit || k > m.token)) {
                    boolean nearOther = false;
                    for (M o : mentions) if (o != m && c.covers(o.token) && Math.abs(o.token - k) < Math.abs(m.token - k) && !o.implicit) nearOther = true;
                    if (!nearOther || toks.get(k).isVerbal()) m.planned = true;
                }
                int n = cues.phraseAt("earlier", toks, k);
                if (n > 1 || n == 1 && cues.is("earlier", w)) m.earlier = true;
            }
            Sentence s = text.sentenceOf(m.token);
            if (m.implicit)
                for (int k = s.range().begin(); k < s.range().end(); k++) if (cues.phraseAt("earlier", toks, k) > 1) m.earlier = true;
            if (!m.implicit && m.det == Det.INDEF && !mentions.isEmpty() && mentions.getFirst() != m && m.with.isEmpty() && !m.planned && m.ordinal == null
                    && placeFinder.modifier(m.token).isEmpty() && placeFinder.locative(c.from(), c.to()).isEmpty()
                    && When.in(toks.subList(c.from(), c.to()), cues, published, false).isEmpty() && duration(c, m).isEmpty() && !headline(s)
                    && mentions.stream().anyMatch(o -> o.token < m.token && !o.generic))
                m.generic = true;
            if (!m.implicit && m.plural && m.det == Det.BARE && m.with.isEmpty() && placeFinder.modifier(m.token).isEmpty()
                    && placeFinder.locative(m.token + 1, nounPhraseEnd(m.token, c)).isEmpty() && !headline(s))
                m.generic = true;
        }

        /** A hyphen inside a word, or the part before it: "EU" and "-" in "EU-Gipfel" as tokens. */
        boolean hyphenPart(int i) {
            Token t = toks.get(i);
            return i + 1 < toks.size() && t.span().end() == toks.get(i + 1).span().begin() && (t.text().equals("-") || toks.get(i + 1).text().equals("-"));
        }

        boolean headline(Sentence s) {
            List<Token> st = s.tokens();
            return !st.isEmpty() && !st.getLast().isPunct() && st.size() < 16;
        }

        /** The preposition that governs the mention, up to six words before it. */
        void prep(M m, Clause c) {
            for (int i = m.token - 1; i >= Math.max(c.from(), m.token - 7); i--) {
                Token t = toks.get(i);
                String w = t.text();
                if (hyphenPart(i)) continue;
                if (t.isVerbal() || t.isPunct() || t.is("PRON") && !cues.is("possessive", w) || t.is("SCONJ") || t.is("CCONJ")) return;
                if (cues.is("not-this", w)) { m.notThis = true; m.prep = "not-this"; return; }
                if (t.is("ADP") || t.upos().startsWith("ADP") || lex.lang().equals("en") && cues.is("after", w)) {
                    if (cues.is("after", w)) { m.prep = "after"; return; }
                    if (cues.is("at", w)) { m.prep = "at"; return; }
                    if (!w.equalsIgnoreCase("of") && !w.equalsIgnoreCase("des") && !w.equalsIgnoreCase("der")) return;
                }
            }
        }

        /** "Gespräche zwischen X und Y", "ein Treffen mit X", "talks between himself and Y": the persons named. */
        void with(M m, Clause c) {
            int end = Math.min(c.to(), m.token + 12);
            for (int i = m.token + 1; i < end; i++) {
                Token t = toks.get(i);
                if (t.isVerbal() || t.text().equals(";")) return;
                if (!(cues.is("with", t.text()) || cues.is("between", t.text()))) continue;
                for (int j = i + 1; j < c.to(); j++) {
                    Token u = toks.get(j);
                    if (u.isVerbal()) return;
                    if (cues.is("reflexive", u.text())) subject(m.token).ifPresent(m.with::add);
                    Optional<People.Ref> r = personAt(j);
                    if (r.isPresent() && !credits.contains(r.get())) {
                        m.with.add(r.get().entity());
                        j = text.tokensWithin(r.get().span()).end() - 1;
                        continue;
                    }
                    if (!(u.is("DET") || u.is("ADJ") || u.is("NOUN") || u.isPropn() || u.is("CCONJ") || u.text().equals(",") || u.text().startsWith("-") || u.text().equals("(") || u.text().equals(")") || u.text().equals("'s")
                            || u.is("PRON") || u.is("NUM"))) return;
                }
                return;
            }
        }

        /** The person named last before the token in its sentence: the subject of "talks between himself and Y". */
        Optional<EntityRef> subject(int token) {
            Sentence s = text.sentenceOf(token);
            People.Ref best = null;
            for (int k = refFrom(s.range().begin()), end = refFrom(token); k < end; k++)
                if (!credits.contains(personRefs.get(k))) best = personRefs.get(k);
            return Optional.ofNullable(best).map(People.Ref::entity);
        }

        int nounPhraseEnd(int token, Clause c) {
            int i = token + 1;
            while (i < c.to() && !toks.get(i).isVerbal() && i < token + 10) i++;
            return i;
        }

        /** Places, time, duration and format of a mention; then the event it belongs to. */
        void place(M m) {
            Clause c = clauseOf[m.token];
            Optional<PlaceFinder.Place> mod = m.implicit ? Optional.empty() : placeFinder.modifier(m.token);
            mod.ifPresent(m.places::add);
            for (PlaceFinder.Place p : placeFinder.locative(c.from(), c.to())) {
                int pt = text.firstTokenFrom(p.span().begin()).map(Token::index).orElse(m.token);
                if (nearest(c, pt) == m) m.places.add(p);
            }
            int ci = clauses.indexOf(c);
            if (m.places.isEmpty() && !m.implicit && participle(toks.get(c.from())) && ci > 0 && clauses.get(ci - 1).sentence() == c.sentence()) {
                Clause before = clauses.get(ci - 1);
                if (mentions.stream().noneMatch(o -> before.covers(o.token) && !o.generic)) m.places.addAll(placeFinder.locative(before.from(), before.to()));
            }
            Sentence s = text.sentenceOf(m.token);
            if (m.implicit && m.places.isEmpty() && mentions.stream().noneMatch(o -> !o.implicit && !o.generic && text.sentenceOf(o.token) == s))
                m.places.addAll(placeFinder.locative(s.range().begin(), s.range().end()));
            List<Token> st = s.tokens();
            String sentence = s.span().in(text.text());
            boolean nearestInSentence = true;
            for (M o : mentions) if (o != m && !o.generic && text.sentenceOf(o.token) == s && !o.notThis && o.token < m.token && clauseOf[o.token] != c) nearestInSentence = false;
            if (nearestInSentence && !m.notThis) {
                m.when = When.in(st.subList(Math.max(0, c.from() - st.getFirst().index()), st.size()), cues, published, m.planned);
                if (m.when.isEmpty()) m.when = When.in(st, cues, published, m.planned);
                m.duration = duration(c, m).or(() -> EventFinder.duration(sentence));
                m.format = format(sentence, w -> lex.eventNoun(w).isPresent());
            }
            if (m.when.isPresent() && headline(s)) m.when = Optional.empty();
            join(m);
        }

        /** A clause opening with a participle ("…, ending a four-hour meeting") has its subject and place before it. */
        boolean participle(Token t) {
            return cues.verbal(t) && lex.lang().equals("en") && t.text().endsWith("ing");
        }

        /** A duration written right before the event noun: "a three-day conference", "einem gut dreistündigen Krisentreffen". */
        Optional<Duration> duration(Clause c, M m) {
            int from = Math.max(c.from(), m.token - 4);
            return EventFinder.duration(text.text().substring(toks.get(from).span().begin(), toks.get(m.token).span().end()));
        }

        /** The mention of the clause nearest to a token (mentions before which the clause happened left out). */
        M nearest(Clause c, int token) {
            M best = null;
            for (M m : mentions)
                if (c.covers(m.token) && !m.generic && (best == null || Math.abs(m.token - token) < Math.abs(best.token - token)) && !(m.notThis && best != null))
                    best = m;
            return best;
        }

        void join(M m) {
            Ev target = null;
            boolean fresh = m.det == Det.INDEF || m.implicit && m.format.isPresent();
            if (!m.implicit && (m.det == Det.DEF || m.det == Det.DEM)) {
                String w = toks.get(m.token).text().toLowerCase(Locale.ROOT);
                for (int i = events.size() - 1; i >= 0 && target == null; i--) {
                    Ev e = events.get(i);
                    if (e.planned != m.planned || e.earlier != m.earlier) continue;
                    for (M x : e.mentions)
                        if (!x.implicit && toks.get(x.token).text().toLowerCase(Locale.ROOT).endsWith(w) && !toks.get(x.token).text().equalsIgnoreCase(w)) target = e;
                }
            }
            for (int i = events.size() - 1; i >= 0 && target == null; i--) {
                Ev e = events.get(i);
                if (!compatible(e, m)) continue;
                if (fresh && !(e.mentions.stream().allMatch(x -> x.det == Det.BARE && headline(text.sentenceOf(x.token))))) continue;
                target = e;
            }
            if (target == null || m.notThis && target.mentions.stream().anyMatch(x -> text.sentenceOf(x.token) == text.sentenceOf(m.token))) {
                target = new Ev();
                events.add(target);
            }
            target.add(m);
        }

        boolean compatible(Ev e, M m) {
            if (!e.kind.equals(m.kind) || e.planned != m.planned || e.earlier != m.earlier) return false;
            if (e.ordinal != null && m.ordinal != null && !e.ordinal.equals(m.ordinal)) return false;
            if (e.when.isPresent() && m.when.isPresent() && !e.when.get().key().equals(m.when.get().key())) return false;
            List<PlaceFinder.Place> mp = m.places.stream().filter(PlaceFinder.Place::named).toList();
            if (!mp.isEmpty() && e.hasNamedPlace()) {
                for (PlaceFinder.Place p : mp) for (PlaceFinder.Place q : e.places) if (samePlace(p, q)) return true;
                return false;
            }
            return true;
        }

        boolean samePlace(PlaceFinder.Place p, PlaceFinder.Place q) {
            String a = p.key(), b = q.key();
            if (a.equals(b) || p.entity().isPresent() && p.entity().equals(q.entity())) return true;
            String la = a.substring(a.lastIndexOf(' ') + 1), lb = b.substring(b.lastIndexOf(' ') + 1);
            if (la.equals(lb) && la.length() > 3) return true;
            return within(a, b) || within(b, a);
        }

        /** "rostocker rathaus" lies in "rostock": a venue named after its town. */
        boolean within(String venue, String town) {
            int space = venue.indexOf(' ');
            return space > 0 && !town.contains(" ") && town.length() > 3 && venue.substring(0, space).startsWith(town);
        }

        // ---- participants -----------------------------------------------------------------------------------

        /** A reason to take the persons of a clause (or one person) for participants of an event. */
        record Cue(String kind, int token, Clause clause, M mention, String prefer, List<EntityRef> persons) {
            Cue(String kind, int token, Clause clause, M mention, String prefer) { this(kind, token, clause, mention, prefer, List.of()); }
        }

        void findCues(List<Cue> found) {
            for (M m : mentions) {
                if (m.generic || m.implicit) continue;
                Clause c = clauseOf[m.token];
                if (!m.with.isEmpty()) found.add(new Cue("with", m.token, c, m, ""));
                if (negated(c) || m.notThis) continue;
                if ((m.prep.equals("at") && m.det != Det.DEM) || m.prep.equals("after") && !m.planned) found.add(new Cue("clause", m.token, c, m, ""));
                else if (m.det == Det.POSS) found.add(new Cue("before", m.token, c, m, ""));
                else if (holds(c, m)) found.add(new Cue("clause", m.token, c, m, ""));
            }
            for (Clause c : clauses) {
                if (negated(c)) continue;
                for (int k = c.from(); k < c.to(); k++) {
                    Token t = toks.get(k);
                    if (cues.phraseAt("audience", toks, k) > 0) { found.add(new Cue("clause", k, c, null, "press")); break; }
                    if ((t.is("NOUN") || t.isPropn()) && cues.is("appearance", t.text()) && appearance(c, k)) { found.add(new Cue("clause", k, c, null, "press")); break; }
                    if (t.is("NOUN") && cues.is("phase", t.text()) && phase(c, k)) { found.add(new Cue("clause", k, c, null, "meeting")); break; }
                    if (cues.is("told", t.text()) && t.isVerbal()) {
                        Optional<People.Ref> obj = Optional.empty();
                        for (int j = k + 1; j < Math.min(c.to(), k + 4) && obj.isEmpty(); j++) obj = personAt(j);
                        Optional<EntityRef> subj = subject(k);
                        if (obj.isPresent() && subj.isPresent() && clauseOf[refToken.get(obj.get())] == c) {
                            found.add(new Cue("pair", k, c, null, "call", List.of(subj.get(), obj.get().entity())));
                        }
                    }
                }
            }
            for (Sentence s : text.sentences()) here(s, found);
            for (People.Ref r : personRefs) {
                if (credits.contains(r)) continue;
                if (role(r)) found.add(new Cue("person", refToken.get(r), clauseOf[refToken.get(r)], null, "meeting", List.of(r.entity())));
            }
        }

        /**
         * "„Wir sind hier, um …“, sagte sie": a speaker who says "we … here" in a quotation speaks where the event is.
         * The speaker is the person named outside the quotation marks, beside a verb of saying.
         */
        void here(Sentence s, List<Cue> found) {
            boolean here = false, first = false;
            for (Token t : s.tokens()) {
                here |= cues.is("here", t.text());
                first |= cues.is("first-person", t.text());
            }
            if (!here || !first) return;
            String x = text.text();
            int lastMark = -1, firstMark = -1;
            for (int i = s.span().begin(); i < s.span().end(); i++) {
                if (!quoteMark(x, i)) continue;
                if (firstMark < 0) firstMark = i;
                lastMark = i;
            }
            if (lastMark < 0) return;
            for (int k = refFrom(s.range().begin()), end = refFrom(s.range().end()); k < end; k++) {
                People.Ref r = personRefs.get(k);
                int t = refTokens[k];
                if (credits.contains(r)) continue;
                boolean outside = r.span().begin() > lastMark || r.span().end() <= firstMark;
                boolean saying = t > 0 && lex.speechVerb(toks.get(t - 1).text()).isPresent()
                        || t + 1 < toks.size() && lex.speechVerb(toks.get(t + 1).text()).isPresent();
                if (outside && saying) found.add(new Cue("person", t, clauseOf[t], null, "meeting", List.of(r.entity())));
            }
        }

        /** A quotation mark of the language at offset i; an apostrophe inside a word ("Britain’s") is none. */
        boolean quoteMark(String x, int i) {
            if (!lex.isQuoteMark(x.charAt(i))) return false;
            return !(i > 0 && i + 1 < x.length() && Character.isLetter(x.charAt(i - 1)) && Character.isLetter(x.charAt(i + 1)));
        }

        /** "X hält Gespräche mit Y", "held crisis talks": a verb of the clause that makes its subject a host. */
        boolean holds(Clause c, M m) {
            for (int i = c.from(); i < m.token; i++)
                if (toks.get(i).isVerbal() && cues.verbs(toks.get(i)).stream().anyMatch(v -> v.needs().equals("event"))) return true;
            return false;
        }

        /** "in seiner Rede", "bei ihrer Vorstellung", "during her speech": an appearance of the clause's persons. */
        boolean appearance(Clause c, int k) {
            for (int i = k - 1; i >= Math.max(c.from(), k - 4); i--) {
                String w = toks.get(i).text();
                if (cues.is("possessive", w)) return true;
                if (toks.get(i).isVerbal() || toks.get(i).isPunct()) return false;
            }
            return false;
        }

        /** "zum Abschluss", "zu Beginn", "at the close": a phase of the event, with no event noun after it. */
        boolean phase(Clause c, int k) {
            boolean prep = false;
            for (int i = k - 1; i >= Math.max(c.from(), k - 2); i--) if (cues.is("at", toks.get(i).text())) prep = true;
            if (!prep) return false;
            return k + 1 >= c.to() || !(toks.get(k + 1).is("DET") || toks.get(k + 1).is("ADP") || toks.get(k + 1).upos().contains("DET"));
        }

        /** A title or apposition that makes the person a participant: "Gastgeber", "lead negotiator", "Gipfelchef". */
        boolean role(People.Ref r) {
            int t = refToken.get(r);
            Sentence s = text.sentenceOf(t);
            for (int i = t - 1; i >= Math.max(s.range().begin(), t - 8); i--) {
                Token u = toks.get(i);
                if (u.isVerbal()) break;
                if ((u.is("NOUN") || u.isPropn()) && roleWord(u.text())) return true;
                if (personAt(i).isPresent() && i < t - 1 && !personAt(i).get().equals(r)) break;
            }
            int end = text.tokensWithin(r.span()).end();
            if (end < s.range().end() && toks.get(end).text().equals(",")) {
                for (int i = end + 1; i < Math.min(s.range().end(), end + 8); i++) {
                    Token u = toks.get(i);
                    if (u.text().equals(",") || u.is("VERB")) break;
                    if ((u.is("NOUN") || u.isPropn()) && roleWord(u.text())) return true;
                }
            }
            return false;
        }

        boolean roleWord(String w) {
            if (cues.is("role", w)) return true;
            String lw = w.toLowerCase(Locale.ROOT);
            if (lw.contains("-")) lw = lw.substring(lw.lastIndexOf('-') + 1);
            for (int i = 4; i < lw.length() - 3; i++) {
                String rest = lw.substring(i);
                if (!cues.is("role-head", rest)) continue;
                String mod = lw.substring(0, i);
                if (lex.eventNoun(mod).isPresent() || mod.endsWith("s") && lex.eventNoun(mod.substring(0, mod.length() - 1)).isPresent()) return true;
            }
            return false;
        }

        /** The persons a cue makes participants, and the event they take part in. */
        void attach(Cue c) {
            Ev ev = c.mention() != null ? c.mention().event : null;
            List<EntityRef> persons = new ArrayList<>();
            switch (c.kind()) {
                case "with" -> persons.addAll(c.mention().with);
                case "verb" -> persons.addAll(clausePersons(c.clause(), c.token(), true));
                case "clause" -> persons.addAll(clausePersons(c.clause(), c.token(), false));
                case "before" -> {
                    for (EntityRef r : clausePersons(c.clause(), c.token(), false))
                        if (firstRefToken(r, c.clause()) < c.token()) persons.add(r);
                }
                default -> persons.addAll(c.persons());
            }
            if (persons.isEmpty()) return;
            if (ev == null) ev = current(c.token(), c.prefer());
            if (ev == null && (c.kind().equals("verb") || c.kind().equals("clause"))) {
                M m = new M(c.token(), "meeting", true);
                mentions.add(m);
                ev = new Ev();
                events.add(ev);
                ev.add(m);
            }
            if (ev == null) return;
            if (c.kind().equals("with")) ev.between.addAll(persons);
            for (EntityRef p : persons) ev.actors.putIfAbsent(p, new Participant(p, side(p, c.token()), false));
            if (c.mention() == null && c.kind().equals("clause")) {
                boolean named = ev.hasNamedPlace();
                int end = c.clause().from();
                while (end < c.clause().to() && !(end > c.token() && (toks.get(end).is("SCONJ") || lex.speechVerb(toks.get(end).text()).isPresent()))) end++;
                for (PlaceFinder.Place p : placeFinder.locative(c.clause().from(), end))
                    if (!named || !p.named()) ev.addPlace(p);
            }
        }

        int firstRefToken(EntityRef e, Clause c) {
            for (int k = refFrom(c.from()), end = refFrom(c.to()); k < end; k++) if (personRefs.get(k).entity().equals(e)) return refTokens[k];
            return Integer.MAX_VALUE;
        }

        /**
         * The held event a cue without a mention of its own belongs to: the nearest by its mentions, an event of
         * the preferred kind first.
         */
        Ev current(int token, String prefer) {
            Ev best = null;
            int bestDist = Integer.MAX_VALUE;
            boolean bestPreferred = false;
            for (Ev e : events) {
                if (!e.held() || e.mentions.stream().allMatch(m -> m.generic)) continue;
                if (prefer.equals("meeting") && e.kind.equals("call") && events.stream().anyMatch(x -> x.held() && !x.kind.equals("call"))) continue;
                boolean preferred = e.kind.equals(prefer);
                int dist = Integer.MAX_VALUE;
                for (M m : e.mentions) dist = Math.min(dist, Math.abs(m.token - token) + (m.token > token ? 1 : 0));
                if (best == null || preferred && !bestPreferred || preferred == bestPreferred && dist < bestDist) {
                    best = e;
                    bestDist = dist;
                    bestPreferred = preferred;
                }
            }
            return best;
        }

        /**
         * "sagte X in Rostock" when the article's held event is in Rostock: X was there. And a participant
         * speaking at a named venue ("rief X in die Halle Y") gives an event that has no venue yet its venue.
         */
        void placeCues() {
            for (Clause c : clauses) {
                if (negated(c) || earlierOrPlanned(c)) continue;
                boolean otherEvent = mentions.stream().anyMatch(m -> c.covers(m.token) && !m.generic);
                if (otherEvent) continue;
                List<PlaceFinder.Place> here = placeFinder.locative(c.from(), c.to());
                for (PlaceFinder.Place p : here) {
                    if (!p.named() || !p.venue() || p.entity().isPresent()) continue;
                    List<EntityRef> persons = clausePersons(c, c.from(), false);
                    for (Ev e : events)
                        if (e.held() && !e.kind.equals("call") && e.places.stream().noneMatch(PlaceFinder.Place::venue)
                                && persons.stream().anyMatch(e.actors::containsKey)) e.addPlace(p);
                }
                for (PlaceFinder.Place p : here) {
                    if (!p.named()) continue;
                    for (Ev e : events) {
                        if (!e.held() || e.kind.equals("call") || e.places.stream().noneMatch(q -> samePlace(p, q))) continue;
                        for (EntityRef r : clausePersons(c, c.from(), false))
                            e.actors.putIfAbsent(r, new Participant(r, side(r, c.from()), false));
                    }
                }
            }
        }

        boolean earlierOrPlanned(Clause c) {
            for (int k = c.from(); k < c.to(); k++) {
                if (cues.is("planned", toks.get(k).text()) || cues.phraseAt("earlier", toks, k) > 0) return true;
            }
            return false;
        }

        /** The persons of a clause, the antecedent of a relative clause included, sources and credits left out. */
        List<EntityRef> clausePersons(Clause c, int cue, boolean skipReporters) {
            List<EntityRef> out = new ArrayList<>();
            int from = c.from();
            if (skipReporters) {
                for (int k = c.from(); k < cue; k++)
                    if (toks.get(k).isVerbal() && lex.speechVerb(toks.get(k).text()).isPresent()) from = k + 1;
            }
            if (c.relative() && from == c.from()) {
                People.Ref ante = null;
                for (int k = refFrom(c.previous()), end = refFrom(c.from()); k < end; k++) {
                    People.Ref r = personRefs.get(k);
                    int t = refTokens[k];
                    if (!credits.contains(r) && !clauseOf[t].inSource(t)) ante = r;
                }
                if (ante != null) out.add(ante.entity());
            }
            for (int k = refFrom(Math.max(from, c.from())), end = refFrom(c.to()); k < end; k++) {
                People.Ref r = personRefs.get(k);
                if (c.inSource(refTokens[k]) || credits.contains(r)) continue;
                if (!out.contains(r.entity())) out.add(r.entity());
            }
            if (out.isEmpty() && !c.relative() && toks.get(c.from()).isVerbal()) borrowedSubject(c).ifPresent(out::add);
            return out;
        }

        /**
         * The subject of a clause that has none of its own, from its neighbour in the sentence: the clause after
         * an opening participle ("Speaking to reporters, X said"), the clause before a verb that opens its clause
         * ("X, acting for Y, met Z").
         */
        Optional<EntityRef> borrowedSubject(Clause c) {
            int i = clauses.indexOf(c);
            Clause other = null;
            if (i > 0 && clauses.get(i - 1).sentence() == c.sentence() && toks.get(c.from()).isVerbal()) other = clauses.get(i - 1);
            else if (i + 1 < clauses.size() && clauses.get(i + 1).sentence() == c.sentence() && (i == 0 || clauses.get(i - 1).sentence() != c.sentence())) other = clauses.get(i + 1);
            if (other == null) return Optional.empty();
            for (int k = refFrom(other.from()), end = refFrom(other.to()); k < end; k++) {
                People.Ref r = personRefs.get(k);
                if (!other.inSource(refTokens[k]) && !credits.contains(r)) return Optional.of(r.entity());
            }
            return Optional.empty();
        }

        Optional<People.Ref> personAt(int token) {
            return placeFinder.refAt(token).filter(r -> people.get(r.entity()).isPerson());
        }

        boolean negated(Clause c) {
            for (int k = c.from(); k < c.to(); k++) {
                String w = toks.get(k).text();
                if (cues.is("negation", w) && !(w.equalsIgnoreCase("no") && k + 1 < c.to() && toks.get(k + 1).is("NOUN"))) return true;
            }
            return false;
        }

        /** A byline or photo credit: "Von Jana Beispiel", "Foto: Jana Beispiel", "Jana Beispiel/dpa", "(Image: …)". */
        boolean credit(People.Ref r) {
            String s = text.text();
            int end = r.span().end();
            if (end < s.length() && s.charAt(end) == '/') return true;
            int b = r.span().begin();
            // a credit cue stands right before the name: looking back at most 200 characters for the line start
            // or a parenthesis keeps this linear on long lines without breaks (issue 7: a 1 MB article hung here)
            int floor = Math.max(0, b - 200), line = -1, paren = -1;
            for (int k = b - 1; k >= floor && line < 0; k--) {
                if (s.charAt(k) == '\n') line = k + 1;
                else if (s.charAt(k) == '(' && paren < 0) paren = k;
            }
            if (line < 0 && floor == 0) line = 0;
            if (line < 0 && paren < 0) return false;
            int from = Math.max(line, paren + 1);
            String before = s.substring(from, b).strip();
            if (before.isEmpty()) return false;
            String first = before.split("[\\s:]+")[0].toLowerCase(Locale.ROOT);
            if (!cues.is("credit", first)) return false;
            int lineEnd = s.indexOf('\n', b);
            int lineLength = (lineEnd < 0 ? s.length() : lineEnd) - line;
            return before.contains(":") || paren >= line && before.length() < 30
                    || from == line && Character.isUpperCase(before.codePointAt(0)) && lineLength < 90 && !before.contains(".");
        }

        /** "Auf russischer Seite nahmen X teil, von US-Seite Y": the side named last before the person, in the sentence. */
        Optional<EntityRef> side(EntityRef person, int cueToken) {
            Optional<Token> at = Optional.empty();
            Sentence cueSentence = text.sentenceOf(cueToken);
            for (int k = refFrom(cueSentence.range().begin()), end = refFrom(cueSentence.range().end()); k < end; k++)
                if (personRefs.get(k).entity().equals(person)) at = Optional.of(toks.get(refTokens[k]));
            if (at.isEmpty()) return Optional.empty();
            Sentence s = text.sentenceOf(at.get().index());
            Optional<EntityRef> side = Optional.empty();
            for (int i = s.range().begin(); i < at.get().index(); i++) {
                Token t = toks.get(i);
                String w = t.text();
                if (!cues.is("side", w) || !t.is("NOUN") && !t.isPropn()) continue;
                Optional<String> country = Optional.empty();
                int hyphen = w.lastIndexOf('-');
                int p = i - 1;
                if (p > s.range().begin() && toks.get(p).text().equals("-") && toks.get(p).span().begin() == toks.get(p - 1).span().end()) p--;
                if (hyphen > 0) country = Optional.of(w.substring(0, hyphen));
                else if (p < i - 1) country = Optional.of(toks.get(p).text());
                else if (i > s.range().begin()) {
                    Token prev = toks.get(i - 1);
                    country = lex.demonymCountry(prev.text());
                    if (country.isEmpty() && prev.text().matches(".+['’]s")) country = Optional.of(prev.text().substring(0, prev.text().length() - 2));
                    if (country.isEmpty() && i > s.range().begin() + 1 && prev.text().matches("['’]s")) country = Optional.of(toks.get(i - 2).text());
                }
                side = country.flatMap(this::country);
            }
            return side;
        }

        /** The country entity a side word stands for: by name, demonym or initials ("US" → United States). */
        Optional<EntityRef> country(String word) {
            List<String> names = new ArrayList<>(List.of(word));
            lex.demonymCountry(word).ifPresent(names::add);
            for (String n : names) {
                String key = Gazetteer.key(n);
                for (Entity e : people.entities()) {
                    if (e.type() != EntityType.COUNTRY) continue;
                    if (Gazetteer.key(e.label()).equals(key) || e.surfaceForms().stream().anyMatch(f -> Gazetteer.key(f).equals(key))) return Optional.of(e.ref());
                    for (Gazetteer.Item item : gazetteer.lookup(e.label())) {
                        List<String> all = new ArrayList<>(item.names());
                        all.add(item.label());
                        for (String name : all) {
                            if (Gazetteer.key(name).equals(key)) return Optional.of(e.ref());
                            if (word.length() >= 2 && word.equals(word.toUpperCase(Locale.ROOT)) && initials(name).equals(word)) return Optional.of(e.ref());
                        }
                    }
                }
            }
            return Optional.empty();
        }

        String initials(String name) {
            StringBuilder sb = new StringBuilder();
            for (String p : name.split("\\s+")) if (!p.isEmpty() && Character.isUpperCase(p.codePointAt(0))) sb.appendCodePoint(p.codePointAt(0));
            return sb.toString();
        }

        // ---- datelines and the result -----------------------------------------------------------------------

        /** An event held at an unnamed venue, or with no place at all, is held where the dateline says. */
        void datelines() {
            List<PlaceFinder.Place> dateline = placeFinder.dateline();
            if (dateline.isEmpty()) return;
            for (Ev e : events) {
                if (!e.held() || e.kind.equals("call") || e.hasNamedPlace() || !keep(e)) continue;
                if (e.places.isEmpty() && e.actors.isEmpty()) continue;
                for (PlaceFinder.Place p : dateline) e.addPlace(p);
            }
        }

        boolean keep(Ev e) {
            if (e.mentions.stream().allMatch(m -> m.generic)) return false;
            return !e.actors.isEmpty() || !e.places.isEmpty() || e.when.isPresent() || e.duration.isPresent() || e.format.isPresent()
                    || e.mentions.stream().filter(m -> !m.generic).count() > 1 || !e.held();
        }

        Found build() {
            List<Entity> entities = new ArrayList<>(people.entities());
            List<People.Ref> refs = new ArrayList<>(people.refs());
            Map<String, EntityRef> added = new HashMap<>();
            List<Event> out = new ArrayList<>();
            int n = 0;
            for (Ev e : events) {
                if (!keep(e)) continue;
                List<EntityRef> places = new ArrayList<>();
                for (PlaceFinder.Place p : e.places) {
                    EntityRef ref = p.entity().orElseGet(() -> added.computeIfAbsent(p.key(), k -> {
                        EntityRef r = new EntityRef("ep" + (added.size() + 1));
                        var range = text.tokensWithin(p.span());
                        Mention mention = new Mention(p.span(), range, text.sentenceAt(p.span().begin()).map(Sentence::index).orElse(0), MentionKind.NAME, "event-place");
                        Set<String> forms = new LinkedHashSet<>(p.forms());
                        forms.add(p.label());
                        entities.add(new Entity(r, EntityType.PLACE, p.label(), forms, List.of(mention), Gender.UNKNOWN, List.of(), Optional.empty(), List.of()));
                        refs.add(new People.Ref(p.span(), r));
                        return r;
                    }));
                    if (!places.contains(ref)) places.add(ref);
                }
                List<Participant> actors = participants(e);
                String type = e.mentions.stream().filter(m -> !m.generic).map(m -> m.type).findFirst().orElse("meeting");
                List<CharSpan> spans = e.mentions.stream().filter(m -> !m.generic).map(m -> toks.get(m.token).span()).toList();
                out.add(new Event(new EventRef("e" + ++n), label(e, places, entities), type, spans, places,
                        e.when.flatMap(When::date), e.duration, e.format, actors));
            }
            return new Found(added.isEmpty() ? people : new People(entities, refs), out);
        }

        /** Sides of a two-sided event also for its principals ("Gespräche zwischen X und Y"), from their country. */
        List<Participant> participants(Ev e) {
            Set<EntityRef> sides = new LinkedHashSet<>();
            for (Participant p : e.actors.values()) p.side().ifPresent(sides::add);
            List<Participant> out = new ArrayList<>();
            for (Participant p : e.actors.values()) {
                Optional<EntityRef> side = p.side();
                Entity person = people.get(p.person());
                if (side.isEmpty() && !sides.isEmpty() && person.country().isPresent() && sides.contains(person.country().get())) side = person.country();
                boolean head = sides.size() >= 2 && e.between.contains(p.person());
                out.add(new Participant(p.person(), side, head));
            }
            return out;
        }

        String label(Ev e, List<EntityRef> places, List<Entity> entities) {
            M first = e.mentions.stream().filter(m -> !m.generic && !m.implicit).findFirst().orElse(e.mentions.getFirst());
            String noun = first.implicit ? implicitNoun(first) : toks.get(first.token).text();
            StringBuilder sb = new StringBuilder(noun);
            Optional<PlaceFinder.Place> where = e.places.stream().filter(p -> p.named() && !p.venue()).findFirst()
                    .or(() -> e.places.stream().filter(PlaceFinder.Place::named).findFirst()).or(() -> e.places.stream().findFirst());
            where.ifPresent(p -> sb.append(" in ").append(p.entity().map(r -> entities.stream().filter(x -> x.ref().equals(r)).findFirst().orElseThrow().label()).orElse(p.label())));
            if (e.planned) firstCue("label-planned", null).ifPresent(w -> sb.append(" (").append(w).append(')'));
            return sb.toString();
        }

        Optional<String> firstCue(String kind, String value) {
            return lex.eventCues().stream().filter(c -> c.kind().equals(kind) && (value == null || c.value().equals(value)))
                    .map(c -> String.join(" ", c.words())).findFirst();
        }

        /** The noun for an event that a verb reports ("trafen sich" → "Treffen"), from the label cues. */
        String implicitNoun(M m) {
            String w = firstCue("label", m.type).orElse(toks.get(m.token).lemma());
            return w.isEmpty() ? w : w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1);
        }
    }

    static Optional<Duration> duration(String sentence) {
        Matcher m = HOURS.matcher(sentence);
        while (m.find()) {
            Double h = number(m.group(1));
            if (h == null) continue;
            if (m.group(0).toLowerCase(Locale.ROOT).contains("half")) h += 0.5;
            Double min = m.group(2) == null ? Double.valueOf(0) : number(m.group(2));
            if (min == null) min = 0.0;
            return Optional.of(Duration.ofMinutes(Math.round(h * 60 + min)));
        }
        m = MINUTES.matcher(sentence);
        while (m.find()) {
            Double min = number(m.group(1));
            if (min != null) return Optional.of(Duration.ofMinutes(Math.round(min)));
        }
        m = STUENDIG.matcher(sentence);
        while (m.find()) {
            Double n = number(m.group(1));
            if (n == null) continue;
            return Optional.of(m.group(2).equalsIgnoreCase("tägig") ? Duration.ofDays(Math.round(n)) : Duration.ofMinutes(Math.round(n * 60)));
        }
        m = DAYS.matcher(sentence);
        while (m.find()) {
            Double n = number(m.group(1));
            if (n != null && n >= 1 && n <= 14) return Optional.of(Duration.ofDays(Math.round(n)));
        }
        return Optional.empty();
    }

    private static Double number(String w) {
        String x = w.replace(',', '.');
        if (x.matches("\\d+(\\.5)?")) return Double.valueOf(x);
        return NUMBERS.get(w.toLowerCase(Locale.ROOT));
    }

    /** "im Format …" wins over a general phrase like "im kleinen Kreis" in the same sentence. */
    static Optional<String> format(String sentence) { return format(sentence, null); }

    /** The format; "bilateral" only before an event noun ("bilaterales Treffen", not "bilaterale Beziehungen"). */
    static Optional<String> format(String sentence, java.util.function.Predicate<String> eventNoun) {
        Matcher m = FORMAT.matcher(sentence);
        String general = null;
        while (m.find()) {
            if (m.group(1) != null) return Optional.of(m.group(1).strip());
            if (m.group(2) != null) return Optional.of(m.group(2).strip());
            String g = m.group(3).strip();
            if (g.toLowerCase(Locale.ROOT).matches("(bi|tri)lateral\\p{L}*\\s+\\p{L}+")) {
                if (eventNoun == null || !eventNoun.test(g.substring(g.lastIndexOf(' ') + 1))) continue;
                g = g.substring(0, g.indexOf(' '));
            }
            if (general == null) general = g;
        }
        return Optional.ofNullable(general);
    }
}
