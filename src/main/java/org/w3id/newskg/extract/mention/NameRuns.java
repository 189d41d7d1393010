package org.w3id.newskg.extract.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.w3id.newskg.kb.Gazetteer;
import org.w3id.newskg.extract.Lexicon;
import org.w3id.newskg.extract.Lexicon.WordClass;
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
 * Runs of name-like tokens in each sentence: PROPN or a known first name (in any case), joined by hyphens
 * ("Whitaker-Fox"), a short given-name syllable after a family and a given name ("Pak Song-il"), name particles after a first name ("von der"), initials ("J."); a capitalised word right after a
 * first name is a surname even when it is a common noun ("Eva Wolf"). Titles, organisation heads, event nouns,
 * speech verbs, pronouns and the not-names of the lexicon are no names.
 */
final class NameRuns extends MentionRun {
    NameRuns(MentionRun run) { super(run); }

    List<TokenRange> nameRuns() {
        List<TokenRange> runs = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            List<Token> st = s.tokens();
            int i = 0, affiliation = -1;
            while (i < st.size()) {
                if (i == affiliation) { affiliation = nameLike(st, i + 1 < st.size() ? i + 1 : i) ? i + 1 : -1; i++; continue; }   // "von den Freien Wählern"
                if (!nameLike(st, i) || nounAfterArticle(st, i)) { i++; continue; }
                int j = i + 1;
                while (j < st.size() && !st.get(j - 1).text().contains("/") && !st.get(j - 1).text().matches(".+['’]s|.+s['’]")) {   // "Ukraine’s European allies", "Nordwind Motors’ Jana Beispiel"
                    if (nameLike(st, j) || afterFirstName(st, i, j)) { j++; continue; }
                    String w = st.get(j).text();
                    if (w.length() > 2 && w.charAt(0) == '-' && Character.isUpperCase(w.codePointAt(1)) && st.get(j - 1).adjoins(st.get(j))) { j++; continue; }
                    if (j - i >= 2 && w.matches("-\\p{Ll}{2,4}") && st.get(j - 1).adjoins(st.get(j))) { j++; continue; }   // "Pak Song-il"
                    Token t = st.get(j);
                    if (j - i >= 2 && (w.equals("-") || w.equals("‐")) && j + 1 < st.size() && st.get(j + 1).text().matches("\\p{Ll}{2,4}")
                            && st.get(j - 1).adjoins(t) && t.adjoins(st.get(j + 1))) { j += 2; continue; }   // "Pak Song - un" as three tokens
                    if (w.matches("\\p{Lu}\\p{Ll}+['’]s") && !t.is("PRON")) { j++; break; }   // "Daniel Hale's": the tagger may call it a verb
                    if ((t.text().equals("-") || t.text().equals("‐")) && j + 1 < st.size() && st.get(j - 1).adjoins(t) && t.adjoins(st.get(j + 1))
                            && st.get(j + 1).isCapitalised() && !st.get(j + 1).isVerbal() && lex.title(st.get(j + 1).text()).isEmpty()
                            && !lex.isOrgHead(st.get(j + 1).text()) && lex.eventNoun(st.get(j + 1).text()).isEmpty()
                            && !lex.isNotName(st.get(j + 1).text())) { j += 2; continue; }   // "Whitaker-Fox"
                    boolean connector = (t.text().equals("-") || t.text().equals("‐")) && st.get(j - 1).adjoins(t)
                            || particle(t.text()) && givenNames(st, i, j)
                            || t.text().matches("\\p{Lu}\\.") ;
                    int k = j + 1;
                    while (connector && k < st.size() && particle(st.get(k).text())) k++;
                    if (connector && k < st.size() && nameLike(st, k)) { j = k + 1; continue; }
                    break;
                }
                if (!phraseOfGroup(st, i, j)) runs.add(new TokenRange(st.get(i).index(), st.get(j - 1).index() + 1));
                if (j - i >= 2) affiliation = affiliationAfter(st, j);
                i = j;
            }
        }
        return runs;
    }

    /**
     * "Stadtrat Bernd Hoffmann von den Grünen", "Otto Huber vom Sportverein", "Robert Shaw of Peel Hunt": after a full
     * name, "von" with an article (or "vom", English "of") opens the person's party or organisation, which is no name;
     * the index of its first word, else -1.
     */
    private int affiliationAfter(List<Token> st, int j) {
        if (j + 1 >= st.size()) return -1;
        String w = st.get(j).text();
        if (lex.lang().equals("en")) {   // "analyst Robert Shaw of Peel Hunt": his employer, unless a place ("Tevita Fonua of Tonga")
            int k = j + 1 < st.size() && st.get(j + 1).text().equals("the") ? j + 2 : j + 1;
            return w.equals("of") && k < st.size() && knownPlace(st.get(k).text()).isEmpty() && countryOf(st.get(k).text()).isEmpty() ? k : -1;
        }
        if (w.equals("vom")) return j + 1;
        return w.equals("von") && j + 2 < st.size() && lex.is(WordClass.AFFILIATION_ARTICLE, st.get(j + 1).text()) ? j + 2 : -1;
    }

    /** A name particle of the lexicon as written, in lower case ("von", "de"): a capitalised "Von" is a name of its own. */
    private boolean particle(String w) {
        return w.equals(w.toLowerCase(Locale.ROOT)) && lex.is(WordClass.NAME_PARTICLE, w);
    }

    /**
     * Tokens [from, to) are given names, so a name particle after them opens the surname ("Ursula von der Leyen"); after a
     * surname it opens an affiliation ("Stadtrat Bernd Hoffmann von den Grünen").
     */
    private boolean givenNames(List<Token> st, int from, int to) {
        for (int k = from; k < to; k++) if (lex.firstName(st.get(k).text()).isEmpty()) return false;
        return true;
    }

    /**
     * "vor dem Tor der Terminals": a German noun after an article that is also a first name elsewhere ("Tor") opens no
     * name, unless a surname follows.
     */
    private boolean nounAfterArticle(List<Token> st, int i) {
        return lex.lang().equals("de") && i > 0 && st.get(i - 1).is("DET") && st.get(i).is("NOUN") && lex.firstName(st.get(i).text()).isPresent()
                && !(i + 1 < st.size() && st.get(i + 1).isPropn() && st.get(i + 1).isCapitalised());   // "um die Mitt Romney sein Lager …" is a name
    }

    /** "des Weißen Hauses", "the White House": the whole run is a group or an organisation of several words in the lexicon. */
    private boolean phraseOfGroup(List<Token> st, int from, int to) {
        if (to - from < 2) return false;
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) b.append(k > from ? " " : "").append(st.get(k).text());
        return lex.isGroupWord(b.toString()) || lex.isOrgHead(b.toString());
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
        if (!w.chars().anyMatch(Character::isLowerCase) && w.length() > 1 && firstNameAnyCase(w).isEmpty() && !initialsAfterTitle(t)) return false;   // NATO, USA
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
}
