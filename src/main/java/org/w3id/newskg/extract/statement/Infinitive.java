package org.w3id.newskg.extract.statement;

import org.w3id.newskg.extract.Lexicon.Frame;
import org.w3id.newskg.extract.Lexicon.WordClass;
import org.w3id.newskg.extract.Lexicon.SpeechVerb;
import org.w3id.newskg.model.Sentence;
import org.w3id.newskg.model.Token;

/**
 * {@code infinitive}: a non-finite complement of a speech verb whose frames take one. German: after a comma, a
 * zu-infinitive ("rief dazu auf, …", "forderte X auf, … zu …"); English: a to-infinitive after the verb and its object
 * ("urged the council to …", "called on X to …"), or "of" after an accusation ("accused X of …"). The object noun
 * phrase is not part of the statement (ANNOTATION.md).
 */
final class Infinitive implements VerbComplement {
    static final String NAME = "infinitive";
    /** German: the comma before the infinitive within this many words of the verb. */
    private static final int COMMA_REACH = 12;
    /** English: "to" or "of" within this many words of the verb. */
    private static final int OBJECT_REACH = 10;

    @Override public String name() { return NAME; }

    @Override
    public boolean find(Context c, Sentence sent, int v, SpeechVerb verb) {
        if (!verb.takesInfinitive()) return false;
        return c.doc.german() ? german(c, sent, v, verb) : english(c, sent, v, verb);
    }

    private boolean german(Context c, Sentence sent, int v, SpeechVerb verb) {
        int end = sent.range().end();
        int particle = c.clauses.separatedParticle(v, verb, end), from = particle > 0 ? particle : v;
        int i = from + 1;
        while (i < end && i < from + COMMA_REACH && !c.tok(i).text().equals(",")) i++;
        int bare = withoutComma(c, sent, v, verb);
        if (bare >= 0 && (i >= end - 1 || !c.tok(i).text().equals(",") || bare < i)) {
            c.report(c.clauses.trim(bare, end, sent), v, sent, NAME);
            return true;
        }
        if (i >= end - 1) return false;
        int b = i + 1;
        if (c.doc.isQuoteMark(c.tok(b)) && wholeQuote(c, b, end)) return false;
        // a zu-infinitive right after the comma, or later but not across a verb-final clause ("…zu, der Länder
        // unterstützen soll, sich … einzustellen")
        if (!c.clauses.hasZuInfinitive(b, end) && (!c.clauses.hasZuInfinitiveToEnd(b, end) || c.clauses.verbFinalClause(b, end))) return false;
        c.report(c.clauses.trim(b, end, sent), v, sent, NAME);
        return true;
    }

    /**
     * German, the zu-infinitive without a comma (optional in today's spelling): "hat angekündigt die Preise zu erhöhen",
     * "bietet an den Lohn zu erhöhen". The verb closes its clause — a participle after an auxiliary, or a verb with its
     * separated particle right after it — and the words after it, without a verb or punctuation, end the sentence with
     * "zu" and a verb (or a fused "niederzulegen"). The index of the infinitive group's first word, else -1.
     */
    private static int withoutComma(Context c, Sentence sent, int v, SpeechVerb verb) {
        int end = sent.range().end(), b = v + 1;
        if (b < end && !verb.particle().isEmpty() && c.tok(b).text().equalsIgnoreCase(verb.particle())) b++;
        else if (!afterAuxiliary(c, sent, v)) return -1;
        for (int k = b; k < end; k++) {
            Token t = c.tok(k);
            boolean zu = t.text().equals("zu") && k + 1 < end && c.tok(k + 1).isVerbal();
            if (zu || c.clauses.fusedZuInfinitive(t)) {
                int e = zu ? k + 2 : k + 1;
                return k > b && (e >= end || c.tok(e).text().equals(".")) ? b : -1;
            }
            if (t.isPunct() || c.doc.isQuoteMark(t) || t.isVerbal()) return -1;
        }
        return -1;
    }

    /** The verb at {@code v} is a participle: an auxiliary stands before it in its clause ("hat … angekündigt"). */
    private static boolean afterAuxiliary(Context c, Sentence sent, int v) {
        if (!c.tok(v).is("VERB")) return false;
        for (int k = v - 1; k >= sent.range().begin() && !c.tok(k).text().equals(","); k--) if (c.tok(k).is("AUX")) return true;
        return false;
    }

    private boolean english(Context c, Sentence sent, int v, SpeechVerb verb) {
        int end = sent.range().end();
        if (predicativeAdjective(c, v, end)) return false;   // "pleaded guilty to fraud": a plea, no complement of saying
        for (int i = v + 1; i < Math.min(end, v + OBJECT_REACH); i++) {
            String w = c.tok(i).text();
            boolean to = w.equalsIgnoreCase("to") && (verb.takes(Frame.OBJ_INF) || verb.takes(Frame.INF)) && i + 1 < end
                    && (c.tok(i + 1).isVerbal() || c.tok(i + 1).text().equals("not")
                        || c.doc.isQuoteMark(c.tok(i + 1)) && i + 2 < end && quotedVerb(c.tok(i + 2)));   // 'urged staff to "stay calm" …'
            if (to || w.equalsIgnoreCase("not") && i + 1 < end && c.tok(i + 1).text().equals("to")) {
                if (i + 1 < end && c.doc.isQuoteMark(c.tok(i + 1)) && wholeQuote(c, i + 1, end)) return false;
                c.report(c.clauses.trim(i, end, sent), v, sent, NAME);
                return true;
            }
            // "blamed the allies for undermining …": the deed in a gerund after "for"
            // ("Thank you for …" opening a sentence is a formula, not a report)
            boolean deed = c.lex.is(WordClass.FOR, w) && verb.takes(Frame.OBJ_FOR) && i + 1 < end && c.tok(i + 1).text().endsWith("ing")
                    && v > sent.range().begin() && !c.tok(v + 1).text().equalsIgnoreCase("you");
            if (w.equalsIgnoreCase("of") && verb.takes(Frame.OBJ_OF) && i + 1 < end || deed) {
                c.report(c.clauses.trim(i + 1, deed ? deedEnd(c, i + 1, end) : end, sent), v, sent, NAME);
                return true;
            }
            boolean participle = c.tok(i).text().endsWith("ing") && i + 1 < end && c.tok(i + 1).is("NOUN");   // "the ruling group"
            if (c.tok(i).isVerbal() && !participle || c.tok(i).text().equals(".")) break;
        }
        return false;
    }

    /**
     * "pleaded (not) guilty to …": an adjective right after the verb that opens no noun phrase is a predicative, and
     * the verb has no object to report to.
     */
    private static boolean predicativeAdjective(Context c, int v, int end) {
        int a = v + 1;
        if (a < end && c.lex.is(WordClass.NEGATION, c.tok(a).text().toLowerCase(java.util.Locale.ROOT))) a++;
        return a + 1 < end && c.tok(a).is("ADJ") && !c.tok(a).isCapitalised() && !(c.tok(a + 1).is("NOUN") || c.tok(a + 1).is("ADJ") || c.tok(a + 1).isPropn());
    }

    /**
     * "praised the volunteers for cleaning the park, as residents gathered …": the deed's gerund phrase ends at a
     * comma before a clause conjunction; the clause after it is the author's narration.
     */
    private static int deedEnd(Context c, int b, int end) {
        for (int k = b + 1; k + 1 < end; k++)
            if (c.tok(k).text().equals(",") && !c.doc.insideQuote(c.tok(k).span()) && c.lex.is(WordClass.CLAUSE_CONJUNCTION, c.tok(k + 1).text().toLowerCase(java.util.Locale.ROOT)))
                return k;
        return end;
    }

    /** The first word of a quotation after "to": a verb, or a lower-case word the tagger reads as a noun after the mark ("to "speak freely""). */
    private static boolean quotedVerb(Token t) {
        return t.isVerbal() || t.is("NOUN") && !t.text().isEmpty() && Character.isLowerCase(t.text().charAt(0));
    }

    /**
     * The complement is a quotation and nothing more ("rief dazu auf, „sofort zu handeln“"): only the direct fragment
     * is a statement (ANNOTATION.md). Words after the quotation ("„die Seite umzublättern“ in den Beziehungen zu den
     * USA") make the complement a reported statement with the quotation inside.
     */
    private static boolean wholeQuote(Context c, int mark, int end) {
        java.util.Optional<org.w3id.newskg.extract.doc.Quote> q = c.doc.quotes().stream()
                .filter(x -> x.marked().begin() == c.tok(mark).span().begin()).findFirst();
        if (q.isEmpty()) return true;
        for (int k = c.doc.tokenFrom(q.get().marked().end(), end); k < end; k++) {
            if (c.tok(k).text().equals(",")) return true;
            if (!c.tok(k).isPunct()) return false;
        }
        return true;
    }
}
