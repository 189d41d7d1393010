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
 * Organisations of an article: a head word of org-heads.tsv ("Partei", "Ministerium", "Council") with the capitalised
 * words joined to it and a genitive or "of" complement ("der Russischen Föderation", "of India"), or an acronym
 * ("NATO"), not a dateline, a country or a first name in capitals.
 */
final class OrgNames extends MentionRun {
    OrgNames(MentionRun run) { super(run); }

    void organisations() {
        for (Sentence sent : text.sentences()) {
            List<Token> st = sent.tokens();
            for (int k = 0; k < st.size(); k++) {
                Token t = st.get(k);
                boolean hyphenHead = t.text().length() > 2 && t.text().charAt(0) == '-' && Character.isUpperCase(t.text().codePointAt(1)) && k > 0 && st.get(k - 1).adjoins(t);
                if (used[t.index()] || !t.isCapitalised() && !hyphenHead) continue;
                if (acronym(t)) {
                    int e = namesAfter(st, k);
                    TokenRange r = new TokenRange(t.index(), st.get(e - 1).index() + 1);
                    thing(r, EntityType.ORGANIZATION, textOf(r), e > k + 1 ? "acronym-name" : "acronym");
                    k = e - 1;
                    continue;
                }
                if (acronymLike(t) && !gazetteer.lookup(t.text(), "country").isEmpty()) {   // "USA", "UK": a country's short name
                    thing(new TokenRange(t.index(), t.index() + 1), EntityType.COUNTRY, t.text(), "gazetteer");
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

    /** The words of a club's or company's name after its acronym ("FC Bayern München", "SV Werder Bremen"). */
    private static final int NAME_AFTER_ACRONYM = 3;

    /**
     * The end (exclusive, in {@code st}) of the German name an acronym at {@code k} opens: the proper nouns right after
     * it, no first name (a person: "SPD Tom Hale"), title or organisation head among them.
     */
    private int namesAfter(List<Token> st, int k) {
        int e = k + 1;
        if (!lex.lang().equals("de")) return e;   // English: "BBC News' Sport Editor X", "told WGN Radio": the acronym alone
        while (e < st.size() && e <= k + NAME_AFTER_ACRONYM && !used[st.get(e).index()] && st.get(e).isPropn() && st.get(e).isCapitalised()
                && adjacentWords(st.get(e - 1), st.get(e)) && lex.firstName(st.get(e).text()).isEmpty() && lex.title(st.get(e).text()).isEmpty()
                && !lex.isOrgHead(st.get(e).text()) && !acronymLike(st.get(e))) e++;
        return e;
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
                && !firstNameInCapitals(t) && !initialsAfterTitle(t);
    }

    /** "DAVID Cameron made …": a first name in capitals (a lead's style) before a capitalised name is no acronym. */
    boolean firstNameInCapitals(Token t) {
        int n = t.index() + 1;
        return n < toks.size() && lex.firstName(t.text()).isEmpty() && firstNameAnyCase(t.text()).isPresent()
                && toks.get(n).isCapitalised() && toks.get(n).text().chars().anyMatch(Character::isLowerCase) && adjacentWords(t, toks.get(n));
    }
}
