package org.w3id.newskg.extract.statement;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.w3id.newskg.extract.Lexicon;
import org.w3id.newskg.extract.Lexicon.WordClass;
import org.w3id.newskg.extract.doc.ArticleDoc;
import org.w3id.newskg.model.AnnotatedText;
import org.w3id.newskg.model.CharSpan;
import org.w3id.newskg.model.Sentence;
import org.w3id.newskg.model.Token;
import org.w3id.newskg.model.TokenRange;

/**
 * The words that stand for a speaker, as written: the whole noun phrase around the name or noun the speaker sieves
 * found, which is what the graph contract's speaker mention shows a reader ("Der Senator des Föderationsrats Jana
 * Beispiel") and what GermEval's Source annotates.
 *
 * <ul>
 * <li>before the name: article, adjectives, titles and nouns, and the head a genitive depends on
 *     ("Ein Sprecher des Ministeriums", "die Vorwürfe der Anwältin");
 * <li>after it: a party or age in parentheses ("(SPD)"), a "von"/"vom" attribute ("Jana Beispiel von der
 *     Sternwarte"), and an apposition closed by a comma or the end of the sentence ("Tom Novak, der Gouverneur
 *     von Nordland,").
 * </ul>
 * Pronouns stay as they are. The phrase never reaches into the statement's own words.
 */
final class SourcePhrase {
    /** A speaker's noun phrase has at most this many words on either side of the name. */
    private static final int MAX_WORDS = 14;

    private final AnnotatedText text;
    private final List<Token> toks;
    private final Lexicon lex;
    private final ArticleDoc doc;
    private final UnnamedSubject unnamed;
    private final ObjectCase objectCase;

    SourcePhrase(ArticleDoc doc) {
        this.doc = doc;
        this.text = doc.annotated();
        this.toks = text.tokens();
        this.lex = doc.lex();
        this.unnamed = new UnnamedSubject(this, doc);
        this.objectCase = new ObjectCase(doc);
    }

    /** The phrase around {@code mention}, kept outside {@code statement}; the mention itself when nothing is added. */
    CharSpan around(CharSpan mention, CharSpan statement, boolean person) {
        TokenRange tr = text.tokensWithin(mention);
        if (tr.size() == 0 || !lex.pronoun(mention.in(text.text())).isEmpty()) return mention;
        Sentence sent = text.sentenceOf(tr.begin());
        int sentBegin = sent.range().begin(), sentEnd = sent.range().end();
        tr = shortFormInBrackets(tr, sentBegin, sentEnd);
        int begin = leftEdge(tr.begin(), sentBegin);
        // after a name "der" is a dative ("sagte Novak der Zeitung"), after a noun a genitive ("Sprecher der Stadt")
        boolean name = person && lex.title(toks.get(tr.end() - 1).text()).isEmpty();
        int end = Math.max(tr.end(), nounPhraseEnd(tr.begin(), sentEnd, 2, name));
        if (person) {
            end = apposition(begin, end, sentEnd, false);
            begin = appositionBefore(begin, sentBegin, begin == tr.begin());
        } else {
            end = apposition(begin, end, sentEnd, true);   // "Der Radiosender, Radio Nordland, meldete": a name after a role
        }
        end = coordination(end, sentEnd);
        begin = coordinationBefore(begin, sentBegin);
        CharSpan phrase = new CharSpan(Math.min(mention.begin(), toks.get(begin).span().begin()), Math.max(mention.end(), toks.get(end - 1).span().end()));
        if (statement != null && phrase.overlaps(statement) && !mention.overlaps(statement)) return mention;
        return phrase;
    }

    /**
     * "Das Bundeskriminalamt (BKA)": a short form in brackets right after the noun it abbreviates stands for the whole
     * phrase, the noun and the brackets; the range itself otherwise.
     */
    private TokenRange shortFormInBrackets(TokenRange tr, int sentBegin, int sentEnd) {
        int b = tr.begin(), e = tr.end();
        if (b - 2 < sentBegin || e >= sentEnd || !toks.get(b - 1).text().equals("(") || !toks.get(e).text().equals(")") || !noun(toks.get(b - 2))) return tr;
        return new TokenRange(b - 2, e + 1);
    }

    /** A phrase in the object case, which is no speaker ({@link ObjectCase}): "dem Richter", "der Bürgermeisterin". */
    boolean objectCase(CharSpan mention) { return objectCase.test(mention); }

    /**
     * The subject of a speech verb when no person, organisation or group was found for it ({@link UnnamedSubject}).
     */
    Optional<CharSpan> subjectOf(int verb, CharSpan statement) { return unnamed.subjectOf(verb, statement); }

    /** English has the subject after the verb only in "said the ministry"; after "told" comes the addressee. */
    boolean subjectMayFollow(int verb) {
        return !lex.lang().equals("en") || toks.get(verb).lemma().equals("say");
    }

    CharSpan span(int b, int e) { return new CharSpan(toks.get(b).span().begin(), toks.get(e - 1).span().end()); }

    /**
     * The end (exclusive) of the noun phrase that starts at token {@code i}: article, adjectives, numbers, then nouns
     * and names, then up to two genitive or "von" attributes; {@code i} itself when no noun or name is there.
     */
    int nounPhraseEnd(int i, int limit) {
        return nounPhraseEnd(i, limit, 2, false);
    }

    /** As {@link #nounPhraseEnd(int, int)}, with a second phrase joined by "und" ("laut Polizei und Feuerwehr"). */
    int coordinatedEnd(int i, int limit) {
        int k = nounPhraseEnd(i, limit);
        return k > i ? coordination(k, limit) : k;
    }

    private int nounPhraseEnd(int i, int limit, int attributes, boolean afterName) {
        if (i < limit && quoteMark(toks.get(i))) {   // "laut „Hagener Rundschau“": a quoted name is a phrase of its own
            int q = quotedName(i, limit);
            return q > i ? parenthesis(q, limit) : i;
        }
        int k = i;
        // "der rot-grünen Politiker": the second half of a split adjective ("-grünen") is a modifier too
        while (k < limit && k - i < MAX_WORDS && (toks.get(k).is("DET") || toks.get(k).is("ADJ") || toks.get(k).is("NUM") && !code(toks.get(k)) || possessive(toks.get(k))
                || k > i && compoundPart(toks.get(k)))) k++;
        if (k > i && k < limit && quoteMark(toks.get(k))) {   // "der „Hagener Rundschau“": the article of a quoted name
            int q = quotedName(k, limit);
            if (q > k) return parenthesis(q, limit);
        }
        int head = k;
        if (k > i && nominalised(k - 1, i)) head = k - 1;   // "Die Landesvorsitzende des Verbands": the adjective is the head
        // a title the tagger reads as an adjective stays in the head before a name ("league official Oleg Ray")
        while (k < limit && k - i < MAX_WORDS && (noun(toks.get(k)) || toks.get(k).text().equals("-") && k > head || code(toks.get(k))
                || k > head && k + 1 < limit && toks.get(k + 1).isPropn() && lex.title(toks.get(k).text()).isPresent())) k++;
        if (k == head) return i;
        k = parenthesis(quotedName(k, limit), limit);
        for (int n = 0; n < attributes && k < limit; n++) {
            String w = toks.get(k).text();
            // a title the tagger reads as a name takes a genitive as a noun does ("Der Entwicklungskommissar der Union")
            boolean name = afterName && n == 0 || toks.get(k - 1).isPropn() && lex.title(toks.get(k - 1).text()).isEmpty() || toks.get(k - 1).text().equals(")");
            boolean of = lex.is(WordClass.OF, w);
            // a genitive hangs on a noun ("Sprecher des Ministeriums"); after a name "der" is a dative ("sagte Novak der Zeitung")
            int e = (lowerCase(w, WordClass.GENITIVE_ARTICLE) || strongGenitive(k)) && !name ? nounPhraseEnd(k, limit, 0, false) : of ? nounPhraseEnd(k + 1, limit, 0, false) : k;
            if (e == k && !(afterName && n == 0) && lowerCase(w, WordClass.LOCATED)) e = placeEnd(k + 1, limit);
            if (e <= k + (of ? 1 : 0)) break;
            if (e + 1 < limit && lowerCase(toks.get(e).text(), WordClass.FOR)) {   // "vom Institut für Meeresforschung", "der Stelle für Suchtfragen"
                int f = nounPhraseEnd(e + 1, limit, 0, false);
                if (f > e + 1) e = f;
            }
            k = parenthesis(e, limit);
        }
        return k;
    }

    /**
     * "Die Landesvorsitzende des Verbands", "der Abgeordnete": a German adjective written with a capital inside the
     * phrase (after its article, or not at the start of the sentence) and followed by no noun is a noun, a nominalised
     * adjective the tagger read as an adjective.
     */
    private boolean nominalised(int k, int phraseBegin) {
        Token t = toks.get(k);
        if (!lex.lang().equals("de") || !t.is("ADJ") || !t.isCapitalised() || k + 1 < toks.size() && noun(toks.get(k + 1))) return false;
        return k > phraseBegin || text.sentenceOf(k).range().begin() != k;
    }

    /**
     * "der Sprecher der Polizei in Dortmund", "ein Reporter aus Hagen": the end of a place name after "in"/"aus" (an
     * article and adjectives before it), which belongs to the noun before it; {@code i} when no name follows. After a
     * person's name the same words tell where the speech was given and are left out (see the caller).
     */
    private int placeEnd(int i, int limit) {
        int k = i;
        while (k < limit && (toks.get(k).is("DET") || toks.get(k).is("ADJ"))) k++;
        int name = k;
        while (k < limit && (toks.get(k).isPropn() || k > name && toks.get(k).text().equals("-"))) k++;
        return k > name ? k : i - 1;
    }

    private int leftEdge(int b, int sentBegin) {
        if (toks.get(b).is("DET") && !genitiveOnNoun(b, sentBegin)) return b;   // the article opens it
        int i = b;
        boolean taken = false;
        while (i > sentBegin && b - i < MAX_WORDS) {
            Token p = toks.get(i - 1);
            boolean title = lex.title(p.text()).isPresent();
            if (!(p.is("DET") || p.is("ADJ") || p.is("NUM") || possessive(p) || title || p.text().equals("-") || compoundPart(p)
                    || noun(p) && p.isCapitalised()) || !lex.speechVerbs(p.text()).isEmpty() || lex.is(WordClass.SOURCE_PREPOSITION, p.text())) break;   // "laut" read as an adjective
            i--;
            taken = true;
            // an article ends the phrase, unless it is a genitive one that hangs on a noun before it
            if ((p.is("DET") || possessive(p)) && !genitiveOnNoun(i, sentBegin)) break;
        }
        if (!taken) return b;
        while (i < b && !(toks.get(i).is("DET") || toks.get(i).is("ADJ") || toks.get(i).is("NUM") || possessive(toks.get(i)) || noun(toks.get(i)) || compoundPart(toks.get(i))
                || lex.title(toks.get(i).text()).isPresent())) i++;
        return i;
    }

    /**
     * An apposition after the phrase, closed by a comma or the end of the sentence: a role after a name ("Tom Novak,
     * der Gouverneur von Nordland,") or a name after a role ("der Sprecher der Partei, Tom Novak,").
     */
    /** The article at {@code det} is a genitive one ("des", lower case) after a noun it depends on: "Sprecher des …". */
    private boolean genitiveOnNoun(int det, int sentBegin) {
        return det > sentBegin && noun(toks.get(det - 1)) && lowerCase(toks.get(det).text(), WordClass.GENITIVE_ARTICLE);
    }

    private int apposition(int begin, int k, int sentEnd, boolean nameOnly) {
        if (k + 1 >= sentEnd || !toks.get(k).text().equals(",")) return k;
        int a = nounPhraseEnd(k + 1, sentEnd);
        if (a == k + 1) return k;
        boolean role = IntStream.range(k + 1, a).anyMatch(j -> role(toks.get(j)));
        if (!closed(a, sentEnd) && role) a = roleAttributesEnd(a, k + 1 + MAX_WORDS, sentEnd);
        // "Jonas Pfeifer, Sekretär des Vereins sagte": a role after a person's name, its closing comma left out before the verb
        boolean verbAfter = !nameOnly && role && a < sentEnd && toks.get(a).isVerbal();
        if (!closed(a, sentEnd) && !verbAfter) return k;
        boolean name = IntStream.range(k + 1, a).allMatch(j -> toks.get(j).isPropn() || toks.get(j).text().equals("-"));
        // "der Sprecher der Bewegung Freies Oberland, Paul Winkler,": a role headed by a common noun, not yet followed by a name
        int head = begin;
        while (head < k && !noun(toks.get(head))) head++;
        // a name takes no article: "Der Doktorvater des Ministers, Peter Halberg," is a role even where the tagger reads a name
        boolean afterRole = head < k && (toks.get(begin).is("DET") || !toks.get(head).isPropn() && !(head + 1 < k && toks.get(head + 1).isPropn()));
        return role && !nameOnly || name && afterRole ? a : k;
    }

    /**
     * "nach Angaben des Direktors der Fluggesellschaft, Jens Irwin, …", "laut Mira Kolb, Professorin am Institut für
     * Geologie, …": an apposition between commas after a source phrase, a name or a role with its attributes; the end
     * of the apposition (before its closing comma), else {@code k}, the comma that would open it.
     */
    int appositionAfter(int k, int sentEnd) {
        if (k + 2 >= sentEnd || !toks.get(k).text().equals(",")) return k;
        int a = nounPhraseEnd(k + 1, sentEnd);
        if (a == k + 1) return k;
        boolean role = IntStream.range(k + 1, a).anyMatch(j -> role(toks.get(j)));
        if (role && a < sentEnd && !toks.get(a).text().equals(",")) a = roleAttributesEnd(a, k + 1 + MAX_WORDS, sentEnd);
        int end = a;
        boolean name = IntStream.range(k + 1, end).allMatch(j -> toks.get(j).isPropn() || toks.get(j).text().equals("-"));
        boolean article = toks.get(k + 1).is("DET");   // "dem Getränkehersteller Brausa" (a relative clause has its verb before the comma)
        return (role || name || article) && end + 1 < sentEnd && toks.get(end).text().equals(",") ? end : k;
    }

    /**
     * "Tom Novak, Professor am Institut für Geologie in Hagen,", "Eva Lang, Präsidentin der Universität und
     * Vorsitzende der Konferenz,": a role after a name keeps its prepositional attributes and a second role joined by
     * "und" up to the comma or the end of the sentence that closes the apposition; the end after them, where no verb
     * comes first and no more than {@code limit} words.
     */
    private int roleAttributesEnd(int a, int limit, int sentEnd) {
        int k = a;
        while (k < Math.min(limit, sentEnd) && !closed(k, sentEnd)) {
            Token t = toks.get(k);
            if (!(t.is("ADP") || t.is("ADP+DET") || npWord(t) || lowerCase(t.text(), WordClass.AND) || quoteMark(t) || t.text().equals("/"))) return a;
            k++;
        }
        return closed(k, sentEnd) ? k : a;
    }

    /**
     * The other half of an apposition before the phrase: a name before a role ("Tom Novak, der Gouverneur") or a role
     * before a name ("Der Sprecher der Stadtwerke, Ole Brandt"), standing at the start of the sentence or after a
     * verb, punctuation or "so" (", so der Sprecher der Partei, Ole Brandt").
     */
    private int appositionBefore(int begin, int sentBegin, boolean atName) {
        if (begin - 2 < sentBegin || !toks.get(begin - 1).text().equals(",")) return begin;
        int comma = begin - 1, i = comma;
        while (i > sentBegin && comma - i < MAX_WORDS && (npWord(toks.get(i - 1)) || attributeWord(toks.get(i - 1)))) i--;
        if (i == comma) return begin;
        boolean open = i == sentBegin || toks.get(i - 1).isPunct() || toks.get(i - 1).isVerbal() || lowerCase(toks.get(i - 1).text(), WordClass.SO);
        // a noun phrase up to the comma, or one with more attributes than the phrase rules join ("der Arbeitgeber im Aufsichtsrat der Stadtwerke")
        int np = nounPhraseEnd(i, comma);
        if (!open || np == i || np != comma && IntStream.range(np, comma).noneMatch(j -> attributeWord(toks.get(j)))) return begin;
        boolean nameHere = toks.get(begin).isPropn() || atName;   // the person's name, its first name read as a noun ("Karin/NOUN Brosche")
        boolean roleBefore = IntStream.range(i, comma).anyMatch(j -> role(toks.get(j)));
        boolean nameBefore = IntStream.range(i, comma).allMatch(j -> toks.get(j).isPropn() || toks.get(j).text().equals("-"));
        return nameHere && roleBefore || !nameHere && nameBefore ? i : begin;
    }

    /** A word of the class written in lower case: "des" after a noun is a genitive, "Der" opening a sentence is not. */
    private boolean lowerCase(String w, WordClass c) { return lex.is(c, w) && w.equals(w.toLowerCase(Locale.ROOT)); }

    /** "Der Bürgermeister von Hagen", "Die Leiterin der Stelle für Suchtfragen", "der Chef von „Metallbau Nord“": words inside a role's attributes. */
    private boolean attributeWord(Token t) {
        return lowerCase(t.text(), WordClass.LOCATED) || lowerCase(t.text(), WordClass.OF) || lowerCase(t.text(), WordClass.FOR) || quoteMark(t);
    }

    private boolean npWord(Token t) {
        return t.is("DET") || t.is("ADJ") || t.is("NUM") || noun(t) || possessive(t) || t.text().equals("-") || t.text().equals("(") || t.text().equals(")");
    }

    /** "Angaben von AFP und Reuters", "Jana und Tom Novak": a second noun phrase joined by "und"/"and". */
    private int coordination(int k, int sentEnd) {
        if (k + 1 >= sentEnd || !lowerCase(toks.get(k).text(), WordClass.AND)) return k;
        int a = nounPhraseEnd(k + 1, sentEnd);
        return a > k + 1 && (closed(a, sentEnd) || toks.get(a).isVerbal()) ? a : k;
    }

    /**
     * "Die Regierungen von Nordland und Südland kritisierten …", "Die IADB und der MIF teilten mit": the phrase is the
     * second of two noun phrases joined by "und"/"sowie" (a list with commas too) that open the sentence, the subject
     * before its verb; the start of the first, else {@code begin}.
     */
    private int coordinationBefore(int begin, int sentBegin) {
        if (begin - 2 < sentBegin || !lowerCase(toks.get(begin - 1).text(), WordClass.AND)) return begin;
        int i = begin - 1;
        boolean noun = false;
        while (i > sentBegin && begin - i < MAX_WORDS) {
            Token p = toks.get(i - 1);
            boolean listComma = p.text().equals(",") && i - 2 >= sentBegin && npWord(toks.get(i - 2)) && npWord(toks.get(i));
            if (!(npWord(p) || attributeWord(p) || listComma)) break;
            noun |= noun(p);
            i--;
        }
        boolean opens = i == sentBegin || i - 1 == sentBegin && (toks.get(sentBegin).is("ADV") || toks.get(sentBegin).is("CCONJ"));
        return opens && noun && i < begin - 1 ? i : begin;
    }

    private boolean closed(int a, int sentEnd) {
        return a >= sentEnd || toks.get(a).text().equals(",") || toks.get(a).isPunct() && ".!?:".contains(toks.get(a).text());
    }

    /** "Angaben informierter Kreise", "Berichten britischer Zeitungen": a genitive plural without article, its adjective in -er. */
    private boolean strongGenitive(int k) {
        String w = toks.get(k).text();
        return toks.get(k).is("ADJ") && Character.isLowerCase(w.charAt(0)) && w.endsWith("er") && k + 1 < toks.size() && toks.get(k + 1).is("NOUN");
    }

    /** A quoted name may have at most this many words: "die Zeitung „Hagener Rundschau“". */
    private static final int QUOTED_NAME_WORDS = 6;

    /**
     * "der Geschäftsführer von „Metallbau Nord“", "die Zeitung „Hagener Rundschau“": a name in quotation marks after a
     * noun (capitalised words, no verb) belongs to its phrase; the end after the closing mark, else {@code k}.
     */
    private int quotedName(int k, int limit) {
        if (k + 2 >= limit || !quoteMark(toks.get(k)) || !toks.get(k + 1).isCapitalised()) return k;
        for (int j = k + 1; j < Math.min(limit, k + QUOTED_NAME_WORDS + 2); j++) {
            Token t = toks.get(j);
            if (quoteMark(t)) return j > k + 1 ? j + 1 : k;
            if (t.isVerbal() || t.isPunct() && !t.text().equals("-") && !t.text().equals("&")) return k;
        }
        return k;
    }

    /** "am 25. Mai": the full stop of an ordinal inside the sentence, no boundary ({@link Subjects#ordinalDot}). */
    boolean ordinal(int i) { return Subjects.ordinalDot(doc, i); }

    boolean quoteMark(Token t) { return t.text().length() == 1 && lex.isQuoteMark(t.text().charAt(0)) && !lex.isApostrophe(t.text().charAt(0)); }

    private int parenthesis(int k, int limit) {
        if (k + 2 < limit && toks.get(k).text().equals("(")) {
            for (int j = k + 1; j < Math.min(limit, k + 5); j++)
                if (toks.get(j).text().equals(")")) return j + 1;
        }
        return k;
    }

    /**
     * An adjective the tokenizer split or misread: the second half of "US-amerikanische" ("-amerikanische") or an
     * age or number adjective ("64-jährige").
     */
    private static boolean compoundPart(Token t) {
        String w = t.text();
        return w.length() > 2 && (w.charAt(0) == '-' && Character.isLowerCase(w.charAt(1)) || Character.isDigit(w.charAt(0)) && w.matches("\\d+-\\p{Ll}+"));
    }

    static boolean noun(Token t) { return t.is("NOUN") || t.isPropn(); }

    /** A common noun, or a title the tagger reads as a name ("Der ZDF-Korrespondent in Hamburg, Tom Novak"). */
    boolean role(Token t) { return t.is("NOUN") || t.isPropn() && lex.title(t.text()).isPresent(); }

    /** A name the tagger reads as a number or foreign word: "n24", "3sat". */
    static boolean code(Token t) { return (t.is("NUM") || t.is("X")) && t.text().chars().anyMatch(Character::isLetter); }

    private boolean possessive(Token t) { return t.is("PRON") && lex.is(WordClass.POSSESSIVE, t.text()); }
}
