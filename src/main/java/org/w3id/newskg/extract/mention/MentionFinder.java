package org.w3id.newskg.extract.mention;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.w3id.newskg.kb.Gazetteer;
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
 * of the first (also in the genitive: "Beispiels", "Merz'") or that are the subject of a speech verb.
 *
 * {@snippet :
 * Mentions m = new MentionFinder(Lexicon.of("de"), Gazetteer.shipped()).find(text);
 * }
 */
public final class MentionFinder {
    private static final Set<String> NAME_PARTICLES = Set.of("von", "van", "der", "den", "de", "da", "di", "del", "du", "la", "le", "al", "bin", "ibn", "zu", "ten", "ter", "vom");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "im", "nach", "aus", "at", "near", "bei", "to", "from");
    private final Lexicon lex;
    private final Gazetteer gazetteer;

    public MentionFinder(Lexicon lex, Gazetteer gazetteer) {
        this.lex = lex;
        this.gazetteer = gazetteer;
    }

    public Mentions find(AnnotatedText text) {
        return new Run(text).find();
    }

    private final class Run {
        final AnnotatedText text;
        final List<Token> toks;
        final boolean[] used;
        final List<PersonName> names = new ArrayList<>();
        final List<TitleMention> titles = new ArrayList<>();
        final List<PronounMention> pronouns = new ArrayList<>();
        final List<NamedThing> things = new ArrayList<>();

        Run(AnnotatedText text) {
            this.text = text;
            this.toks = text.tokens();
            this.used = new boolean[toks.size()];
        }

        Mentions find() {
            organisations();
            List<TokenRange> runs = nameRuns();
            List<TokenRange> open = new ArrayList<>();
            for (TokenRange r : runs) if (!classifyStrong(r)) open.add(r);
            // names of several words first, so that a surname written before its full name is known ("Celebi riet …
            // Gülsen Celebi gab an")
            Set<String> known = surnames();
            for (TokenRange r : open) if (r.end() - r.begin() > 1) classifyWeak(r, known);
            Set<String> surnames = surnames();
            for (TokenRange r : open) if (r.end() - r.begin() == 1) classifyWeak(r, surnames);
            // a surname the tagger did not take for a name ("Lighthizer/NOUN said"): still that person
            for (Token t : toks)
                if (!used[t.index()] && t.isCapitalised() && !t.is("DET") && !t.is("PRON") && !t.is("ADP")
                        && (surnames.contains(t.text()) || genitiveBase(t.text(), surnames) != null))
                    person(new TokenRange(t.index(), t.index() + 1), Optional.empty(), surnames.contains(t.text()) ? "surname" : "surname-genitive");
            for (Sentence s : text.sentences()) {
                for (Token t : s.tokens()) {
                    if (used[t.index()]) continue;
                    pronoun(t);
                    titleOnly(t);
                }
            }
            names.sort((a, b) -> a.mention().span().compareTo(b.mention().span()));
            titles.sort((a, b) -> a.mention().span().compareTo(b.mention().span()));
            things.sort((a, b) -> a.mention().span().compareTo(b.mention().span()));
            return new Mentions(names, titles, pronouns, things);
        }

        /**
         * The words that name a person found so far when written alone: the surname of a full name or of a name with a
         * title ("President Trump" … "Trump tweeted"), and the inner names of a long name ({@link PersonName#innerNames}).
         */
        Set<String> surnames() {
            Set<String> surnames = new HashSet<>();
            for (PersonName n : names) {
                if (n.words() > 1 || n.title().isPresent()) surnames.add(n.surname());
                surnames.addAll(n.innerNames(w -> lex.firstName(w).isPresent()));
            }
            return surnames;
        }

        // ---- organisations: a head word ("Partei", "Ministerium", "Council") with its capitalised words, or an acronym

        void organisations() {
            for (Sentence sent : text.sentences()) {
                List<Token> st = sent.tokens();
                for (int k = 0; k < st.size(); k++) {
                    Token t = st.get(k);
                    boolean hyphenHead = t.text().length() > 2 && t.text().charAt(0) == '-' && Character.isUpperCase(t.text().codePointAt(1)) && k > 0 && st.get(k - 1).adjoins(t);
                    if (used[t.index()] || !t.isCapitalised() && !hyphenHead) continue;
                    if (acronym(t)) {
                        thing(new TokenRange(t.index(), t.index() + 1), EntityType.ORGANIZATION, t.text(), "acronym");
                        continue;
                    }
                    if (!lex.isOrgHead(t.text()) && !lex.isOrgHead(t.text().replaceAll("^.*-", ""))) continue;
                    int b = k, e = k + 1;
                    while (b > 0 && !used[st.get(b - 1).index()]) {
                        Token p = st.get(b - 1);
                        boolean joined = p.adjoins(st.get(b));   // "Konrad-Adenauer-Stiftung": hyphenated words belong together, names included
                        if (joined && (p.text().equals("-") || p.isCapitalised() && !p.isVerbal())) { b--; continue; }
                        if (p.isCapitalised() && (p.is("ADJ") || p.isPropn()) && lex.firstName(p.text()).isEmpty() && lex.title(p.text()).isEmpty()) { b--; continue; }
                        break;
                    }
                    // genitive or English "of" complement: "der Russischen Föderation", "of India"
                    while (e + 1 < st.size() && (st.get(e).text().equals("der") || st.get(e).text().equals("des") || st.get(e).text().equals("of") || st.get(e).text().equals("für"))
                            && st.get(e + 1).isCapitalised() && lex.title(st.get(e + 1).text()).isEmpty()) {
                        int f = e + 1;
                        while (f < st.size() && st.get(f).isCapitalised() && (st.get(f).is("ADJ") || st.get(f).isPropn() || st.get(f).is("NOUN")) && f < e + 4) f++;
                        if (f == e + 1) break;
                        e = f;
                    }
                    String head = t.text().toLowerCase(Locale.ROOT);
                    boolean proper = e - b > 1 || t.isPropn() || !lex.isOrgHead(head) || lex.lang().equals("en") && k > 0 && st.get(k - 1).isCapitalised();
                    if (!proper && !compoundOrg(head)) continue;
                    TokenRange r = new TokenRange(st.get(b).index(), st.get(e - 1).index() + 1);
                    String label = textOf(r);
                    thing(r, EntityType.ORGANIZATION, label, "org-head");
                    // "(KPRF)": the acronym right after is the same organisation
                    if (e + 2 < st.size() && st.get(e).text().equals("(") && acronymLike(st.get(e + 1)) && st.get(e + 2).text().equals(")"))
                        thing(new TokenRange(st.get(e + 1).index(), st.get(e + 1).index() + 1), EntityType.ORGANIZATION, label, "org-acronym");
                    k = e - 1;
                }
            }
        }

        /** "Außenministerium", "Kanzleramt": the head is part of a longer word. */
        boolean compoundOrg(String word) {
            return lex.lang().equals("de") && lex.isOrgHead(word) && word.length() > 8;
        }

        boolean acronymLike(Token t) {
            String w = t.text();
            return w.length() >= 2 && w.length() <= 6 && w.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c) || c == '-') && w.chars().anyMatch(Character::isLetter);
        }

        boolean capitalsBeside(Token t) {
            Sentence sent = text.sentenceOf(t.index());
            for (int k : new int[] {t.index() - 1, t.index() + 1})
                if (k >= sent.range().begin() && k < sent.range().end() && toks.get(k).text().length() > 1
                        && toks.get(k).text().chars().allMatch(c -> Character.isUpperCase(c) || c == '-' || c == '\'')) return true;
            return false;
        }

        boolean acronym(Token t) {
            boolean dateline = t.index() + 1 < toks.size() && toks.get(t.index() + 1).text().equals("(")
                    && (t.span().begin() == 0 || text.text().charAt(t.span().begin() - 1) == '\n')
                    || capitalsBeside(t);   // "SHARM EL SHEIKH, EGYPT": a run of capitals is a dateline or a headline
            return acronymLike(t) && !dateline && (t.isPropn() || t.is("NOUN") || t.is("X")) && t.text().length() <= 6 && !t.text().matches("[IVX]+") && countryOf(t.text()).isEmpty() && knownPlace(t.text()).isEmpty() && !lex.isNotName(t.text())
                    && t.text().length() >= 2 && !(t.index() > 0 && toks.get(t.index() - 1).text().equals("("))
                    && !firstNameInCapitals(t);
        }

        /** "DAVID Cameron made …": a first name in capitals (a lead's style) before a capitalised name is no acronym. */
        boolean firstNameInCapitals(Token t) {
            int n = t.index() + 1;
            return n < toks.size() && lex.firstName(t.text()).isEmpty() && firstNameAnyCase(t.text()).isPresent()
                    && toks.get(n).isCapitalised() && toks.get(n).text().chars().anyMatch(Character::isLowerCase) && adjacentWords(t, toks.get(n));
        }

        /** Two tokens with one space between, on one line. */
        boolean adjacentWords(Token a, Token b) {
            return b.span().begin() - a.span().end() == 1 && text.text().charAt(a.span().end()) == ' ';
        }

        // ---- runs of name-like tokens

        List<TokenRange> nameRuns() {
            List<TokenRange> runs = new ArrayList<>();
            for (Sentence s : text.sentences()) {
                List<Token> st = s.tokens();
                int i = 0;
                while (i < st.size()) {
                    if (!nameLike(st, i)) { i++; continue; }
                    int j = i + 1;
                    while (j < st.size() && !st.get(j - 1).text().contains("/")) {
                        if (nameLike(st, j) || afterFirstName(st, i, j)) { j++; continue; }
                        String w = st.get(j).text();
                        if (w.length() > 2 && w.charAt(0) == '-' && Character.isUpperCase(w.codePointAt(1)) && st.get(j - 1).adjoins(st.get(j))) { j++; continue; }
                        Token t = st.get(j);
                        if ((t.text().equals("-") || t.text().equals("‐")) && j + 1 < st.size() && st.get(j - 1).adjoins(t) && t.adjoins(st.get(j + 1))
                                && st.get(j + 1).isCapitalised() && !st.get(j + 1).isVerbal() && lex.title(st.get(j + 1).text()).isEmpty()
                                && !lex.isOrgHead(st.get(j + 1).text()) && lex.eventNoun(st.get(j + 1).text()).isEmpty()
                                && !lex.isNotName(st.get(j + 1).text())) { j += 2; continue; }   // "Whitaker-Fox"
                        boolean connector = (t.text().equals("-") || t.text().equals("‐")) && st.get(j - 1).adjoins(t)
                                || NAME_PARTICLES.contains(t.text()) && lex.firstName(st.get(i).text()).isPresent()
                                || t.text().matches("\\p{Lu}\\.") ;
                        int k = j + 1;
                        while (connector && k < st.size() && NAME_PARTICLES.contains(st.get(k).text())) k++;
                        if (connector && k < st.size() && nameLike(st, k)) { j = k + 1; continue; }
                        break;
                    }
                    runs.add(new TokenRange(st.get(i).index(), st.get(j - 1).index() + 1));
                    i = j;
                }
            }
            return runs;
        }

        /** A first name also when written in capitals ("DAVID Novak" in a lead with a drop cap). */
        Optional<Gender> firstNameAnyCase(String w) {
            Optional<Gender> g = lex.firstName(w);
            if (g.isEmpty() && w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT)))
                g = lex.firstName(w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT));
            return g;
        }

        /** "Justin Kraft", "Eva Wolf": a capitalised word right after a first name is a surname, even a common noun. */
        boolean afterFirstName(List<Token> st, int runStart, int j) {
            Token t = st.get(j), prev = st.get(j - 1);
            String w = t.text().contains("/") ? t.text().substring(0, t.text().indexOf('/')) : t.text();
            return j == runStart + 1 && lex.firstName(prev.text()).isPresent() && w.length() > 1 && Character.isUpperCase(w.codePointAt(0))
                    && (t.isPropn() || t.is("NOUN") || t.is("X")) && lex.title(w).isEmpty() && !lex.isOrgHead(w) && lex.speechVerb(w).isEmpty();
        }

        boolean nameLike(List<Token> st, int i) {
            Token t = st.get(i);
            String w = t.text().contains("/") && t.text().indexOf('/') > 1 ? t.text().substring(0, t.text().indexOf('/')) : t.text();
            if (w.length() < 2 || !Character.isUpperCase(w.codePointAt(0))) return w.matches("\\p{Lu}\\.") && i > 0 && nameLike(st, i - 1);
            if (!w.chars().anyMatch(Character::isLowerCase) && w.length() > 1 && firstNameAnyCase(w).isEmpty()) return false;   // NATO, USA
            if (lex.isNotName(w)) return false;
            if (!lex.pronoun(w).isEmpty()) return i > 1 && (st.get(i - 1).isPropn() || st.get(i - 1).is("NOUN")) && Character.isUpperCase(st.get(i - 1).text().codePointAt(0))
                    && lex.pronoun(st.get(i - 1).text()).isEmpty() && lex.title(st.get(i - 1).text()).isEmpty();
            if (lex.title(w).isPresent() && lex.firstName(w).isEmpty()) return false;
            if (lex.eventNoun(w).isPresent() || lex.speechVerb(w).isPresent()) return false;
            if (lex.isOrgHead(w)) return false;
            if (used[t.index()]) return false;
            if (i + 1 < st.size() && lex.firstName(w).isEmpty()) {
                int n = st.get(i + 1).text().equals("-") && i + 2 < st.size() ? i + 2 : i + 1;
                String next = st.get(n).text().replaceFirst("^-", "");
                if (lex.isOrgHead(next) && !next.isEmpty() && Character.isUpperCase(next.codePointAt(0))) return false;
            }
            if (firstNameAnyCase(w).isPresent()) return true;
            if (!t.isPropn() && !(lex.lang().equals("en") && t.is("NOUN") && i > 0)) return false;
            return lex.demonymCountry(w).isEmpty() || w.endsWith("s") && lex.lang().equals("de");
        }


        String textOf(TokenRange r) { return text.span(r).in(text.text()); }

        // ---- strong evidence: a first name, a title or honorific before, an organisation or place

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
            Optional<TitleAt> title = titleBefore(r.begin());
            boolean firstName = rt.size() > 1 && firstNameAnyCase(rt.getFirst().text()).isPresent();
            boolean genitive = title.isPresent() && rt.size() == 1 && title.get().token < r.begin() - 1
                    && text.tokens(new TokenRange(title.get().token + 1, r.begin())).stream().anyMatch(t -> t.is("DET") || t.is("ADP"));
            if (firstName || (title.isPresent() && !genitive && (rt.size() > 1 || !title.get().title.kind().equals("role")))) {
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
            // "The union's general secretary, Moira Fairlie, said": two or three names in apposition to a title
            if (rt.size() >= 2 && rt.size() <= 3 && rt.stream().allMatch(t -> t.isPropn() && t.isCapitalised())
                    && (appositionBefore(r).isPresent() || apposition(r).isPresent())) { person(r, Optional.empty(), "apposition"); return; }
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

        boolean isCountryName(String label) {
            return lex.demonymCountry(label).isEmpty() && !gazetteer.lookup(label, "country").isEmpty();
        }

        Optional<String> knownPlace(String label) {
            if (lex.isCountryName(label)) return Optional.of(label);
            for (String type : List.of("country", "city", "region"))
                if (!gazetteer.lookup(label, type).isEmpty()) return Optional.of(label);
            return Optional.empty();
        }

        /** "in Alaska", "nach Porto", "at Chequers": a preposition of place right before, no first name inside. */
        boolean placeContext(TokenRange r) {
            if (r.begin() == 0) return false;
            Token before = toks.get(r.begin() - 1);
            return PLACE_PREPOSITIONS.contains(before.text().toLowerCase(Locale.ROOT)) && lex.firstName(toks.get(r.begin()).text()).isEmpty();
        }

        /** "Novak sagte", "sagte Novak", "Novak said": a speech verb right beside the name. */
        boolean speechSubject(TokenRange r) {
            Token first = toks.get(r.begin());
            if (lex.isGroupWord(first.text())) return false;
            if (r.end() < toks.size() && lex.speechVerb(toks.get(r.end()).text()).isPresent() && toks.get(r.end()).isVerbal()) {
                boolean pronounSubject = r.end() + 1 < toks.size() && lex.pronoun(toks.get(r.end() + 1).text()).stream().anyMatch(p -> p.grammaticalCase().equals("nom"));
                return !pronounSubject;
            }
            return r.begin() > 0 && lex.speechVerb(toks.get(r.begin() - 1).text()).isPresent()
                    && text.sentenceOf(r.begin()).equals(text.sentenceOf(r.begin() - 1));
        }

        record TitleAt(Lexicon.Title title, int token, Optional<String> country, CharSpan span) {}

        /** A title or honorific up to four tokens before a name, with no punctuation between (except a hyphen). */
        Optional<TitleAt> titleBefore(int nameStart) {
            for (int i = nameStart - 1; i >= Math.max(0, nameStart - 5); i--) {
                Token t = toks.get(i);
                if (text.sentenceOf(i) != text.sentenceOf(nameStart)) break;
                if (t.isPunct() && !t.text().startsWith("-") && !t.text().equals(".")) break;
                Optional<Lexicon.Title> title = lex.title(t.text());
                if (title.isPresent()) {
                    return Optional.of(new TitleAt(title.get(), i, countryBefore(i), spanOfTitle(i)));
                }
                if (t.isVerbal() || t.is("CCONJ") || t.is("SCONJ") || t.is("ADP") && !t.text().equals("of") || t.is("ADP+DET") || used[i]) break;
            }
            return Optional.empty();
        }

        /** The title word with what qualifies it before: "russische Außenminister", "US-Präsident". */
        CharSpan spanOfTitle(int i) {
            int b = i;
            while (b > 0 && (toks.get(b - 1).is("ADJ") || lex.demonymCountry(toks.get(b - 1).text()).isPresent()
                    || toks.get(b - 1).adjoins(toks.get(b)) && !toks.get(b - 1).isPunct())) b--;
            return new CharSpan(toks.get(b).span().begin(), toks.get(i).span().end());
        }

        /** A country word right before a title: "russische Senator", "US-Präsident", "Russian President". */
        Optional<String> countryBefore(int titleToken) {
            String w = toks.get(titleToken).text();
            int dash = w.indexOf('-');
            if (dash > 0) {
                Optional<String> c = countryOf(w.substring(0, dash));
                if (c.isPresent()) return c;
            }
            for (int i = titleToken - 1; i >= Math.max(0, titleToken - 3); i--) {
                Token t = toks.get(i);
                Optional<String> c = countryOf(t.text());
                if (c.isPresent()) return c;
                if (!(t.is("ADJ") || t.text().startsWith("-") || t.is("PROPN") || t.text().equals("'s") || t.text().equals("’s"))) break;
            }
            return Optional.empty();
        }

        Optional<String> countryOf(String word) {
            Optional<String> d = lex.demonymCountry(word);
            if (d.isPresent()) return d;
            String w = word.endsWith("s") && lex.lang().equals("de") ? word.substring(0, word.length() - 1) : word;
            if (!gazetteer.lookup(word, "country").isEmpty()) return Optional.of(word);
            if (!gazetteer.lookup(w, "country").isEmpty()) return Optional.of(w);
            return Optional.empty();
        }

        void person(TokenRange r, Optional<TitleAt> title, String rule) {
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
                // "DAVID Cameron": a word in capitals beside written-out ones is written as a name
                if (mixed && w.length() > 1 && w.chars().allMatch(Character::isLetter) && w.equals(w.toUpperCase(Locale.ROOT)))
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
            if (g == Gender.UNKNOWN && title.isPresent()) g = title.get().title.gender();
            Optional<String> org = Optional.empty();
            Optional<TitleAt> t = title;
            if (t.isEmpty()) {
                Optional<TitleAt> app = apposition(nr).or(() -> appositionBefore(nr));
                if (app.isPresent()) { t = app; org = appositionOrg(app.get().token); }
            }
            if (t.isEmpty()) t = predicativeTitle(nr);
            Mention m = new Mention(nameSpan, nr, text.sentenceOf(nr.begin()).index(), MentionKind.NAME, rule);
            names.add(new PersonName(m, n, t.map(TitleAt::title), t.map(TitleAt::span),
                    t.map(x -> office(x.token())), t.flatMap(TitleAt::country), org, g));
        }

        String stripGenitive(String name, String rule) {
            if (name.endsWith("'s") || name.endsWith("’s")) return name.substring(0, name.length() - 2);
            if (name.endsWith("'") || name.endsWith("’")) return name.substring(0, name.length() - 1);
            if (rule.equals("surname-genitive") && name.endsWith("s")) return name.substring(0, name.length() - 1);
            return name;
        }

        /** "Jana Beispiel, die Vorsitzende der …," / "Tom Novak, the mayor of …": a title right after the name and a comma. */
        Optional<TitleAt> apposition(TokenRange r) {
            int i = r.end();
            if (i >= toks.size() || !toks.get(i).text().equals(",")) return Optional.empty();
            int j = i + 1;
            while (j < toks.size() && j < i + 4 && (toks.get(j).is("DET") || toks.get(j).is("ADJ") || lex.demonymCountry(toks.get(j).text()).isPresent())) j++;
            if (j < toks.size() && j > i + 1 && lex.title(toks.get(j).text()).isPresent() && !lex.title(toks.get(j).text()).get().isHonorific())
                return Optional.of(new TitleAt(lex.title(toks.get(j).text()).get(), j, countryBefore(j), spanOfTitle(j)));
            return Optional.empty();
        }

        /**
         * "The employers' chief negotiator, Karen Lindholm, said" / "Der Sprecher der Stadt, Tom Novak,": a title
         * right before a comma and the name, the name closed by a comma or the verb.
         */
        Optional<TitleAt> appositionBefore(TokenRange r) {
            int j = r.begin() - 2;
            if (j < 0 || !toks.get(r.begin() - 1).text().equals(",") || r.end() >= toks.size()) return Optional.empty();
            int e = r.end();   // "…, Tevita Fonua of Tonga, told …": a place or organisation after "of"/"aus"/"von"
            if (Set.of("of", "aus", "von").contains(toks.get(e).text()) && e + 1 < toks.size() && toks.get(e + 1).isCapitalised()) {
                e++;
                while (e < toks.size() && toks.get(e).isCapitalised() && !toks.get(e).isPunct()) e++;
                if (e >= toks.size()) return Optional.empty();
            }
            if (!toks.get(e).text().equals(",") && !toks.get(e).isVerbal()) return Optional.empty();
            Optional<Lexicon.Title> title = lex.title(toks.get(j).text()).filter(x -> !x.isHonorific());
            if (title.isEmpty() || text.sentenceOf(j).index() != text.sentenceOf(r.begin()).index()) return Optional.empty();
            return Optional.of(new TitleAt(title.get(), j, countryBefore(j), spanOfTitle(j)));
        }

        /** "X wird als neuer Bundestrainer vorgestellt", "X, who serves as chief executive": "als"/"as" and a title after the name. */
        Optional<TitleAt> predicativeTitle(TokenRange r) {
            Sentence sent = text.sentenceOf(r.begin());
            for (int i = r.end(); i < Math.min(sent.range().end() - 1, r.end() + 8); i++) {
                String w = toks.get(i).text().toLowerCase(Locale.ROOT);
                if (used[i] || w.equals(",") && i > r.end()) break;
                if (!w.equals("als") && !w.equals("as")) continue;
                int j = i + 1;
                while (j < sent.range().end() && (toks.get(j).is("ADJ") || toks.get(j).is("DET"))) j++;
                if (j < sent.range().end() && lex.title(toks.get(j).text()).filter(x -> !x.isHonorific()).isPresent())
                    return Optional.of(new TitleAt(lex.title(toks.get(j).text()).get(), j, countryBefore(j), spanOfTitle(j)));
                break;
            }
            return Optional.empty();
        }

        /** The organisation after an apposition's title: "Vorsitzende der Partei X", "chairman of the X Group". */
        Optional<String> appositionOrg(int titleToken) {
            int i = titleToken + 1;
            if (i < toks.size() && (toks.get(i).is("DET") || toks.get(i).text().equals("of"))) i++;
            if (i < toks.size() && toks.get(i).text().equals("the")) i++;
            int b = i;
            while (i < toks.size() && (toks.get(i).isCapitalised() || toks.get(i).is("DET") && i + 1 < toks.size() && toks.get(i + 1).isCapitalised()
                    || toks.get(i).text().equals("of"))) i++;
            if (i - b < 1) return Optional.empty();
            String org = new CharSpan(toks.get(b).span().begin(), toks.get(i - 1).span().end()).in(text.text());
            return Optional.of(org);
        }

        void thing(TokenRange r, EntityType type, String label, String rule) {
            for (int i = r.begin(); i < r.end(); i++) used[i] = true;
            things.add(new NamedThing(new Mention(text.span(r), r, text.sentenceOf(r.begin()).index(), MentionKind.NAME, rule), type, label));
        }

        /**
         * The office a title token names, in its base form where the lexicon knows it: "Präsidenten" → "Präsident",
         * "Außenministerin" stays; a hyphenated compound keeps its first part ("US-Präsident").
         */
        String office(int i) {
            String w = compoundWord(i);
            for (String ending : List.of("en", "n", "s"))
                if (w.endsWith(ending) && w.length() > ending.length() + 3) {
                    String base = w.substring(0, w.length() - ending.length());
                    Optional<Lexicon.Title> t = lex.title(base);
                    if (t.isPresent() && lex.title(w).map(x -> x.title().equals(t.get().title()) || x.suffix()).orElse(false)) return base;
                }
            return w;
        }

        /** The whole written word a token ends: "Grünen-Politikerin" for the token "-Politikerin". */
        String compoundWord(int i) {
            int b = i;
            while (b > 0 && toks.get(b - 1).adjoins(toks.get(b)) && (!toks.get(b - 1).isPunct() || toks.get(b - 1).text().equals("-"))) b--;
            return new CharSpan(toks.get(b).span().begin(), toks.get(i).span().end()).in(text.text());
        }

        void pronoun(Token t) {
            if (used[t.index()]) return;
            List<Lexicon.Pronoun> ps = lex.pronoun(t.text());
            if (ps.isEmpty()) return;
            boolean ordered = ps.stream().anyMatch(Lexicon.Pronoun::ordered);
            if (!t.is("PRON") && !(ordered && noNounAfter(t))) return;
            Lexicon.Pronoun p = ps.stream().filter(x -> x.grammaticalCase().equals("nom")).findFirst().orElse(null);
            if (p == null || ps.stream().filter(x -> x.grammaticalCase().equals("nom")).allMatch(x -> x.gender() == Gender.NEUTER)) return;
            boolean singularReading = ps.stream().anyMatch(x -> !x.plural() && x.grammaticalCase().equals("nom"));
            Gender g = ps.stream().filter(x -> !x.plural() && x.grammaticalCase().equals("nom")).map(Lexicon.Pronoun::gender).findFirst().orElse(Gender.UNKNOWN);
            boolean the = ordered && t.index() > 0 && toks.get(t.index() - 1).is("DET") && !used[t.index() - 1]
                    && text.sentenceOf(t.index() - 1) == text.sentenceOf(t.index());   // "the former": the article is part of the mention
            TokenRange r = new TokenRange(the ? t.index() - 1 : t.index(), t.index() + 1);
            String order = ps.stream().map(Lexicon.Pronoun::order).filter(o -> !o.equals("-")).findFirst().orElse("-");
            pronouns.add(new PronounMention(new Mention(text.span(r), r, text.sentenceOf(t.index()).index(), MentionKind.PRONOUN, "pronoun"), g, !singularReading, order));
        }

        /** "the former said", "Letzterer sagte": no noun or adjective after ("the former president"). */
        boolean noNounAfter(Token t) {
            if (t.index() + 1 >= toks.size()) return true;
            Token n = toks.get(t.index() + 1);
            return !(n.is("NOUN") || n.isPropn() || n.is("ADJ") || n.is("NUM"));
        }

        /** "die Ministerin", "der Verdi-Chef", "the senator": a determiner, maybe adjectives, then a title, no name after. */
        void titleOnly(Token t) {
            Optional<Lexicon.Title> title = lex.title(t.text());
            if (title.isEmpty() && (t.text().matches("\\d+-[Jj]ährige[rn]?") || t.text().matches("\\d+-year-old")))
                title = Optional.of(new Lexicon.Title("jährige", Gender.UNKNOWN, "age", false));
            if (title.isEmpty() || title.get().isHonorific()) return;
            int i = t.index();
            if (i + 1 < toks.size() && used[i + 1]) return;   // a name follows: part of that name's mention
            int first = text.sentenceOf(i).range().begin();   // the title's words stay in its sentence (issue 7)
            int b = i;
            while (b > first && toks.get(b - 1).adjoins(toks.get(b)) && (!toks.get(b - 1).isPunct() || toks.get(b - 1).text().equals("-")) && !used[b - 1]) b--;
            boolean en = lex.lang().equals("en");
            while (b > first && (toks.get(b - 1).is("ADJ") || lex.demonymCountry(toks.get(b - 1).text()).isPresent()
                    || en && toks.get(b - 1).is("NOUN") && !toks.get(b - 1).isCapitalised()) && !used[b - 1]) b--;
            if (b == first) return;
            String det = toks.get(b - 1).text();
            boolean possessive = det.endsWith("'s") || det.endsWith("\u2019s");
            if (!(toks.get(b - 1).is("DET") || det.matches("(?i)the|der|die|den|dem|des") || possessive)) return;
            if (possessive && used[b - 1]) {   // "Novak’s chief of staff": the possessor is a name of its own; the title starts after it
                // nothing to add: b stays at the title's first word
            } else {
                b--;
                if (possessive && det.length() == 2 && b > first) b--;   // the name before a separate 's token
            }
            b = Math.max(first, b);
            TokenRange r = new TokenRange(b, i + 1);
            Mention m = new Mention(text.span(r), r, text.sentenceOf(i).index(), MentionKind.TITLE, "title-only");
            titles.add(new TitleMention(m, title.get(), compoundWord(i), countryBefore(i)));
        }
    }
}
