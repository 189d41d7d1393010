package org.w3id.newskg.extract.statement;

import java.util.List;
import java.util.Optional;
import org.w3id.newskg.extract.person.People;
import org.w3id.newskg.model.CharSpan;
import org.w3id.newskg.model.Sentence;
import org.w3id.newskg.model.Token;

/**
 * {@code speaker-block}: "Stadträtin Jana Beispiel (Grüne):" alone on a line, then her words unmarked on the next
 * line — unmarked direct speech (ANNOTATION.md), the person named in the label line its speaker; a label with only a
 * title ("Vorsitzende Richterin:") stands for the person named earlier with that role.
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
        if (who.isEmpty()) who = titled(c, sent);
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

    /**
     * "Leiterin des Gymnasiums am Markt:", "Vorsitzende Richterin:": a label with a title and no name stands for the
     * person named before it whose role ends in that title ("Die Schulleiterin Petra Engel"), the latest such one.
     */
    private static Optional<People.Ref> titled(Context c, Sentence sent) {
        List<String> titles = sent.tokens().stream().filter(t -> c.lex.title(t.text()).isPresent())
                .map(t -> t.text().toLowerCase(java.util.Locale.ROOT)).toList();
        if (titles.isEmpty()) return Optional.empty();
        People.Ref found = null;
        for (People.Ref r : c.doc.people().refs()) {
            if (r.span().end() > sent.span().begin() || !c.doc.isPerson(r)) continue;
            for (org.w3id.newskg.model.Role role : c.doc.people().get(r.entity()).roles()) {
                String held = role.title().toLowerCase(java.util.Locale.ROOT);
                if (titles.stream().anyMatch(held::endsWith)) found = r;
            }
        }
        return Optional.ofNullable(found);
    }
}
