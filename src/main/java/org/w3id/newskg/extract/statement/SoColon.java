package org.w3id.newskg.extract.statement;

import java.util.Optional;
import org.w3id.newskg.extract.Lexicon.WordClass;
import org.w3id.newskg.extract.doc.Quote;
import org.w3id.newskg.extract.person.People;
import org.w3id.newskg.model.CharSpan;
import org.w3id.newskg.model.Sentence;

/** {@code so-colon}: "…, so die Ministerin: „…“": ", so" and a person right before the colon that opens the quotation. */
final class SoColon implements SpeakerSieve {
    static final String NAME = "so-colon";
    /** "so" within this many words before the colon. */
    private static final int REACH = 5;

    @Override public String name() { return NAME; }

    @Override
    public Optional<Draft> attribute(Context c, Quote q, Draft open) {
        Optional<ColonIntro.Intro> found = ColonIntro.Intro.of(c, q);
        if (found.isEmpty()) return Optional.empty();
        Sentence sent = found.get().sent();
        int k = found.get().colon();
        int colonTok = c.doc.tokenFrom(k, -1);
        for (int i = colonTok - 1; i >= Math.max(sent.range().begin() + 1, colonTok - REACH); i--) {
            if (!c.lex.is(WordClass.SO, c.tok(i).text()) || !c.tok(i - 1).text().equals(",")) continue;
            Optional<People.Ref> r = c.doc.people().refIn(new CharSpan(c.tok(i).span().end(), k));
            if (r.isPresent() && c.doc.isPerson(r.get()))
                return Optional.of(open.with(c.subjects.person(r.get(), open.words())).cue(c.tok(i).span()).by(NAME));
        }
        return Optional.empty();
    }
}
