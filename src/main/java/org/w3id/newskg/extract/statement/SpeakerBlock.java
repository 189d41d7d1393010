package org.w3id.newskg.extract.statement;

import java.util.List;
import java.util.Optional;
import org.w3id.newskg.extract.person.People;
import org.w3id.newskg.model.CharSpan;
import org.w3id.newskg.model.Sentence;
import org.w3id.newskg.model.Token;

/**
 * {@code speaker-block}: "Stadträtin Jana Beispiel (Grüne):" alone on a line, then her words unmarked on the next
 * line — unmarked direct speech (ANNOTATION.md), the person named in the label line its speaker.
 */
final class SpeakerBlock implements StatementRule {
    static final String NAME = "speaker-block";
    /** The label line has at most this many words. */
    private static final int LABEL_WORDS = 16;
    /** The words under it have at least this many characters. */
    private static final int MIN_CHARACTERS = 10;

    @Override public String name() { return NAME; }

    @Override
    public boolean find(Context c, Sentence sent) {
        List<Token> st = sent.tokens();
        if (st.size() < 2 || st.size() > LABEL_WORDS || !st.getLast().text().equals(":")) return false;
        String s = c.doc.text();
        int lineEnd = s.indexOf('\n', sent.span().end());
        if (lineEnd < 0 || !s.substring(sent.span().end(), lineEnd).isBlank()) return false;
        if (st.stream().anyMatch(t -> t.is("VERB"))) return false;
        Optional<People.Ref> who = c.doc.people().refs().stream().filter(r -> sent.span().covers(r.span()) && c.doc.isPerson(r)).findFirst();
        if (who.isEmpty()) return false;
        int b = lineEnd;
        while (b < s.length() && Character.isWhitespace(s.charAt(b))) b++;
        int e = s.indexOf('\n', b);
        if (e < 0) e = s.length();
        while (e > b && Character.isWhitespace(s.charAt(e - 1))) e--;
        if (e - b < MIN_CHARACTERS || c.lex.quoteMarks().containsKey(s.charAt(b))) return false;
        CharSpan words = new CharSpan(b, e);
        c.sofar.addDirect(Draft.direct(words, NAME).with(c.subjects.person(who.get(), words)));
        return true;
    }
}
