package org.w3id.newskg.extract.statement;

import java.util.Optional;
import org.w3id.newskg.extract.doc.Quote;
import org.w3id.newskg.extract.person.People;
import org.w3id.newskg.model.CharSpan;
import org.w3id.newskg.model.Sentence;

/** {@code name-colon}: "Jana Beispiel: „…“": a person named right before the colon that opens the quotation. */
final class NameColon implements SpeakerSieve {
    static final String NAME = "name-colon";
    /** The name within this many words before the colon. */
    private static final int REACH = 4;

    @Override public String name() { return NAME; }

    @Override
    public Optional<Draft> attribute(Context c, Quote q, Draft open) {
        int before = VerbBeforeQuote.lastBefore(c, q);
        if (before < 0 || !c.tok(before).text().equals(":")) return Optional.empty();
        Sentence sb = c.doc.sentenceOf(before);
        CharSpan window = new CharSpan(c.tok(Math.max(sb.range().begin(), before - REACH)).span().begin(), c.tok(before).span().begin());
        Optional<People.Ref> r = c.doc.people().refIn(window);
        if (r.isEmpty() || !c.doc.isPerson(r.get())) return Optional.empty();
        return Optional.of(open.with(c.subjects.person(r.get(), open.words())).by(NAME));
    }
}
