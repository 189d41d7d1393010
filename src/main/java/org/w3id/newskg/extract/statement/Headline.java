package org.w3id.newskg.extract.statement;

import java.util.List;
import java.util.Optional;
import org.w3id.newskg.extract.person.People;
import org.w3id.newskg.model.CharSpan;
import org.w3id.newskg.model.Sentence;
import org.w3id.newskg.model.Token;

/** {@code headline}: a line of its own "Name: claim" (or "Name auf X: claim"), the name a person's: the claim is theirs. */
final class Headline implements StatementRule {
    static final String NAME = "headline";
    /** The colon within this many words of the line's start. */
    private static final int NAME_WORDS = 6;

    @Override public String name() { return NAME; }

    @Override
    public boolean find(Context c, Sentence sent) {
        if (!c.doc.ownLine(sent)) return false;
        List<Token> st = sent.tokens();
        for (int k = 1; k < Math.min(st.size() - 2, NAME_WORDS); k++) {
            if (!st.get(k).text().equals(":")) continue;
            Optional<People.Ref> r = c.doc.people().refIn(new CharSpan(st.getFirst().span().begin(), st.get(k).span().begin()));
            if (r.isEmpty() || !c.doc.isPerson(r.get())) return false;
            CharSpan words = c.clauses.trim(st.get(k + 1).index(), sent.range().end(), sent);
            if (words.isEmpty() || c.sofar.covered(words)) return false;
            c.sofar.addReported(Draft.reported(words, NAME).with(c.subjects.person(r.get(), words)));
            return true;
        }
        return false;
    }
}
