package org.w3id.newskg.extract.statement;

import java.util.Optional;
import org.w3id.newskg.extract.doc.Quote;
import org.w3id.newskg.extract.person.People;

/**
 * {@code quote-run}: a quotation right after another statement of a person (same or next paragraph), with no other
 * person named between, continues that speaker: "„…“, sagte X. „…“"
 */
final class QuoteRun implements SpeakerSieve {
    static final String NAME = "quote-run";
    /** The run breaks after this many characters … */
    private static final int MAX_GAP = 400;
    /** … or more than this many line breaks. */
    private static final int MAX_LINE_BREAKS = 2;

    @Override public String name() { return NAME; }

    @Override
    public Optional<Draft> attribute(Context c, Quote q, Draft open) {
        Draft prev = c.sofar.lastBefore(q.marked().begin());
        if (prev == null || prev.speaker() == null) return Optional.empty();
        String between = c.doc.text().substring(Math.min(prev.words().end(), q.marked().begin()), q.marked().begin());
        if (between.length() > MAX_GAP || between.chars().filter(ch -> ch == '\n').count() > MAX_LINE_BREAKS) return Optional.empty();
        for (People.Ref r : c.doc.people().refs())   // another person named between the two takes over the floor
            if (r.span().begin() >= prev.words().end() && r.span().end() <= q.marked().begin() && c.doc.isPerson(r) && !r.entity().equals(prev.speaker()))
                return Optional.empty();
        return Optional.of(open.copiedFrom(prev, NAME));
    }
}
