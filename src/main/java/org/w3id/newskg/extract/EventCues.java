package org.w3id.newskg.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.w3id.newskg.model.NewskgException;
import org.w3id.newskg.model.Token;

/**
 * The event cues of one language ({@code <lang>/event-cues.tsv}), indexed by {@link Kind}: single words (exact or
 * as the head of a compound), phrases of several words where "*" stands for any one word, and participation verbs
 * with what their clause needs. Every kind and every match is checked at start-up; a kind the rules need in every
 * language and that the file lacks stops start-up too. Immutable, shared by all threads.
 *
 * {@snippet :
 * EventCues cues = Lexicon.of("de").eventCues();
 * cues.is(EventCues.Kind.SEAT, "Verhandlungstisch");   // true: "tisch" is a suffix cue
 * cues.number(EventCues.Kind.MONTH, "März");           // Optional[3]
 * }
 */
public final class EventCues {
    /** The {@code kind} column. Every language needs a row of each kind but the few marked optional. */
    public enum Kind {
        /** a participation verb: its clause's persons take part; {@code value} the event type it reports alone, {@code match} a {@link Needs} */ VERB,
        /** a preposition before an event noun that places the clause's persons there ("bei", "during") */ AT,
        /** a preposition for after an event ("nach dem Treffen") */ AFTER,
        /** a preposition or noun for an event the clause is not about ("vor dem Treffen", "on the eve of") */ NOT_THIS,
        /** "mit", "with": the persons after it met at the event */ WITH,
        /** "zwischen", "between" */ BETWEEN,
        /** a phrase for the audience or press of an event ("vor Journalisten", "told reporters") */ AUDIENCE,
        /** a word or phrase of presence at an event ("anwesend", "also present"); {@code value} {@code previous}: only after a sentence about an event ("Zu ihnen zählten") */ PRESENCE,
        /** a noun for those who take part in an event ("Teilnehmer", "Streikende", "attendees"); {@code value} the event type it belongs to, "-" any */ PARTICIPANTS,
        /** a word that counts persons among a participants noun: {@code value} {@code before} a preposition right before it ("unter den", "among the"), {@code verb} a verb of being or belonging ("waren", "gehörten", "included"), {@code list} a word after the noun that opens the list of them ("darunter") */ MEMBER,
        /** a word that makes an ambiguous event noun of its sentence or the next one another type ({@code value} "nouns>type": "Gericht" verhandlung,anhörung>trial, "court" hearing>trial; a noun as the start of the mention's word) */ RETYPE,
        /** "beiden"/"two" and the plural nouns after it that stand for the two persons an article is about ("die beiden Männer", "the two leaders") */ PAIR,
        /** a noun of a piece written about an event ("Kommentar", "editorial"): a preposition after it names the topic, not where its author was */ COMMENT,
        /** a noun of the seat of participants ("Tisch", "podium") */ SEAT,
        /** a noun for the guests of a host ("Gäste", "delegates") */ GUESTS,
        /** a person's appearance at an event ("Rede", "speech") */ APPEARANCE,
        /** a phase of an event standing for it ("zum Abschluss", "at the close") */ PHASE,
        /** a noun of a participant's role ("Gastgeber", "lead negotiator") */ ROLE,
        /** the head of a compound whose modifier is an event noun ("Gipfel" + "chef"); optional: English has no such compounds */ ROLE_HEAD,
        /** a word that makes an event planned ("geplant", "will") */ PLANNED,
        /** a word or phrase that makes an event an earlier one ("zuletzt", "last year") */ EARLIER,
        /** the word added to the label of a planned event ("geplant") */ LABEL_PLANNED,
        /** a negation of the clause ({@code value} {@code determiner}: only when no noun follows it, "no talks") */ NEGATION,
        /** a verb of asking for an event, which has then not taken place ("forderte", "called for") */ REQUEST,
        /** the opening of a byline or photo credit ("Von", "Foto", "By") */ CREDIT,
        /** a noun of a side or delegation ("Seite", "delegation") */ SIDE,
        /** a reflexive pronoun ("himself" in "talks between himself and X") */ REFLEXIVE,
        /** a possessive determiner ("seine", "her") */ POSSESSIVE,
        /** a demonstrative determiner ("dieses", "this") */ DEMONSTRATIVE,
        /** an indefinite article ("ein", "a"): the mention brings in a new event */ INDEFINITE,
        /** an ordinal ({@code value} the number: "dritte" 3) */ ORDINAL,
        /** a modifier that makes a talk a call ("Telefon", "phone") */ CALL_MOD,
        /** a modifier that makes a conference a press event ("press"); optional: German writes "Pressekonferenz" as one noun */ PRESS_MOD,
        /** a speech verb whose object is the other participant ("X told Y"); optional: German has none listed */ TOLD,
        /** "hier", "here" in a quotation: the speaker is at the event's place */ HERE,
        /** "dort", "there": the place named in the sentence before; optional */ THERE,
        /** a first-person pronoun in a quotation ("wir", "we") */ FIRST_PERSON,
        /** a noun of a venue ("Schloss", "hall") */ VENUE,
        /** a preposition before the place of an event ({@code value} {@code dative} or {@code venue}, see the README) */ LOCATIVE,
        /** an accusative article: after a dative-only locative it makes a direction ("auf die Ukraine"); optional: German only */ ACCUSATIVE,
        /** a day of the week ({@code value} its ISO number) */ WEEKDAY,
        /** a month ({@code value} its number) */ MONTH,
        /** the end of a day number ("14th"); optional: German writes "14." */ DAY_SUFFIX,
        /** a day relative to the publication ({@code value} days from it: "gestern" -1) */ RELDAY,
        /** the noun for an event a verb reports ({@code value} the event type: "Treffen" for meeting) */ LABEL,
        /** a small word inside a name ("de", "von") */ NAME_PARTICLE,
        /** a word between a preposition and an event noun that links a genitive ("of", "des") */ GENITIVE,
        /** a number word ({@code value} the number: "zwei" 2, "zweieinhalb" 2.5) */ NUMBER,
        /** a unit of hours after a number ("Stunden", "hours", "h") */ HOURS,
        /** a unit of minutes after a number ({@code value} {@code after-hours}: also in "two hours and 45 minutes") */ MINUTES,
        /** a unit of days after a number ("Tage", "days") */ DAYS,
        /** the end of an adjective of hours after a number word ("drei" + "stündig"); optional: English writes "three-hour" */ HOUR_ADJECTIVE,
        /** the end of an adjective of days after a number word ("zwei" + "tägig"); optional, as above */ DAY_ADJECTIVE,
        /** a phrase between a number and an hours unit that adds half an hour ("and a half"); optional: German says "zweieinhalb" */ HALF,
        /** the word that joins minutes to hours ("und", "and") */ AND,
        /** a phrase of the format of an event ("unter vier Augen", "one-on-one"); {@code value} {@code before-event}: a modifier, "*" the event noun after it */ FORMAT,
        /** the words before a named format ("im Format"); optional */ FORMAT_INTRO,
        /** the word between two numbers of a named format ("drei gegen drei"); optional */ FORMAT_VERSUS;

        /** Whether every language's file needs a row of this kind. */
        public boolean required() { return !OPTIONAL.contains(this); }
    }

    private static final Set<Kind> OPTIONAL = EnumSet.of(Kind.THERE, Kind.ROLE_HEAD, Kind.PRESS_MOD, Kind.TOLD, Kind.ACCUSATIVE, Kind.HOUR_ADJECTIVE,
            Kind.DAY_ADJECTIVE, Kind.HALF, Kind.DAY_SUFFIX, Kind.FORMAT_INTRO, Kind.FORMAT_VERSUS);

    /** How a single-word cue matches (the {@code match} column of the kinds other than {@code verb}). */
    public enum Match {
        /** the word itself */ WORD,
        /** the word, or the head of a compound ending in it ("Rathaus" for "haus") */ SUFFIX,
        /** only as the head of a longer word */ COMPOUND
    }

    /** What a participation verb's clause needs besides a person (the {@code match} column of {@code verb} rows). */
    public enum Needs {
        /** nothing */ NOTHING,
        /** an event noun nearby ("leitete die Gespräche") */ EVENT,
        /** "mit"/"with" and a person ("sprach mit X") */ WITH,
        /** a seat noun ("saß am Tisch") */ SEAT,
        /** a person or a guests noun after it ("begrüßte die Gäste") */ GUESTS,
        /** a locative place ("reiste nach Kiel") */ PLACE,
        /** a noun after it, no pronoun right after it ("stellten den Plan vor", not "stellte sich vor") */ OBJECT,
        /** an event noun as its object, no other verb between ("gab eine Pressekonferenz", "had a phone call") */ EVENT_OBJECT,
        /** a score in the clause ("gewann 3:1 gegen", "won 2-0") */ SCORE
    }

    /** A row of the file: its words (lower case, "*" any one word), kind, value ("-" none) and match. */
    public record Cue(List<String> words, Kind kind, String value, Match match) {
        /** The words as one string, as a label uses them. */
        public String phrase() { return String.join(" ", words); }
    }

    /** A participation verb: the event type it reports on its own ("-" none), what its clause needs, its separable particle or "". */
    public record Verb(String type, Needs needs, String particle) {}

    /** A suffix cue is the head of a compound only after at least this many more letters ("Rathaus" for "haus", not "Haus"). */
    static final int COMPOUND_MODIFIER = 3;

    private final Map<Kind, List<Cue>> all = new EnumMap<>(Kind.class);
    private final Map<Kind, Map<String, Cue>> words = new EnumMap<>(Kind.class);
    private final Map<Kind, List<Cue>> suffixes = new EnumMap<>(Kind.class);
    private final Map<Kind, List<Cue>> phrases = new EnumMap<>(Kind.class);
    private final Map<String, List<Verb>> verbs = new HashMap<>();

    private EventCues(String lang) {
        for (Kind k : Kind.values()) {
            all.put(k, new ArrayList<>());
            words.put(k, new HashMap<>());
            suffixes.put(k, new ArrayList<>());
            phrases.put(k, new ArrayList<>());
        }
        for (LexiconFile.Row row : LexiconFile.rows(lang, "event-cues.tsv", 4)) {
            String[] r = row.cells();
            List<String> w = Arrays.asList(r[0].toLowerCase(Locale.ROOT).split("\\s+"));
            Kind kind = row.constant(Kind.class, r[1], "cue kind");
            if (kind == Kind.VERB) {
                Needs needs = r[3].equals("-") ? Needs.NOTHING : row.constant(Needs.class, r[3], "verb need");
                verbs.computeIfAbsent(w.getFirst(), k -> new ArrayList<>()).add(new Verb(r[2], needs, w.size() > 1 ? w.get(1) : ""));
                all.get(kind).add(new Cue(w, kind, r[2], Match.WORD));
                continue;
            }
            Cue c = new Cue(w, kind, r[2], row.constant(Match.class, r[3], "cue match"));
            all.get(kind).add(c);
            if (w.size() > 1) phrases.get(kind).add(c);
            else {
                if (c.match() != Match.COMPOUND) words.get(kind).put(w.getFirst(), c);
                if (c.match() != Match.WORD) suffixes.get(kind).add(c);
            }
        }
        for (Kind k : Kind.values())
            if (k.required() && all.get(k).isEmpty())
                throw new NewskgException("data/lexicons/" + lang + "/event-cues.tsv: no row of kind '" + name(k) + "' (every language needs one)");
    }

    static EventCues load(String lang) { return new EventCues(lang); }

    /** The kind as the file writes it ("not-this"). */
    public static String name(Kind k) { return k.name().toLowerCase(Locale.ROOT).replace('_', '-'); }

    /** Whether the word is a cue of this kind: the word itself, or a compound whose head is a suffix cue. */
    public boolean is(Kind kind, String word) { return cue(kind, word).isPresent(); }

    /** The cue of this kind the word is: the word itself, the part after its last hyphen, or a compound head. */
    public Optional<Cue> cue(Kind kind, String word) {
        String w = word.toLowerCase(Locale.ROOT);
        Cue c = words.get(kind).get(w);
        if (c != null) return Optional.of(c);
        String head = w.contains("-") ? w.substring(w.lastIndexOf('-') + 1) : w;
        c = words.get(kind).get(head);
        if (c != null && c.match() == Match.SUFFIX) return Optional.of(c);
        for (Cue s : suffixes.get(kind))
            if (w.endsWith(s.words().getFirst()) && w.length() >= s.words().getFirst().length() + COMPOUND_MODIFIER) return Optional.of(s);
        return Optional.empty();
    }

    /** The number of a cue of this kind that the word starts with ("Mittwochabend" → weekday 3). */
    public Optional<Integer> prefixNumber(Kind kind, String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (Cue c : words.get(kind).values())
            if (w.startsWith(c.words().getFirst())) return Optional.of(Integer.valueOf(c.value()));
        return Optional.empty();
    }

    /** The cue's value as a number (weekday, month, day offset, ordinal), when the word is one. */
    public Optional<Integer> number(Kind kind, String word) { return cue(kind, word).map(c -> Integer.valueOf(c.value())); }

    /** The value of the single-word cue of this kind that the word is exactly (case-insensitive). */
    public Optional<String> valueOf(Kind kind, String word) {
        return Optional.ofNullable(words.get(kind).get(word.toLowerCase(Locale.ROOT))).map(Cue::value);
    }

    /** Every row of the kind, in file order. */
    public List<Cue> all(Kind kind) { return all.get(kind); }

    /** The first row of the kind, in file order, whose value is {@code value} (any value when null). */
    public Optional<Cue> first(Kind kind, String value) {
        return all.get(kind).stream().filter(c -> value == null || c.value().equals(value)).findFirst();
    }

    /**
     * Whether the token is a verb: tagged so, or a lower-case form the verb cues list (the tagger takes some past
     * forms for nouns or adjectives).
     */
    public boolean verbal(Token t) {
        return t.isVerbal() || !t.isCapitalised() && verbs.containsKey(t.text()) && !t.is("NOUN");
    }

    /** The participation verbs a token can be, by its form or its lemma. */
    public List<Verb> verbs(Token t) {
        List<Verb> out = new ArrayList<>(verbs.getOrDefault(t.text().toLowerCase(Locale.ROOT), List.of()));
        if (out.isEmpty()) out.addAll(verbs.getOrDefault(t.lemma(), List.of()));
        return out;
    }

    /**
     * The length in tokens of a phrase cue of this kind starting at {@code from} (0 when none starts there), a
     * single-word cue of the kind included.
     */
    public int phraseAt(Kind kind, List<Token> tokens, int from) {
        int best = 0;
        for (Cue c : phrases.get(kind)) {
            int n = c.words().size();
            if (from + n > tokens.size()) continue;
            boolean ok = true;
            for (int i = 0; i < n && ok; i++) {
                String w = c.words().get(i);
                ok = w.equals("*") || w.equals(tokens.get(from + i).text().toLowerCase(Locale.ROOT));
            }
            if (ok) best = Math.max(best, n);
        }
        if (best == 0 && from < tokens.size() && words.get(kind).containsKey(tokens.get(from).text().toLowerCase(Locale.ROOT))) best = 1;
        return best;
    }
}
