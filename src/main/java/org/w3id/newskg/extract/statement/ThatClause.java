package org.w3id.newskg.extract.statement;

import org.w3id.newskg.extract.Lexicon.Frame;
import org.w3id.newskg.extract.Lexicon.SpeechVerb;
import org.w3id.newskg.extract.Lexicon.WordClass;
import org.w3id.newskg.model.CharSpan;
import org.w3id.newskg.model.Sentence;
import org.w3id.newskg.model.Token;

/**
 * {@code that-clause}: a dass/that clause after the speech verb, or an indirect question after a verb that takes one
 * ("betonte, dass …", "said that …", "fragte, ob …", "was asked whether …"). Coordinated complementizers give one
 * statement each part ({@link ClauseEnds#parts}).
 */
final class ThatClause implements VerbComplement {
    static final String NAME = "that-clause";
    /** "berichtete X dem Sender in einem Gespräch, dass": the complementizer within this many words of the verb. */
    private static final int REACH = 15;

    @Override public String name() { return NAME; }

    @Override
    public boolean find(Context c, Sentence sent, int v, SpeechVerb verb) {
        if (!c.doc.german() && inIndirectQuestion(c, sent, v)) return false;
        // "Asked what it meant for the league that …, X replied …": a participle opening the sentence is no speech act of its own
        if (!c.doc.german() && v == sent.range().begin() && c.tok(v).text().endsWith("ed")) return false;
        int end = sent.range().end(), reach = v + REACH;
        for (int i = v + 1; i < Math.min(end, reach); i++) {
            Token t = c.tok(i);
            String w = t.text();
            int inserted = infinitiveInsertion(c, i, end);
            if (inserted > i) { reach += inserted - i; i = inserted; continue; }
            int name = c.clauses.afterQuotedName(i, end);   // "berichtet die Ausgabe des „Tagblatts“, dass": a quoted name
            if (name > i) { reach += name - i; i = name - 1; continue; }
            boolean that = c.lex.is(WordClass.THAT, w) && (c.doc.german() || !t.is("PRON") && !t.is("DET") || c.clauses.complementThat(i, end));
            // an indirect question needs a verb that takes one ("fragte, ob"; not "as reports swirl as to whether")
            boolean question = c.lex.is(WordClass.COMPLEMENTIZER, w) && verb.takes(Frame.WH) && (c.lex.is(WordClass.WHETHER, w) || i == v + 1);
            if (that || question) {
                if (!c.doc.german() && c.lex.is(WordClass.THAT, w) && i + 1 < end && c.tok(i + 1).isPunct() && !c.doc.isQuoteMark(c.tok(i + 1))) return false;
                int b = i + 1;
                if (b >= end || c.clauses.deniedClaim(v, i, verb.lemma())) return false;
                for (CharSpan part : c.clauses.parts(b, end, sent)) c.report(part, v, sent, NAME);
                return true;
            }
            // a verb ends the search, unless it is the particle of a multi-word verb ("ließ wissen, dass")
            if (t.is("VERB") && !t.text().equalsIgnoreCase(verb.particle()) && !nounAfterTo(c, i) || t.text().equals(".") || c.doc.isQuoteMark(t)) break;
        }
        return false;
    }

    /**
     * "sagte X, ohne auf Details einzugehen, dass …": an infinitive clause opened by "ohne"/"um"/"statt" after a comma,
     * inserted between the verb and its complement; the comma that closes it, else {@code i}.
     */
    private static int infinitiveInsertion(Context c, int i, int end) {
        if (i + 1 >= end || !c.tok(i).text().equals(",") || !c.lex.is(WordClass.INFINITIVE_OPENER, c.tok(i + 1).text())) return i;
        for (int k = i + 2; k < end; k++) {
            String w = c.tok(k).text();
            if (w.equals(",")) return c.clauses.hasZuInfinitiveToEnd(i + 2, k + 1) ? k : i;
            if (w.equals(".") || c.doc.isQuoteMark(c.tok(k))) return i;
        }
        return i;
    }

    /**
     * "wrote in a letter to residents that …": an English "-s" form after "to" is a plural noun the tagger read as a
     * verb (an infinitive has no "-s"), so the search for "that" goes on.
     */
    private static boolean nounAfterTo(Context c, int i) {
        return !c.doc.german() && i > 0 && c.tok(i - 1).text().equalsIgnoreCase("to") && c.tok(i).text().endsWith("s")
                && !c.tok(i).text().endsWith("ss") && !c.tok(i).lemma().equalsIgnoreCase(c.tok(i).text());
    }

    /**
     * "Asked what it said for the league that X left, …": an English verb right after a question word and its subject
     * ("what it", "how the minister") is inside an indirect question, not a speech act with a clause of its own;
     * "who claimed that …" is a speaker's relative clause and stays.
     */
    private static boolean inIndirectQuestion(Context c, Sentence sent, int v) {
        int k = v - 1;
        while (k > sent.range().begin() && k >= v - 3 && !c.lex.is(WordClass.COMPLEMENTIZER, c.tok(k).text())
                && (c.tok(k).is("PRON") || c.tok(k).is("DET") || c.tok(k).is("NOUN") || c.tok(k).isPropn())) k--;
        if (k == v - 1 || k < sent.range().begin()) return false;
        String w = c.tok(k).text();
        return c.lex.is(WordClass.COMPLEMENTIZER, w) && !c.lex.is(WordClass.THAT, w) && !c.lex.is(WordClass.RELATIVE, w);
    }
}
