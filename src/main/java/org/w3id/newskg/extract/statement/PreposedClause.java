package org.w3id.newskg.extract.statement;

import java.util.List;
import org.w3id.newskg.extract.Lexicon;
import org.w3id.newskg.extract.Lexicon.SpeechVerb;
import org.w3id.newskg.extract.Lexicon.WordClass;
import org.w3id.newskg.extract.doc.Quote;
import org.w3id.newskg.model.CharSpan;
import org.w3id.newskg.model.Sentence;
import org.w3id.newskg.model.Token;

/**
 * {@code preposed-clause}: the statement stands before its attribution — "Die Lage sei ernst, sagte sie.", "The deal
 * is dead, she said." The attribution after the comma is a speech verb with its subject and perhaps a time or place,
 * nothing more; in German the subject follows the verb and must name someone.
 */
final class PreposedClause implements VerbComplement {
    static final String NAME = "preposed-clause";
    /** The comma before the verb within this many words (", she told reporters", ", Prime Minister Sir Tom Ashby has said"). */
    private static final int COMMA_REACH = 10;
    /** German: someone named within this many words after the verb. */
    private static final int SUBJECT_REACH = 5;

    @Override public String name() { return NAME; }

    @Override
    public boolean find(Context c, Sentence sent, int v, SpeechVerb verb) {
        int b = sent.range().begin();
        int comma = -1;
        for (int i = v - 1; i > b && i >= v - COMMA_REACH; i--) if (c.tok(i).text().equals(",")) { comma = i; break; }
        if (comma < 0 && c.doc.german()) comma = perfectComma(c, sent, v);
        if (comma < 0) return false;
        if (!c.doc.german() && c.tok(v).text().endsWith("ing")) return false;   // ", signaling his return …" is no attribution
        if (!c.clauses.tailIsAttribution(v, sent.range().end())) return false;
        int head = v;   // the finite verb after the comma: the speech verb, or "hat" of "…, hat X gesagt"
        if (c.doc.german() && comma + 1 != v && c.lex.is(WordClass.PERFECT_AUX, c.tok(comma + 1).text()) && lastWord(c, sent, v)) head = comma + 1;
        // "Die Halle bleibt geschlossen, das teilte die Stadt mit.": an anaphor between the comma and the verb
        int opens = c.doc.german() && comma + 2 == head && c.lex.is(WordClass.ANAPHOR, c.tok(comma + 1).text()) && !c.lex.is(WordClass.SO, c.tok(comma + 1).text()) ? comma + 1 : comma;
        if (c.doc.german()) {
            if (head + 1 >= sent.range().end()) return false;
            Token next = c.tok(head + 1);
            boolean subject = next.is("DET") || next.is("PRON") || next.isPropn() || next.is("NOUN") || next.is("ADJ") || c.lex.is(WordClass.SO, next.text());
            if (!subject || opens + 1 != head) return false;
            CharSpan after = new CharSpan(c.tok(head).span().end(), c.tok(Math.min(sent.range().end() - 1, head + SUBJECT_REACH)).span().end());
            boolean someone = c.doc.people().refs().stream().anyMatch(r -> after.covers(r.span()))
                    || c.doc.annotated().tokens(c.doc.annotated().tokensWithin(after)).stream().anyMatch(t -> c.lex.isGroupWord(t.text()) || c.lex.title(t.text()).isPresent());
            if (!someone && !c.lex.is(WordClass.IMPERSONAL, next.text())) return false;   // "…, hieß es in einer Mitteilung": an unnamed source
        } else if (comma + 1 == v && !(v + 1 < sent.range().end() && (c.tok(v + 1).isPropn() || c.tok(v + 1).is("DET") || c.tok(v + 1).is("PRON")))) {
            return false;
        } else if (comma + 1 == v && !c.tok(v).lemma().equals("say")) {
            return false;   // English puts the subject after the verb only with "said": ", told the plenary" has its subject before the comma
        } else if (comma + 1 < v && c.doc.annotated().tokens().subList(comma + 1, v).stream().allMatch(t -> t.is("AUX"))) {
            return false;   // "The 52-year-old, of Croydon, had admitted fraud": no subject after the comma, the words before it are the subject
        }
        for (int i = opens + 1; i < v && head == v; i++) {   // "…, hat X am Freitag gesagt": the tail is checked above
            Token t = c.tok(i);
            boolean possessor = t.upos().equals("NOUN+PART") || t.upos().equals("PROPN+PART");   // "the club's owner wrote"
            if (!(t.is("PRON") || t.is("PROPN") || t.is("DET") || t.is("NOUN") || possessor || t.is("ADJ") || t.is("AUX") && (i == v - 1 || i == head))) return false;   // "… has said", "…, hat X gesagt"
        }
        if (c.clauses.relativeClauseBefore(b, comma)) return false;
        CharSpan part = c.clauses.trim(b, comma, sent);
        if (part.isEmpty()) return false;
        for (Quote q : c.doc.quotes())
            if (q.marked().covers(part) || q.content().covers(part) || part.covers(q.marked()) && q.marked().length() * 10 > part.length() * 7) return false;
        if (standAloneQuoteBefore(c, b, comma)) return false;
        List<Token> pt = c.doc.annotated().tokens(c.doc.annotated().tokensWithin(part));
        if (pt.stream().noneMatch(Token::isVerbal) && pt.size() < 5) return false;
        // "Der Trainer des TSV Oberau, Paul Winkler, lobte …": words without a verb that end in a name are the verb's subject
        if (pt.stream().noneMatch(Token::isVerbal) && c.doc.personAt(pt.getLast().index()).isPresent()) return false;
        if (!mainVerb(c, pt)) return false;
        // a part that holds a speech verb with its own clause is that verb's statement, not this one's
        for (Draft r : c.sofar.reported()) if (part.covers(r.words()) || r.cue() != null && part.covers(r.cue())) return false;
        c.report(part, v, sent, NAME, firstPerson(c, pt));
        return true;
    }

    /**
     * "Ich habe den Konzern übernommen, schrieb die Vorstandschefin", "We will appeal, the club wrote": first-person
     * words without Konjunktiv are the speaker's own, unmarked direct speech (ANNOTATION.md).
     */
    private static boolean firstPerson(Context c, List<Token> pt) {
        if (pt.isEmpty()) return false;
        boolean ich = pt.stream().anyMatch(t -> t.text().equalsIgnoreCase("ich"));   // "ich habe" is no Konjunktiv
        if (!ich && c.doc.moods().hasKonjunktiv(pt.getFirst().index(), pt.getLast().index() + 1)) return false;
        return pt.stream().anyMatch(t -> c.lex.is(WordClass.FIRST_PERSON, t.text()) && !c.doc.insideQuote(t.span()) && (t.is("PRON") || t.is("DET")));
    }

    /**
     * "…, hatte die Ministerin bei ihrem Besuch in Kiel am Rande der Konferenz gesagt.": a perfect attribution may hold a
     * long time or place between its auxiliary and the participle at the end; the comma before the auxiliary, with no
     * other verb or comma in between, within {@link ClauseEnds#MAX_ATTRIBUTION_WORDS}; -1 when there is none.
     */
    private static int perfectComma(Context c, Sentence sent, int v) {
        if (!lastWord(c, sent, v)) return -1;
        for (int i = v - 1; i > sent.range().begin() && v - i <= ClauseEnds.MAX_ATTRIBUTION_WORDS; i--) {
            Token t = c.tok(i);
            if (t.text().equals(",")) return i + 1 < v && c.lex.is(WordClass.PERFECT_AUX, c.tok(i + 1).text()) ? i : -1;
            if (t.isVerbal() && !c.lex.is(WordClass.PERFECT_AUX, t.text()) && !c.lex.is(WordClass.TIME_ADVERB, t.text()) || c.doc.insideQuote(t.span())) return -1;
        }
        return -1;
    }

    /** The verb is the sentence's last word ("…, hat Finanzminister X gesagt."). */
    private static boolean lastWord(Context c, Sentence sent, int v) {
        for (int i = v + 1; i < sent.range().end(); i++) if (!c.tok(i).isPunct()) return false;
        return true;
    }

    /**
     * "X fügte hinzu: „…“ „…“, fügte er hinzu": the words before the comma end with a quotation that stands alone —
     * after a colon, after another quotation or at the start of the sentence — so the attribution is the quotation's
     * (the quotation sieves), not a preposed clause's; "Die Lage sei „sehr ernst“, sagte sie" keeps its clause.
     */
    private static boolean standAloneQuoteBefore(Context c, int b, int comma) {
        int close = comma - 1;
        if (close <= b || !c.doc.isQuoteMark(c.tok(close))) return false;
        java.util.Optional<Quote> q = c.doc.quoteEndingAt(c.tok(close).span().end());
        if (q.isEmpty()) return false;
        int open = c.doc.tokenFrom(q.get().marked().begin(), -1);
        if (open <= b) return true;
        Token before = c.tok(open - 1);
        return before.text().equals(":") || c.doc.isQuoteMark(before);
    }

    /**
     * Whether the part has a verb of its own, not only a participle that opens it ("Addressing the summit, Orlov
     * said …") or verbs of a relative clause after a phrase ("Auf der Pressekonferenz, die zehn Minuten dauerte, sagte
     * …"): then it is a fronted adverbial of the attribution, not what was said.
     */
    private static boolean mainVerb(Context c, List<Token> pt) {
        if (pt.isEmpty()) return false;
        Token first = pt.getFirst();
        boolean participle = !c.doc.german() && first.is("VERB") && (first.text().endsWith("ing") || first.text().endsWith("ed"));
        boolean relative = false;
        for (int i = participle ? 1 : 0; i < pt.size(); i++) {
            Token t = pt.get(i);
            if (t.text().equals(",")) relative = i + 1 < pt.size() && c.lex.is(Lexicon.WordClass.RELATIVE, pt.get(i + 1).text());
            else if (t.isVerbal() && !relative) return true;
        }
        return !participle && pt.stream().noneMatch(Token::isVerbal);   // no verb at all: a short quotation or fragment, judged above
    }
}
