package org.w3id.newskg.extract.statement;

import org.w3id.newskg.extract.Lexicon.SpeechVerb;
import org.w3id.newskg.model.CharSpan;
import org.w3id.newskg.model.Sentence;
import org.w3id.newskg.model.Token;

/**
 * {@code parenthetical}: an attribution between commas inside the sentence — "The bus lanes, Voss argued, will save
 * commuters ten minutes", "Die Preise, sagte Vorstandschefin Anna Vogt, würden wieder sinken". The statement is the
 * contentful segment after it (ANNOTATION.md: a reported statement interrupted by a parenthetical attribution keeps
 * only that segment); the attribution's subject is the speaker.
 */
final class Parenthetical implements VerbComplement {
    static final String NAME = "parenthetical";
    /** The attribution between the commas has at most this many words. */
    private static final int MAX_WORDS = 8;

    @Override public String name() { return NAME; }

    @Override
    public boolean find(Context c, Sentence sent, int v, SpeechVerb verb) {
        int b = sent.range().begin(), end = sent.range().end();
        int open = v - 1;   // the comma before the attribution: right before the verb ("…, sagte X, …") or before its subject ("…, X said, …")
        while (open > b && !c.tok(open).text().equals(",") && v - open <= MAX_WORDS && (subjectWord(c.tok(open)) || c.doc.personAt(open).isPresent())) open--;
        if (open <= b || !c.tok(open).text().equals(",")) return false;
        int close = v + 1;
        while (close < end && !c.tok(close).text().equals(",") && close - open <= MAX_WORDS && !c.tok(close).isVerbal()) close++;
        if (close >= end - 1 || !c.tok(close).text().equals(",")) return false;
        if (open + 1 == v && close == v + 1) return false;   // ", sagte, …": no subject
        CharSpan window = new CharSpan(c.tok(open).span().end(), c.tok(close).span().begin());
        if (c.doc.insideQuote(window)) return false;
        if (c.clauses.relativeOpener(close + 1)) return false;   // "…“, sagte Trainer X, der seit 2019 im Amt ist": a relative clause on the speaker
        CharSpan words = c.clauses.trim(close + 1, end, sent);
        if (words.isEmpty() || c.sofar.covered(words) || apposition(c, open, close + 1, words)) return false;
        var subject = c.subjects.near(v, window, words, open + 1 == v);
        if (subject.isEmpty()) return false;
        c.sofar.addReported(Draft.reported(words, NAME).with(subject.get()).cue(c.tok(v).span()));
        return true;
    }

    /**
     * "„…“, sagte der Kapitän Tom Novak, Spielführer des SV Oberau.": words without a verb after the closing comma, after a
     * quotation or opened by a title or name, are an apposition to the speaker, not the rest of what was said.
     */
    private static boolean apposition(Context c, int open, int first, CharSpan words) {
        if (c.doc.annotated().tokens(c.doc.annotated().tokensWithin(words)).stream().anyMatch(Token::isVerbal)) return false;
        Token f = c.tok(first);
        return open > 0 && c.doc.isQuoteMark(c.tok(open - 1)) || c.lex.title(f.text()).isPresent() || c.doc.personAt(first).isPresent();
    }

    /** A word of the subject's noun phrase before an English verb ("club president Ray Dunn insisted"); a person's name counts whatever its tag. */
    private static boolean subjectWord(Token t) {
        return t.isPropn() || t.is("NOUN") || t.is("DET") || t.is("ADJ") || t.is("PRON") || t.text().equals("'s") || t.text().equals("’s");
    }
}
