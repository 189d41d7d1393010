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
 * The state of one article's mention search, shared by its parts ({@link NameRuns}, {@link OrgNames}, {@link
 * TitleRules}, {@link PronounMentions} and the finder itself): the tokens, which of them a mention already took, and the mentions found so
 * far; plus the look-ups they all use (places, countries, first names in any case).
 */
class MentionRun {
    final AnnotatedText text;
    final List<Token> toks;
    final Lexicon lex;
    final Gazetteer gazetteer;
    /** Per token: a mention took it. */
    final boolean[] used;
    final List<PersonName> names;
    final List<TitleMention> titles;
    final List<PronounMention> pronouns;
    final List<NamedThing> things;

    MentionRun(AnnotatedText text, Lexicon lex, Gazetteer gazetteer) {
        this.text = text;
        this.toks = text.tokens();
        this.lex = lex;
        this.gazetteer = gazetteer;
        this.used = new boolean[toks.size()];
        this.names = new ArrayList<>();
        this.titles = new ArrayList<>();
        this.pronouns = new ArrayList<>();
        this.things = new ArrayList<>();
    }

    /** A part of the same search: the same tokens, marks and findings. */
    MentionRun(MentionRun run) {
        this.text = run.text;
        this.toks = run.toks;
        this.lex = run.lex;
        this.gazetteer = run.gazetteer;
        this.used = run.used;
        this.names = run.names;
        this.titles = run.titles;
        this.pronouns = run.pronouns;
        this.things = run.things;
    }

    String textOf(TokenRange r) { return text.span(r).in(text.text()); }

    void thing(TokenRange r, EntityType type, String label, String rule) {
        for (int i = r.begin(); i < r.end(); i++) used[i] = true;
        things.add(new NamedThing(new Mention(text.span(r), r, text.sentenceOf(r.begin()).index(), MentionKind.NAME, rule), type, label));
    }

    /**
     * "Vice President RJ Collins": two capitals between a title and a capitalised name are initials, not an
     * abbreviation ("US", "EU", "CDU" are countries or organisations the lexicon knows).
     */
    boolean initialsAfterTitle(Token t) {
        int i = t.index();
        if (!t.text().matches("\\p{Lu}{2}") || i == 0 || i + 1 >= toks.size()) return false;
        if (lex.isOrgAbbrev(t.text()) || lex.isCountryName(t.text()) || lex.demonymCountry(t.text()).isPresent() || !gazetteer.lookup(t.text()).isEmpty()) return false;
        Token after = toks.get(i + 1);
        String next = after.text();
        if (!after.isPropn() || !after.lemma().equals(next.toLowerCase(Locale.ROOT))) return false;   // "EU Officials": a plural noun
        return lex.title(toks.get(i - 1).text()).isPresent() && next.length() > 1 && Character.isUpperCase(next.codePointAt(0))
                && next.chars().anyMatch(Character::isLowerCase) && lex.title(next).isEmpty() && !lex.isNotName(next);
    }

    /** A first name also when written in capitals ("DAVID Novak" in a lead with a drop cap). */
    Optional<Gender> firstNameAnyCase(String w) {
        Optional<Gender> g = lex.firstName(w);
        if (g.isEmpty() && w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT)))
            g = lex.firstName(w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT));
        return g;
    }

    /**
     * Two tokens with one space between, on one line, in one sentence (a sentence cut at a space, as an overlong one is,
     * joins no name across the cut).
     */
    boolean adjacentWords(Token a, Token b) {
        return b.span().begin() - a.span().end() == 1 && text.text().charAt(a.span().end()) == ' '
                && text.sentenceOf(a.index()) == text.sentenceOf(b.index());
    }

    Optional<String> countryOf(String word) {
        Optional<String> d = lex.demonymCountry(word);
        if (d.isPresent()) return d;
        String w = word.endsWith("s") && lex.lang().equals("de") ? word.substring(0, word.length() - 1) : word;
        if (!gazetteer.lookup(word, "country").isEmpty()) return Optional.of(word);
        if (!gazetteer.lookup(w, "country").isEmpty()) return Optional.of(w);
        return Optional.empty();
    }

    Optional<String> knownPlace(String label) {
        if (lex.isCountryName(label)) return Optional.of(label);
        for (String type : List.of("country", "city", "region"))
            if (!gazetteer.lookup(label, type).isEmpty()) return Optional.of(label);
        return Optional.empty();
    }

    boolean isCountryName(String label) {
        return lex.demonymCountry(label).isEmpty() && !gazetteer.lookup(label, "country").isEmpty();
    }

    /** The whole written word a token ends: "Grünen-Politikerin" for the token "-Politikerin". */
    String compoundWord(int i) {
        int b = i;
        while (b > 0 && toks.get(b - 1).adjoins(toks.get(b)) && (!toks.get(b - 1).isPunct() || toks.get(b - 1).text().equals("-"))) b--;
        return new CharSpan(toks.get(b).span().begin(), toks.get(i).span().end()).in(text.text());
    }
}
