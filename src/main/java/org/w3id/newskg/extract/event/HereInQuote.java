package org.w3id.newskg.extract.event;

import java.util.List;
import org.w3id.newskg.extract.EventCues.Kind;
import org.w3id.newskg.extract.doc.PersonRef;
import org.w3id.newskg.model.Sentence;
import org.w3id.newskg.model.Token;

/**
 * {@code here-in-quote}: "„Wir sind hier, um …“, sagte sie": a speaker who says "we … here" in a quotation speaks
 * where the event is, and takes part in the nearest held event. The speaker is a person named outside the
 * quotation marks of the sentence, right beside a verb of saying.
 */
final class HereInQuote implements EventRule.OverArticle {
    static final String NAME = "here-in-quote";

    @Override public String name() { return NAME; }

    @Override
    public void find(Scan s, List<Cue> cues) {
        for (Sentence sent : s.doc.sentences()) {
            boolean here = false, first = false;
            for (Token t : sent.tokens()) {
                here |= s.cues.is(Kind.HERE, t.text());
                first |= s.cues.is(Kind.FIRST_PERSON, t.text());
            }
            if (here && first) speakers(s, sent, cues);
        }
    }

    private static void speakers(Scan s, Sentence sent, List<Cue> cues) {
        String x = s.doc.text();
        int lastMark = -1, firstMark = -1;
        for (int i = sent.span().begin(); i < sent.span().end(); i++) {
            if (!quoteMark(s, x, i)) continue;
            if (firstMark < 0) firstMark = i;
            lastMark = i;
        }
        if (lastMark < 0) return;
        for (PersonRef r : s.persons.named(sent.range().begin(), sent.range().end())) {
            int t = r.token();
            boolean outside = r.ref().span().begin() > lastMark || r.ref().span().end() <= firstMark;
            boolean saying = t > 0 && s.lex.speechVerb(s.tok(t - 1).text()).isPresent() || t + 1 < s.toks.size() && s.lex.speechVerb(s.tok(t + 1).text()).isPresent();
            if (outside && saying) cues.add(new Cue.InQuote(t, r.entity()));
        }
    }

    /** A quotation mark of the language at offset i; an apostrophe inside a word ("Britain’s") is none. */
    private static boolean quoteMark(Scan s, String x, int i) {
        if (!s.lex.isQuoteMark(x.charAt(i))) return false;
        return !(i > 0 && i + 1 < x.length() && Character.isLetter(x.charAt(i - 1)) && Character.isLetter(x.charAt(i + 1)));
    }
}
