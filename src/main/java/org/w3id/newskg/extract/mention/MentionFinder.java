package org.w3id.newskg.extract.mention;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.w3id.newskg.kb.Gazetteer;
import org.w3id.newskg.kb.Offices;
import org.w3id.newskg.extract.Lexicon;
import org.w3id.newskg.model.AnnotatedText;
import org.w3id.newskg.model.CharSpan;
import org.w3id.newskg.model.EntityType;
import org.w3id.newskg.model.Gender;
import org.w3id.newskg.model.Mention;
import org.w3id.newskg.model.MentionKind;
import org.w3id.newskg.model.Sentence;
import org.w3id.newskg.model.Token;
import org.w3id.newskg.model.TokenRange;

/**
 * Finds the mentions of one article in two passes. The first takes runs of name-like tokens (PROPN, or a
 * known first name; joined by hyphens, name particles like "von der", initials) and keeps as persons those
 * that start with a first name or stand after a title or honorific ("Außenministerin Jana Beispiel",
 * "Mr Novak"); organisations by their head words and abbreviations, countries and places by the gazetteer,
 * the demonym list and "in X". The second pass takes single names that repeat the surname of a person
 * of the first (also in the genitive: "Beispiels", "Adler'") or that are the subject of a speech verb.
 *
 * {@snippet :
 * Mentions m = new MentionFinder(Lexicon.of("de"), Gazetteer.shipped()).find(text);
 * }
 */
public final class MentionFinder {
    /** The rule of a single name that is the subject of a speech verb ("Brandauer sagte"). */
    static final String SPEECH_SUBJECT = "speech-subject";
    /**
     * A single speaking name that is a city of this many inhabitants stands for its government ("Oslo said"); smaller
     * towns share their names with too many surnames ("Jackson", "Wilson", "Becker") to tell.
     */
    static final int BIG_CITY = 500_000;
    /** How sure the statistical recogniser must be that a single name is a person's when no speech verb stands beside it. */
    static final double RECOGNISED = 0.65;
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "im", "nach", "aus", "at", "near", "bei", "to", "from");
    /** How many years back a country's leader is still named by surname alone ("Merkel" in 2026). */
    static final int LEADER_YEARS = 10;
    static final String KNOWN_LEADER = "known-leader";
    static final String KNOWN_LEADER_GENITIVE = "known-leader-genitive";
    private final Lexicon lex;
    private final Gazetteer gazetteer;
    private final Offices offices;

    public MentionFinder(Lexicon lex, Gazetteer gazetteer) { this(lex, gazetteer, Offices.shipped()); }

    /** @param offices who held which office when: a surname of a recent leader, and no one else, is a person alone */
    public MentionFinder(Lexicon lex, Gazetteer gazetteer, Offices offices) {
        this.lex = lex;
        this.gazetteer = gazetteer;
        this.offices = offices;
    }

    public Mentions find(AnnotatedText text) {
        return new Run(text).find();
    }

    private final class Run extends MentionRun {
        final TitleRules titleRules;

        Run(AnnotatedText text) {
            super(text, MentionFinder.this.lex, MentionFinder.this.gazetteer);
            this.titleRules = new TitleRules(this);
        }

        Mentions find() {
            new OrgNames(this).organisations();
            List<TokenRange> runs = new NameRuns(this).nameRuns();
            List<TokenRange> open = new ArrayList<>();
            for (TokenRange r : runs) if (!classifyStrong(r)) open.add(r);
            // names of several words first, so that a surname written before its full name is known ("Celebi riet …
            // Gülsen Celebi gab an")
            Set<String> known = surnames();
            for (TokenRange r : open) if (r.end() - r.begin() > 1) classifyWeak(r, known);
            // a single name that speaks is a person ("Brandauer sagte", "said Hargreave"), and so is every other
            // occurrence of it in the article: one sense per document (surnames() counts it)
            for (TokenRange r : open)
                if (r.end() - r.begin() == 1 && !used[r.begin()] && !known.contains(textOf(r)) && speakingName(r)) person(r, Optional.empty(), SPEECH_SUBJECT);
            // the surname of a country's recent leader that no one else in the gazetteer bears ("aber Orlov hat gewonnen")
            for (TokenRange r : open)
                if (r.end() - r.begin() == 1 && !used[r.begin()] && !known.contains(textOf(r)))
                    knownLeader(r).ifPresent(rule -> person(r, Optional.empty(), rule));
            for (Sentence s : text.sentences())   // "Lighthizer said": English tags an unknown name that opens a sentence as a noun
                if (!s.tokens().isEmpty() && initialNounName(s.tokens().getFirst())) person(new TokenRange(s.range().begin(), s.range().begin() + 1), Optional.empty(), SPEECH_SUBJECT);
            Set<String> surnames = surnames();
            for (TokenRange r : open) if (r.end() - r.begin() == 1) classifyWeak(r, surnames);
            // a surname the tagger did not take for a name ("Lighthizer/NOUN said", "Byrne/PRON said"): still that person
            for (Token t : toks)
                if (!used[t.index()] && t.isCapitalised() && !t.is("DET") && !(t.is("PRON") && !lex.pronoun(t.text()).isEmpty()) && !t.is("ADP")
                        && (surnames.contains(t.text()) || genitiveBase(t.text(), surnames) != null))
                    person(new TokenRange(t.index(), t.index() + 1), Optional.empty(), surnames.contains(t.text()) ? "surname" : "surname-genitive");
            PronounMentions pronounMentions = new PronounMentions(this);
            for (Sentence s : text.sentences()) {
                for (Token t : s.tokens()) {
                    if (used[t.index()]) continue;
                    pronounMentions.pronoun(t);
                    titleRules.titleOnly(t);
                }
            }
            names.sort((a, b) -> a.mention().span().compareTo(b.mention().span()));
            titles.sort((a, b) -> a.mention().span().compareTo(b.mention().span()));
            things.sort((a, b) -> a.mention().span().compareTo(b.mention().span()));
            return new Mentions(names, titles, pronouns, things);
        }

        /**
         * The words that name a person found so far when written alone: the surname of a full name or of a name with a
         * title ("President Hale" … "Hale tweeted"), and the inner names of a long name ({@link PersonName#innerNames}).
         */
        Set<String> surnames() {
            Set<String> surnames = new HashSet<>();
            for (PersonName n : names) {
                if (n.words() > 1 || n.title().isPresent() || SPEECH_SUBJECT.equals(n.mention().rule()) || n.mention().rule().startsWith(KNOWN_LEADER))
                    surnames.add(n.surname());
                surnames.addAll(n.innerNames(w -> lex.firstName(w).isPresent()));
                // family name first ("Xi Jinping" … "Xi", "Nguyen Van Thanh" … "Nguyen"): a first word that is no given name
                String first = n.name().split("\\s+")[0];
                if (n.words() > 1 && n.words() <= 3 && lex.firstName(first).isEmpty() && first.length() >= 2 && Character.isUpperCase(first.codePointAt(0))
                        && first.chars().anyMatch(Character::isLowerCase) && lex.title(first).isEmpty()) surnames.add(first);
            }
            return surnames;
        }

        private Set<String> recognised;

        /** The words the statistical recogniser takes for (part of) a person's name somewhere in the article. */
        Set<String> recognised() {
            if (recognised == null) {
                recognised = new HashSet<>();
                for (org.w3id.newskg.model.ScoredSpan s : text.names())
                    if (s.probability() >= RECOGNISED) for (Token t : text.tokens(s.tokens())) recognised.add(t.text());
            }
            return recognised;
        }

        /**
         * A single name that is the surname of one person of the gazetteer who led a country in the
         * {@value #LEADER_YEARS} years up to the article's date ("Hale": not his family, who led none), or in German
         * its genitive ("Merkels"); with the vetoes of {@link #nameAlone}. The rule to record, or empty.
         */
        Optional<String> knownLeader(TokenRange r) {
            String w = toks.get(r.begin()).text();
            // English tags a capitalised word inside a sentence as a noun at times ("Without Lindgren, …"); German nouns are all capitalised
            boolean noun = lex.lang().equals("en") && firstWord(r.begin()) < r.begin();
            if (w.length() < 4 || !w.matches("\\p{Lu}\\p{Ll}+") || !nameAlone(r, noun)) return Optional.empty();
            if (leaderOf(w).isPresent()) return Optional.of(KNOWN_LEADER);
            boolean genitive = lex.lang().equals("de") && w.endsWith("s") && leaderOf(w.substring(0, w.length() - 1)).isPresent();
            return genitive ? Optional.of(KNOWN_LEADER_GENITIVE) : Optional.empty();
        }

        /** The first word of the token's sentence, quotation marks and brackets skipped. */
        int firstWord(int token) {
            int i = text.sentenceOf(token).range().begin();
            while (i < token && toks.get(i).isPunct()) i++;
            return i;
        }

        /** The one bearer of the surname who led a country in the {@value #LEADER_YEARS} years up to the article's date. */
        Optional<Gazetteer.Item> leaderOf(String surname) {
            if (leaders == null)
                leaders = new KnownLeaders(gazetteer, offices, lex.lang(), Offices.dateOf(text.article().meta().datePublished(), LocalDate.now()), LEADER_YEARS);
            return leaders.leaderOf(surname);
        }

        private KnownLeaders leaders;

        /**
         * A capitalised English singular noun that opens its sentence right before a speech verb ("Lighthizer said"): a
         * name the tagger read as a noun; a common noun there would need an article, or be plural ("Officials said").
         */
        boolean initialNounName(Token t) {
            if (!lex.lang().equals("en") || used[t.index()] || !t.is("NOUN") || !t.isCapitalised() || !t.lemma().equals(t.text().toLowerCase(Locale.ROOT))) return false;
            TokenRange r = new TokenRange(t.index(), t.index() + 1);
            return !surnames().contains(t.text()) && speakingName(r, true) && speechSubject(r);
        }

        boolean speakingName(TokenRange r) { return speakingName(r, false); }

        /**
         * A single capitalised name right beside a speech verb that nothing else explains ({@link #nameAlone}), or one
         * the statistical recogniser is sure of.
         *
         * @param noun the tagger read the name as a noun (sentence-initial in English)
         */
        boolean speakingName(TokenRange r, boolean noun) {
            if (!nameAlone(r, noun)) return false;
            Token t = toks.get(r.begin());
            // English puts a subject after the verb only in "said X" ("warned Europe against …" has an object there)
            boolean after = r.begin() > 0 && lex.speechVerb(toks.get(r.begin() - 1).text()).isPresent();
            if (after && lex.lang().equals("en") && !toks.get(r.begin() - 1).lemma().equals("say")) return false;
            return speechSubject(r) || recognised().contains(t.text());
        }

        /**
         * A single capitalised name that nothing else explains: no group word, title, organisation head, place,
         * country or organisation of the gazetteer, first name, word in capitals, possessor, or noun after an article.
         */
        boolean nameAlone(TokenRange r, boolean noun) {
            Token t = toks.get(r.begin());
            String w = t.text();
            if (!t.isPropn() && !noun || w.length() < 3 || !w.chars().anyMatch(Character::isLowerCase) || w.contains("/")) return false;
            if (lex.isGroupWord(w) || lex.title(w).isPresent() || lex.isOrgHead(w) || lex.isNotName(w) || lex.demonymCountry(w).isPresent()) return false;
            if (gazetteer.lookup(w).stream().anyMatch(i -> !i.type().equals("person"))) return false;
            if (lex.firstName(w).isPresent()) return false;   // a first name alone is the person of a full name elsewhere
            if (r.begin() > 0 && toks.get(r.begin() - 1).is("DET")) return false;   // "die Europäer", "the Greens": a group, not a name
            if (r.begin() > 0 && toks.get(r.begin() - 1).isCapitalised() && lex.isOrgHead(toks.get(r.begin() - 1).text())
                    && adjacentWords(toks.get(r.begin() - 1), t)) return false;   // "die Stadtwerke Neustadt": the organisation's town
            if (placeContext(r)) return false;   // "in Oberau stimmten …"
            if (lex.cityPopulation(w) >= BIG_CITY) return false;   // "Oslo said", "Wien kündigte an": a capital for its government
            boolean possessor = w.endsWith("'s") || w.endsWith("’s") || r.end() < toks.size() && toks.get(r.end()).text().matches("['’]s?");
            if (possessor) return false;   // "said Greenland's government": the possessor of the subject
            return !(r.end() < toks.size() && toks.get(r.end()).text().startsWith("-") && t.adjoins(toks.get(r.end())));   // "Grünen-Politikerin"
        }

        boolean classifyStrong(TokenRange r) {
            String label = textOf(r);
            List<Token> rt = text.tokens(r);
            if (isChannel(label)) return true;
            Optional<String> place = knownPlace(label);
            if (place.isEmpty() && rt.size() == 1 && lex.lang().equals("de") && label.endsWith("s")) {
                Optional<String> genitive = knownPlace(label.substring(0, label.length() - 1));
                if (genitive.isPresent()) { place = genitive; label = genitive.get(); }
            }
            if (place.isPresent()) {
                EntityType type = gazetteer.lookup(label, "country").isEmpty() && !lex.isCountryName(label) ? EntityType.PLACE : EntityType.COUNTRY;
                thing(r, type, place.get(), "gazetteer");
                return true;
            }
            Optional<TitleRules.TitleAt> title = titleRules.titleBefore(r.begin());
            boolean firstName = rt.size() > 1 && firstNameAnyCase(rt.getFirst().text()).isPresent();
            // "Direktor des Städtischen Museums", "Trainer des SV Oberau": a name after the title's article is its organisation
            boolean genitive = title.isPresent() && !firstName && title.get().token() < r.begin() - 1
                    && text.tokens(new TokenRange(title.get().token() + 1, r.begin())).stream().anyMatch(t -> t.is("DET") || t.is("ADP"));
            if (firstName || (title.isPresent() && !genitive && (rt.size() > 1 || !title.get().title().kind().equals("role")))) {
                if (placeContext(r) && !firstName && title.isEmpty()) return false;
                person(r, title, firstName ? "first-name" : "title-before-name");
                return true;
            }
            return false;
        }

        /** "Truth Social", "Telegram": a channel of the lexicon is no person. */
        boolean isChannel(String label) {
            String l = label.toLowerCase(Locale.ROOT);
            for (Lexicon.ChannelPattern p : lex.channelPatterns())
                if (String.join(" ", p.words()).equals(l) || p.channel().equalsIgnoreCase(label)) return true;
            return false;
        }

        void classifyWeak(TokenRange r, Set<String> surnames) {
            List<Token> rt = text.tokens(r);
            String label = textOf(r);
            String last = label.contains(" ") ? label.substring(label.lastIndexOf(' ') + 1) : label;
            String base = genitiveBase(last, surnames);
            if (surnames.contains(last) || base != null) {
                person(r, Optional.empty(), base != null && !surnames.contains(last) ? "surname-genitive" : "surname");
                return;
            }
            if (placeContext(r)) { thing(r, EntityType.PLACE, label, "in-place"); return; }
            // "Dublin has rejected …", "Wien hat … abgelehnt": a big city of the lexicon the gazetteer lacks that opens its
            // sentence is a place (as the subject, its government); a person's surname of that form was taken above
            if (rt.size() == 1 && firstWord(r.begin()) == r.begin() && lex.cityPopulation(label) >= BIG_CITY) {
                thing(r, EntityType.PLACE, label, "big-city");
                return;
            }
            // "The union's general secretary, Moira Fairlie, said": two or three names in apposition to a title
            if (rt.size() >= 2 && rt.size() <= 3 && rt.stream().allMatch(t -> t.isPropn() && t.isCapitalised())
                    && (titleRules.appositionBefore(r).isPresent() || titleRules.apposition(r).isPresent())) { person(r, Optional.empty(), "apposition"); return; }
            // one unknown word is no person of its own ("Oslo said", "said Greenland's government"): a capital or a
            // country standing for its government; a person's surname alone is found by the surname rule
            if (rt.size() == 2 && speechSubject(r)) { person(r, Optional.empty(), "speech-subject"); return; }
            if (rt.size() >= 2 && rt.stream().allMatch(Token::isPropn) && lex.firstName(rt.getFirst().text()).isPresent())
                person(r, Optional.empty(), "first-name");
        }

        String genitiveBase(String word, Set<String> surnames) {
            for (String end : List.of("s", "'", "’", "'s", "’s"))
                if (word.endsWith(end) && surnames.contains(word.substring(0, word.length() - end.length())))
                    return word.substring(0, word.length() - end.length());
            return null;
        }

        /**
         * "in Lapland", "nach Porto", "at Chequers": a preposition of place right before, no first name inside; a month
         * alone ("in May") is a date.
         */
        boolean placeContext(TokenRange r) {
            if (r.begin() == 0 || r.end() - r.begin() == 1 && lex.isMonth(toks.get(r.begin()).text())) return false;
            Token before = toks.get(r.begin() - 1);
            return PLACE_PREPOSITIONS.contains(before.text().toLowerCase(Locale.ROOT)) && lex.firstName(toks.get(r.begin()).text()).isEmpty();
        }

        /**
         * "Die Sprecherin des Landesverbands Sachsen bestätigte", "des Sportvereins Oberau": a name inside a genitive
         * after "des" (right after it, or after its noun) is no subject of the verb that follows.
         */
        boolean inGenitive(TokenRange r) {
            int b = r.begin();
            if (b > 0 && toks.get(b - 1).text().equalsIgnoreCase("des")) return true;
            return b > 1 && toks.get(b - 1).is("NOUN") && toks.get(b - 2).text().equalsIgnoreCase("des");
        }

        /** "Novak sagte", "sagte Novak", "Novak said": a speech verb right beside the name. */
        boolean speechSubject(TokenRange r) {
            Token first = toks.get(r.begin());
            if (lex.isGroupWord(first.text()) || inGenitive(r)) return false;
            if (r.end() < toks.size() && lex.speechVerb(toks.get(r.end()).text()).isPresent() && toks.get(r.end()).isVerbal()) {
                boolean pronounSubject = r.end() + 1 < toks.size() && lex.isNominativePronoun(toks.get(r.end() + 1).text());
                return !pronounSubject;
            }
            return r.begin() > 0 && lex.speechVerb(toks.get(r.begin() - 1).text()).isPresent()
                    && text.sentenceOf(r.begin()).equals(text.sentenceOf(r.begin() - 1));
        }

        void person(TokenRange given, Optional<TitleRules.TitleAt> title, String rule) {
            TokenRange r = withParticles(given);
            List<Token> rt = new ArrayList<>(text.tokens(r));
            int b = r.begin();
            // an honorific or title inside the run's start ("Mr Novak" when Mr is tagged PROPN) stays out of the name
            while (rt.size() > 1 && lex.title(rt.getFirst().text()).isPresent() && lex.firstName(rt.getFirst().text()).isEmpty()) {
                rt.removeFirst();
                b++;
            }
            int e = r.end();
            // "By Jason Groves Political Editor": the capitalised word before a title belongs to the title
            if (lex.lang().equals("en") && rt.size() >= 3 && e < toks.size() && lex.title(toks.get(e).text()).isPresent()
                    && adjacentWords(rt.getLast(), toks.get(e)) && firstNameAnyCase(rt.getLast().text()).isEmpty()) {
                rt.removeLast();
                e--;
            }
            TokenRange nr = new TokenRange(b, e);
            for (int i = nr.begin(); i < nr.end(); i++) used[i] = true;
            boolean mixed = rt.stream().anyMatch(t -> t.text().chars().anyMatch(Character::isLowerCase));
            StringBuilder name = new StringBuilder();
            for (int i = 0; i < rt.size(); i++) {
                Token t = rt.get(i);
                if (i > 0 && !rt.get(i - 1).adjoins(t)) name.append(' ');
                String w = t.text().contains("/") && t.text().indexOf('/') > 0 ? t.text().substring(0, t.text().indexOf('/')) : t.text();
                // "DAVID Cameron": a word in capitals beside written-out ones is written as a name ("RJ Collins": two are initials)
                if (mixed && w.length() > 2 && w.chars().allMatch(Character::isLetter) && w.equals(w.toUpperCase(Locale.ROOT)))
                    w = w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT);
                name.append(w);
            }
            CharSpan nameSpan = text.span(nr);
            String last = rt.getLast().text();
            if (last.contains("/") && last.indexOf('/') > 0) nameSpan = new CharSpan(nameSpan.begin(), rt.getLast().span().begin() + last.indexOf('/'));
            // a name is letters, marks, digits, spaces, hyphens, apostrophes and full stops: a control, format or
            // symbol character glued to it (U+202E, U+0085, a stray ❝) would make a second person with the same IRI
            // (its key drops them) and another label (issue 7)
            String n = stripGenitive(name.toString().replaceAll("[^\\p{L}\\p{M}\\p{N}\\s.'’-]+", ""), rule);
            Gender g = firstNameAnyCase(rt.getFirst().text()).filter(x -> rt.size() > 1).orElse(Gender.UNKNOWN);
            if (g == Gender.UNKNOWN && title.isPresent()) g = title.get().title().gender();
            if (g == Gender.UNKNOWN && rule.startsWith(KNOWN_LEADER))   // "Orlov": the first name of the leader's full name
                g = leaderOf(n).flatMap(i -> lex.firstName(i.label().split("\\s+")[0])).orElse(Gender.UNKNOWN);
            Optional<String> org = Optional.empty();
            Optional<TitleRules.TitleAt> t = title;
            if (t.isEmpty()) {
                Optional<TitleRules.TitleAt> app = titleRules.apposition(nr).or(() -> titleRules.appositionBefore(nr));
                if (app.isPresent()) { t = app; org = titleRules.appositionOrg(app.get().token()); }
            }
            if (t.isEmpty()) t = titleRules.predicativeTitle(nr);
            Mention m = new Mention(nameSpan, nr, text.sentenceOf(nr.begin()).index(), MentionKind.NAME, rule);
            names.add(new PersonName(m, n, t.map(TitleRules.TitleAt::title), t.map(TitleRules.TitleAt::span),
                    t.map(x -> titleRules.office(x.token())), t.flatMap(TitleRules.TitleAt::country), org, g));
        }

        /**
         * "sagte de Vries", "van der Meulen said": the lower-case name particles before a surname alone belong to it
         * when a full name found so far has them there ("Gerd de Vries").
         */
        TokenRange withParticles(TokenRange r) {
            if (r.end() - r.begin() != 1) return r;
            int b = r.begin();
            String written = toks.get(b).text();
            while (b > 0 && !used[b - 1] && lex.is(Lexicon.WordClass.NAME_PARTICLE, toks.get(b - 1).text())
                    && adjacentWords(toks.get(b - 1), toks.get(b))) {
                String longer = toks.get(b - 1).text() + " " + written, key = " " + longer.toLowerCase(Locale.ROOT);   // "Van der Berg said"
                if (names.stream().noneMatch(n -> n.name().toLowerCase(Locale.ROOT).endsWith(key) && n.words() > longer.split(" ").length)) break;
                written = longer;
                b--;
            }
            return new TokenRange(b, r.end());
        }

        String stripGenitive(String name, String rule) {
            if (name.endsWith("'s") || name.endsWith("’s")) return name.substring(0, name.length() - 2);
            if (name.endsWith("'") || name.endsWith("’")) return name.substring(0, name.length() - 1);
            if ((rule.equals("surname-genitive") || rule.equals(KNOWN_LEADER_GENITIVE)) && name.endsWith("s")) return name.substring(0, name.length() - 1);
            return name;
        }
    }
}
