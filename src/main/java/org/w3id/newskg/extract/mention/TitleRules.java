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
 * Titles and offices beside names: before the name ("Außenministerin Jana Beispiel", "russische Senator"), in
 * apposition after or before it ("Jana Beispiel, die Vorsitzende der …,", "Der Sprecher der Stadt, Tom Novak,"), after
 * "als"/"as"; the organisation an apposition names; the office in its base form; and title-only mentions ("die
 * Ministerin", "der 36-Jährige", "the senator") for coreference.
 */
final class TitleRules extends MentionRun {
    TitleRules(MentionRun run) { super(run); }

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

    /** "Jana Beispiel, die Vorsitzende der …," / "Tom Novak, the mayor of …": a title right after the name and a comma. */
    Optional<TitleAt> apposition(TokenRange r) {
        int i = r.end();
        if (i >= toks.size() || !toks.get(i).text().equals(",")) return Optional.empty();
        int j = i + 1;
        while (j < toks.size() && j < i + 4 && (toks.get(j).is("DET") || toks.get(j).is("ADJ") || lex.demonymCountry(toks.get(j).text()).isPresent())) j++;
        // "the club's chairman": a possessor between the article and the title
        if (j > i + 1 && j + 2 < toks.size() && (toks.get(j).is("NOUN") || toks.get(j).isPropn()) && toks.get(j + 1).text().matches("['’]s")) j += 2;
        else if (j > i + 1 && j + 1 < toks.size() && toks.get(j).text().matches("\\p{L}+['’]s")) j++;
        // "Otto Brandt, Präsident der Handelskammer,": no article, but the title governs a genitive or "of"/"von"
        boolean governs = j == i + 1 && j + 1 < toks.size() && toks.get(j + 1).text().matches("(?i)des|der|of|von");
        if (j < toks.size() && (j > i + 1 || governs) && lex.title(toks.get(j).text()).isPresent() && !lex.title(toks.get(j).text()).get().isHonorific())
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

    /** "die Ministerin", "der Verdi-Chef", "the senator": a determiner, maybe adjectives, then a title, no name after. */
    void titleOnly(Token t) {
        Optional<Lexicon.Title> title = lex.title(t.text());
        // "52-year-old" as one token or as the tokens "52" "-" "year" "-" "old"
        if (title.isEmpty() && (t.text().matches("\\d+-[Jj]ährige[rn]?") || t.text().matches("\\d+-year-old") || compoundWord(t.index()).matches("\\d+-year-old")))
            title = Optional.of(new Lexicon.Title("jährige", Gender.UNKNOWN, "age", false));
        if (title.isEmpty() || title.get().isHonorific()) return;
        int i = t.index();
        if (i + 1 < toks.size() && used[i + 1]) return;   // a name follows: part of that name's mention
        // "der Pressesprecher von Wladimir Orlow", "the spokesman of X": a title of a person's, whose holder the
        // coreference must not take for that person ("der Bürgermeister von New Orleans" stays a reference)
        if (ownedByPerson(i)) return;
        int first = text.sentenceOf(i).range().begin();   // the title's words stay in its sentence (issue 7)
        int b = i;
        while (b > first && toks.get(b - 1).adjoins(toks.get(b)) && (!toks.get(b - 1).isPunct() || toks.get(b - 1).text().equals("-")) && !used[b - 1]) b--;
        boolean en = lex.lang().equals("en");
        while (b > first && ((toks.get(b - 1).is("ADJ") || lex.demonymCountry(toks.get(b - 1).text()).isPresent()
                || en && toks.get(b - 1).is("NOUN") && !toks.get(b - 1).isCapitalised()) && !used[b - 1] || acronym(toks.get(b - 1))
                || en && (toks.get(b - 1).is("NOUN") || toks.get(b - 1).isPropn()) && toks.get(b - 1).isCapitalised() && !personNameAt(b - 1)
                        && !toks.get(b - 1).text().matches(".*['’]s"))) b--;   // "the Federation Council member"
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

    /** "the RBI governor", "der DFB-Präsident" aside: an organisation's acronym between the article and the title. */
    private static boolean acronym(Token t) {
        return t.isPropn() && t.text().length() >= 2 && t.text().length() <= 6 && t.text().chars().allMatch(Character::isUpperCase);
    }

    /**
     * The title is followed by "von"/"of" or a German genitive article and a person's name, right after it or after
     * that person's own title: "der Pressesprecher von Wladimir Orlow", "the mother of striker Tom Hale", "die Anwältin des
     * Angeklagten Tom Hale".
     */
    private boolean ownedByPerson(int i) {
        if (i + 2 >= toks.size()) return false;
        String w = toks.get(i + 1).text();
        boolean of = w.matches("(?i)von|of") || lex.lang().equals("de") && lex.is(Lexicon.WordClass.GENITIVE_ARTICLE, w.toLowerCase(Locale.ROOT));
        if (!of) return false;
        boolean titled = false;   // "der Chef des Verwaltungsrats Ulrich Müller" is Müller himself: an organisation, no title, before the name
        for (int j = i + 2; j < Math.min(toks.size(), i + 5); j++) {
            if (personNameAt(j)) return j == i + 2 || titled;
            Token t = toks.get(j);
            String base = t.text().length() > 4 ? t.text().replaceFirst("(en|s|n)$", "") : t.text();
            if (lex.title(t.text()).isPresent() || lex.title(base).isPresent()) titled = true;
            else if (!(t.is("DET") || t.is("ADJ"))) return false;
        }
        return false;
    }

    /** A person's name found so far covers the token. */
    private boolean personNameAt(int token) {
        return names.stream().anyMatch(n -> n.mention().tokens().contains(token));
    }
}
