package org.w3id.newskg.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.w3id.newskg.model.Gender;
import org.w3id.newskg.model.NewskgException;
import org.w3id.newskg.model.Token;

/**
 * The language knowledge of one language, read once from {@code data/lexicons/<lang>/} (shipped in the jar
 * under {@code newskg/lexicons/}); see that folder's README for every file and column. Immutable, shared by
 * all threads. A missing or malformed file stops start-up with its name and line.
 *
 * {@snippet :
 * Lexicon de = Lexicon.of("de");
 * de.speechVerb("betonte");          // Optional[SpeechVerb[lemma=betonen, ...]]
 * de.title("Außenministerin");       // Optional[Title[..., gender=FEMALE, ...]]
 * }
 */
public final class Lexicon {
    private static final Map<String, Lexicon> LOADED = new ConcurrentHashMap<>();

    /**
     * A speech, writing, thought or opinion verb; {@code particle} is the separable prefix ("hin") or empty, {@code
     * frames} the constructions it takes (see {@link Frame}), {@code clause} the words its clause must hold ("+für":
     * "hält es für möglich") or must not ("-sich": "befand sich" is no judgement) to be this verb, empty for most.
     */
    public record SpeechVerb(String lemma, String particle, Set<Frame> frames, VerbType type, List<String> clause) {
        public boolean takes(Frame frame) { return frames.contains(frame); }

        /** An infinitive complement comes first for this verb: "forderte X auf, … zu", "urged X to", "accused X of". */
        public boolean takesInfinitive() { return takes(Frame.INF) || takes(Frame.OBJ_INF) || takes(Frame.OBJ_OF) || takes(Frame.OBJ_FOR); }
    }

    /** The constructions of a speech verb or noun, the {@code frames} column of {@code speech-verbs.tsv}. */
    public enum Frame {
        /** a dass/that clause */ THAT,
        /** a clause without complementizer ("sagte, die Lage sei ernst"; "said the deal was dead") */ ZERO,
        /** "X sagte: „…“" */ COLON,
        /** "„…“, sagte X" */ QUOTE,
        /** a zu-/to-infinitive ("kündigte an, … zu"; "vowed to …") */ INF,
        /** an object and an infinitive ("urged the council to …") */ OBJ_INF,
        /** an addressee, then a clause without complementizer ("told reporters he would stay") */ OBJ_ZERO,
        /** an accusation of the object ("accused the mayor of …", "warf ihm vor, … zu haben") */ OBJ_OF,
        /** blame, thanks or praise of the object for a deed ("blamed the allies for undermining …") */ OBJ_FOR,
        /** an indirect question ("fragte, ob …") */ WH;
    }

    /** What a speech verb reports, the {@code type} column of {@code speech-verbs.tsv}. */
    public enum VerbType {
        SPEECH, WRITING, THOUGHT, OPINION
    }

    /**
     * The classes of {@code function-words.tsv}: closed word classes the rules read (negations, complementizers,
     * relative pronouns, …); a class may have no words in a language.
     */
    public enum WordClass {
        NEGATION, COMPLEMENTIZER, THAT, WHETHER, RELATIVE, CLAUSE_CONJUNCTION, CONDITIONAL, TERM_MARKER, RATING_VERB,
        NAMING_LINK, SOURCE_OF, OF, FOR, LOCATED, AND, COORDINATOR, SPEECH_COORDINATOR, CLAUSE_COORDINATOR,
        OBJECT_PRONOUN, PASSIVE_AUX, AGENT, PERFECT_AUX, TIME_ADVERB, INFINITIVE_OPENER, AS_CLAUSE, ANAPHOR,
        SOURCE_PREPOSITION, SO, ATTRIBUTION_AFTER_QUOTE, GENITIVE_ARTICLE, OBJECT_ARTICLE, POSSESSIVE, FIRST_PERSON,
        CONTRAST, CLAIM_VERB, SPECULATION, WITHHELD, DENIAL, IMPERSONAL, IMPERSONAL_SUBJECT, STANCE_VERB, REFLEXIVE, WRITTEN_IN,
        OBJECT_PREPOSITION, FORMULA, NAME_PARTICLE, AFFILIATION_ARTICLE, FOCUS_PARTICLE, PREPOSITION, ADVERB
    }

    public record Title(String title, Gender gender, String kind, boolean suffix) {
        public boolean isHonorific() { return kind.equals("honorific"); }

        /** Someone who speaks for another ("Sprecher"): the title refers only to a person the article gives it. */
        public boolean isRepresentative() { return kind.equals("representative"); }

        /** A member's title that also names the council or board ("der Stadtrat"): it refers only to a person the article gives it. */
        public boolean isBody() { return kind.equals("body"); }
    }

    /**
     * A pronoun of {@code pronouns.tsv}.
     *
     * @param order {@code -}, or for "the former"/"ersterer" {@code first} (the earlier of the two persons just named)
     *              and for "the latter"/"letzterer" {@code last}
     */
    public record Pronoun(String form, Gender gender, boolean plural, String grammaticalCase, String order) {
        public boolean ordered() { return !order.equals("-"); }
    }

    public record EventNoun(String noun, String type, boolean suffix) {}

    /** A channel pattern: lower-case words, "*" for any one word, "+" for any one capitalised word (a name: "told CNN"). */
    public record ChannelPattern(List<String> words, String channel) {}

    /** A quotation mark and the marks that can close it ({@code common/quote-marks.tsv}). */
    public record QuoteMark(char open, String closers, Opens opens) {
        /** Where a mark can open a quotation (the {@code opens} column). */
        public enum Opens { FREE, WORD_START, SPACED }
    }

    /** An attribution phrase: words before and after the source slot {X}. */
    public record AttributionPhrase(List<String> before, List<String> after, boolean slot) {}

    private final String lang;
    /** Suffix lookups scan lists; their answers are kept per word form (bounded, cleared when full). */
    private static final int MEMO_LIMIT = 200_000;
    private final Map<String, Optional<Title>> titleMemo = new ConcurrentHashMap<>();
    private final Map<String, Optional<EventNoun>> eventMemo = new ConcurrentHashMap<>();
    private final Map<String, List<SpeechVerb>> verbsByForm = new HashMap<>();
    private final Map<String, Set<Frame>> speechNouns = new HashMap<>();
    private final List<AttributionPhrase> attributions = new ArrayList<>();
    private final Map<Character, QuoteMark> quoteMarks = new HashMap<>();
    private final Set<Character> quoteMarkChars = new HashSet<>();
    private final Set<Character> apostrophes = new HashSet<>();
    private final Map<WordClass, Set<String>> wordClasses = new java.util.EnumMap<>(WordClass.class);
    private final Map<String, Title> titleWords = new HashMap<>();
    private final List<Title> titleSuffixes = new ArrayList<>();
    private final Map<String, List<Pronoun>> pronouns = new HashMap<>();
    private final List<ChannelPattern> channels = new ArrayList<>();
    private final Map<String, EventNoun> eventWords = new HashMap<>();
    private final List<EventNoun> eventSuffixes = new ArrayList<>();
    private final EventCues eventCues;
    private final Set<String> orgWords = new HashSet<>();
    private final List<String> orgSuffixes = new ArrayList<>();
    private final Set<String> orgAbbrevs = new HashSet<>();
    private final Map<String, String> demonyms = new HashMap<>();
    private final Set<String> groupWords = new HashSet<>();
    private final Set<String> countries = new HashSet<>();
    private final Map<String, String> konjunktiv = new HashMap<>();   // form -> "k1"/"k2"
    private final Set<String> konjunktivAmbiguous = new HashSet<>();
    private final Set<String> notNames = new HashSet<>();
    private final Set<String> emotionVerbs = new HashSet<>();
    private final Map<String, Set<String>> namingVerbs = new HashMap<>();   // lemma -> constructions (direct, als/as, von/of)
    private final Set<String> sourceNouns = new HashSet<>();
    private final Set<String> documentNouns = new HashSet<>();
    private final Map<String, Gender> firstNames = new HashMap<>();
    private final Map<String, Integer> cities = new HashMap<>();

    private Lexicon(String lang) {
        this.lang = lang;
        for (LexiconFile.Row row : LexiconFile.rows(lang, "speech-verbs.tsv", 5)) {
            String[] r = row.cells();
            SpeechVerb v = new SpeechVerb(lc(r[0]), r[1].equals("-") ? "" : lc(r[1]), frames(row, r[3]), row.constant(VerbType.class, r[4], "verb type"),
                    r.length > 5 ? LexiconFile.list(r[5]) : List.of());
            for (String w : v.clause()) if (!w.matches("[+-].+")) throw row.error("a clause word is +word or -word, not '" + w + "'");
            for (String form : LexiconFile.list(r[2])) verbsByForm.computeIfAbsent(form, k -> new ArrayList<>()).add(v);
            verbsByForm.computeIfAbsent(v.lemma(), k -> new ArrayList<>()).add(v);
        }
        for (LexiconFile.Row row : LexiconFile.rows(lang, "speech-nouns.tsv", 2)) speechNouns.put(lc(row.cells()[0]), frames(row, row.cells()[1]));
        for (String[] r : rows(lang, "attribution-phrases.tsv", 1)) {
            List<String> words = Arrays.asList(lc(r[0]).split("\\s+"));
            int slot = words.indexOf("{x}");
            attributions.add(slot < 0 ? new AttributionPhrase(words, List.of(), false)
                    : new AttributionPhrase(words.subList(0, slot), words.subList(slot + 1, words.size()), true));
        }
        for (LexiconFile.Row row : LexiconFile.rows("common", "quote-marks.tsv", 3)) {
            String[] r = row.cells();
            if (r[0].length() != 1) throw row.error("an opening mark is one character, not '" + r[0] + "'");
            quoteMarks.put(r[0].charAt(0), new QuoteMark(r[0].charAt(0), r[1], row.constant(QuoteMark.Opens.class, r[2], "opening kind")));
            for (char c : (r[0] + r[1]).toCharArray()) quoteMarkChars.add(c);
            if (r.length > 4 && r[4].equals("apostrophe")) for (char c : r[1].toCharArray()) apostrophes.add(c);
        }
        for (WordClass c : WordClass.values()) wordClasses.put(c, new HashSet<>());
        for (LexiconFile.Row row : LexiconFile.rows(lang, "function-words.tsv", 2))
            wordClasses.get(row.constant(WordClass.class, row.cells()[1], "word class")).add(lc(row.cells()[0]));
        for (String[] r : rows(lang, "titles.tsv", 4)) {
            Title t = new Title(lc(r[0]), Gender.ofCode(r[1]), r[2], r[3].equals("suffix"));
            titleWords.putIfAbsent(t.title(), t);
            if (t.suffix()) titleSuffixes.add(t);
        }
        titleSuffixes.sort((a, b) -> b.title().length() - a.title().length());
        for (String[] r : rows(lang, "pronouns.tsv", 4))
            pronouns.computeIfAbsent(lc(r[0]), k -> new ArrayList<>()).add(new Pronoun(lc(r[0]), Gender.ofCode(r[1]), r[2].equals("pl"), r[3], r.length > 4 && !r[4].isEmpty() ? r[4] : "-"));
        for (String[] r : rows(lang, "channels.tsv", 2)) channels.add(new ChannelPattern(Arrays.asList(lc(r[0]).split("\\s+")), r[1]));
        channels.sort((a, b) -> b.words().size() - a.words().size());
        for (String[] r : rows(lang, "event-nouns.tsv", 4)) {
            EventNoun e = new EventNoun(lc(r[0]), r[2], r[3].equals("suffix"));
            eventWords.put(e.noun(), e);
            for (String f : LexiconFile.list(r[1])) eventWords.put(f, e);
            if (e.suffix()) {
                eventSuffixes.add(e);
                for (String f : LexiconFile.list(r[1])) eventSuffixes.add(new EventNoun(f, e.type(), true));
            }
        }
        eventSuffixes.sort((a, b) -> b.noun().length() - a.noun().length());
        this.eventCues = EventCues.load(lang);
        for (String[] r : rows(lang, "org-heads.tsv", 2)) {
            switch (r[1]) {
                case "suffix" -> { orgSuffixes.add(lc(r[0])); orgWords.add(lc(r[0])); }
                case "abbrev" -> orgAbbrevs.add(r[0]);
                default -> orgWords.add(lc(r[0]));
            }
        }
        for (String[] r : rows(lang, "demonyms.tsv", 2)) {
            demonyms.put(lc(r[0]), r[1]);
            countries.add(lc(r[1]));
        }
        for (String[] r : rows(lang, "group-words.tsv", 1)) groupWords.add(lc(r[0]));
        if (lang.equals("de"))
            for (String[] r : rows(lang, "konjunktiv.tsv", 3)) {
                konjunktiv.put(lc(r[0]), r[1]);
                if (r[2].equals("y")) konjunktivAmbiguous.add(lc(r[0]));
            }
        for (String[] r : rows(lang, "not-names.tsv", 1)) notNames.add(lc(r[0]));
        for (String[] r : rows(lang, "emotion-verbs.tsv", 1)) emotionVerbs.add(lc(r[0]));
        for (String[] r : rows(lang, "source-nouns.tsv", 1)) sourceNouns.add(lc(r[0]));
        for (String[] r : rows(lang, "document-nouns.tsv", 1)) documentNouns.add(lc(r[0]));
        for (String[] r : rows(lang, "naming-verbs.tsv", 2)) namingVerbs.computeIfAbsent(lc(r[0]), k -> new HashSet<>()).add(lc(r[1]));
        for (String[] r : rows("common", "cities.tsv", 3)) cities.merge(lc(r[0]), Integer.parseInt(r[2]), Math::max);
        for (String[] r : rows(lang, "city-names.tsv", 2)) {
            Integer p = cities.get(lc(r[1]));
            if (p != null) cities.merge(lc(r[0]), p, Math::max);
        }
        for (String[] r : rows("common", "first-names.tsv", 2)) {
            Gender g = Gender.ofCode(r[1]);
            firstNames.merge(r[0], g, (a, b) -> a == b ? a : Gender.UNKNOWN);
        }
    }

    /** The lexicon of a language, loaded on first use and then shared. */
    public static Lexicon of(String lang) { return LOADED.computeIfAbsent(lang, Lexicon::new); }

    public String lang() { return lang; }

    /** The speech verbs a surface form can belong to (case-insensitive), by form or lemma. */
    public List<SpeechVerb> speechVerbs(String form) { return verbsByForm.getOrDefault(lc(form), List.of()); }

    public Optional<SpeechVerb> speechVerb(String form) { return speechVerbs(form).stream().findFirst(); }

    /** The frames of a speech noun, also as the head of a German compound ("Regierungserklärung"). */
    public Optional<Set<Frame>> speechNoun(String word) {
        String w = lc(word);
        Set<Frame> exact = speechNouns.get(w);
        if (exact != null) return Optional.of(exact);
        if (lang.equals("de") && w.length() > 5)
            for (Map.Entry<String, Set<Frame>> e : speechNouns.entrySet())
                if (e.getKey().length() >= 5 && w.endsWith(e.getKey())) return Optional.of(e.getValue());
        return Optional.empty();
    }

    public List<AttributionPhrase> attributionPhrases() { return attributions; }

    /** A word that attributes what is said to the source right after it: "so", "laut" ({@code attribution-phrases.tsv}). */
    public boolean isAttributionWord(String word) {
        String w = lc(word);
        for (AttributionPhrase a : attributions) if (a.slot() && a.before().size() == 1 && a.before().getFirst().equals(w)) return true;
        return false;
    }

    /** The quotation marks ({@code common/quote-marks.tsv}): each opening mark with the marks that can close it. */
    public Map<Character, QuoteMark> quoteMarks() { return quoteMarks; }

    /** A character that opens or closes a quotation in some convention (' and ’ are also apostrophes). */
    public boolean isQuoteMark(char c) { return quoteMarkChars.contains(c); }

    /** A closing mark that is also an apostrophe ("Adler’ Rede", "don't"): ' and ’. */
    public boolean isApostrophe(char c) { return apostrophes.contains(c); }

    /** Whether the word (any case) belongs to the closed class ({@code function-words.tsv}). */
    public boolean is(WordClass c, String word) { return wordClasses.get(c).contains(lc(word)); }

    /** A title or office: the word itself, or (German) a compound whose head is one ("Außenministerin"). */
    public Optional<Title> title(String word) {
        if (titleMemo.size() > MEMO_LIMIT) titleMemo.clear();
        return titleMemo.computeIfAbsent(word, this::findTitle);
    }

    private Optional<Title> findTitle(String word) {
        String w = lc(word);
        Title t = titleWords.get(w);
        if (t != null) return Optional.of(t);
        String head = w.contains("-") ? w.substring(w.lastIndexOf('-') + 1) : w;
        t = titleWords.get(head);
        if (t != null && !head.isEmpty()) return Optional.of(t);
        for (Title s : titleSuffixes)
            if (w.endsWith(s.title()) && w.length() > s.title().length()) return Optional.of(s);
        return Optional.empty();
    }

    public List<Pronoun> pronoun(String word) { return pronouns.getOrDefault(lc(word), List.of()); }

    /** A pronoun with a reading in the nominative ("er", "sie", "he"): it can be a clause's subject. */
    public boolean isNominativePronoun(String word) { return pronoun(word).stream().anyMatch(p -> p.grammaticalCase().equals("nom")); }

    /** A possessive pronoun ("sein", "ihren", "his"): its noun belongs to someone named elsewhere. */
    public boolean isPossessivePronoun(String word) { return pronoun(word).stream().anyMatch(p -> p.grammaticalCase().equals("poss")); }

    public List<ChannelPattern> channelPatterns() { return channels; }

    public Optional<EventNoun> eventNoun(String word) {
        if (eventMemo.size() > MEMO_LIMIT) eventMemo.clear();
        return eventMemo.computeIfAbsent(word, this::findEventNoun);
    }

    private Optional<EventNoun> findEventNoun(String word) {
        String w = lc(word);
        EventNoun e = eventWords.get(w);
        if (e != null) return Optional.of(e);
        for (EventNoun s : eventSuffixes) if (w.endsWith(s.noun()) && w.length() > s.noun().length()) return Optional.of(s);
        return Optional.empty();
    }

    /** An indefinite article ("ein", "a"; the {@code indefinite} rows of {@code event-cues.tsv}): it brings in someone new. */
    public boolean isIndefinite(String word) { return eventCues.is(EventCues.Kind.INDEFINITE, word); }

    /** A month's name ("Mai", "May"): a date, no place after "in", whatever the not-names leave out for a surname. */
    public boolean isMonth(String word) { return eventCues.is(EventCues.Kind.MONTH, word); }

    /** The cues of {@code event-cues.tsv}, indexed by kind. */
    public EventCues eventCues() { return eventCues; }

    public boolean isOrgHead(String word) {
        String w = lc(word);
        if (orgWords.contains(w)) return true;
        for (String s : orgSuffixes) if (w.endsWith(s) && w.length() > s.length() + 2) return true;
        return false;
    }

    public boolean isOrgAbbrev(String word) { return orgAbbrevs.contains(word); }

    /** The country a demonym or country adjective stands for: "russische" → "Russland", "British" → "United Kingdom". */
    public Optional<String> demonymCountry(String word) {
        String w = lc(word);
        if (w.startsWith("us-")) w = w.substring(3).isEmpty() ? "us" : w;
        String c = demonyms.get(w);
        if (c != null) return Optional.of(c);
        for (String ending : List.of("en", "em", "er", "es", "e", "n"))
            if (w.endsWith(ending) && (c = demonyms.get(w.substring(0, w.length() - ending.length()))) != null) return Optional.of(c);
        return Optional.empty();
    }

    /** A country's name as the demonym list gives it ("Saudi-Arabien", "United Kingdom"), case-insensitive. */
    public boolean isCountryName(String name) { return countries.contains(lc(name)); }

    public boolean isGroupWord(String word) { return groupWords.contains(lc(word)); }

    /** A group word as written or as its lemma ("die Gewerkschaften"). */
    public boolean isGroupWord(Token t) { return isGroupWord(t.text()) || isGroupWord(t.lemma()); }

    /** "k1" or "k2" for a German Konjunktiv form, else empty. */
    public Optional<String> konjunktiv(String word) { return Optional.ofNullable(konjunktiv.get(lc(word))); }

    public boolean isKonjunktivAmbiguous(String word) { return konjunktivAmbiguous.contains(lc(word)); }

    /**
     * Whether a verb (lemma) names or rates with quoted words in this construction: "direct" ("nannte X „…“"),
     * or the word before the quotation ("als", "as", "von", "of").
     */
    public boolean isNamingVerb(String lemma, String construction) {
        return namingVerbs.getOrDefault(lc(lemma), Set.of()).contains(construction);
    }

    /**
     * A noun that names a source of information after "nach" ("Angaben", "Untersuchungen"), also as the head of a
     * compound ("Polizeiangaben").
     */
    public boolean isSourceNoun(String word) { return headIn(sourceNouns, word); }

    /** A noun that names a written text or page ("Bericht", "Antrag", "Webseite"), also as a compound's head ("Abschlussbericht"). */
    public boolean isDocumentNoun(String word) { return headIn(documentNouns, word); }

    private static boolean headIn(Set<String> nouns, String word) {
        String w = lc(word);
        if (nouns.contains(w)) return true;
        for (String n : nouns) if (w.length() > n.length() + 2 && w.endsWith(n)) return true;
        return false;
    }

    /** A verb of emotion or expectation (lemma or form): its complement is no statement ("befürchtete, …"). */
    public boolean isEmotionVerb(String word) { return emotionVerbs.contains(lc(word)); }

    public boolean isNotName(String word) { return notNames.contains(lc(word)); }

    /**
     * The population of the largest city of that name ({@code common/cities.tsv}, with the language's own names of
     * {@code city-names.tsv}: "Wien", "Moskau"), or 0 when it names no city of at least 100,000 inhabitants.
     */
    public int cityPopulation(String name) { return cities.getOrDefault(lc(name), 0); }

    /** The gender of a first name, if it is one (case-sensitive: names are capitalised). */
    public Optional<Gender> firstName(String word) { return Optional.ofNullable(firstNames.get(word)); }

    private static String lc(String s) { return s.toLowerCase(Locale.ROOT); }

    private static List<String[]> rows(String dir, String file, int columns) {
        return LexiconFile.rows(dir, file, columns).stream().map(LexiconFile.Row::cells).toList();
    }

    private static Set<Frame> frames(LexiconFile.Row row, String cell) {
        Set<Frame> out = java.util.EnumSet.noneOf(Frame.class);
        for (String f : LexiconFile.list(cell)) out.add(row.constant(Frame.class, f, "frame"));
        return Set.copyOf(out);
    }
}
