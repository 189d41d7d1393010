package org.w3id.newskg.extract.statement;

import java.util.Optional;
import org.w3id.newskg.extract.doc.Quote;
import org.w3id.newskg.extract.person.People;

/**
 * {@code quote-run}: a quotation right after another statement of a person (same or next paragraph), with no other
 * person named between, continues that speaker: "„…“, sagte X. „…“". A quotation alone on its line without an end
 * mark is a subheading and no one's ({@link #SUBHEADING}).
 */
final class QuoteRun implements SpeakerSieve {
    static final String NAME = "quote-run";
    /** The run breaks after this many characters … */
    private static final int MAX_GAP = 400;
    /** … or more than this many line breaks. */
    private static final int MAX_LINE_BREAKS = 2;

    @Override public String name() { return NAME; }

    /** The step of a quotation alone on its line without a full stop: a subheading, no one's words. */
    static final String SUBHEADING = "subheading";

    @Override
    public Optional<Draft> attribute(Context c, Quote q, Draft open) {
        if (c.on(SUBHEADING) && subheading(c, q)) return Optional.of(open.with(Attribution.unnamed(null, null)).by(NAME + "+" + SUBHEADING));
        Draft prev = c.sofar.lastBefore(q.marked().begin());
        if (prev == null || prev.speaker() == null) return Optional.empty();
        String between = c.doc.text().substring(Math.min(prev.words().end(), q.marked().begin()), q.marked().begin());
        if (between.length() > MAX_GAP || between.chars().filter(ch -> ch == '\n').count() > MAX_LINE_BREAKS) return Optional.empty();
        for (People.Ref r : c.doc.people().refs())   // another person named between the two takes over the floor
            if (r.span().begin() >= prev.words().end() && r.span().end() <= q.marked().begin() && c.doc.isPerson(r) && !r.entity().equals(prev.speaker()))
                return Optional.empty();
        return Optional.of(open.copiedFrom(prev, NAME));
    }

    /**
     * "„Kein guter Tag für die Stadt“" alone on its line, no full stop or other end mark inside: a subheading that
     * quotes, which the run does not give to the speaker before it (error-patterns.md I; a stand-alone quoted paragraph
     * with its full stop still continues the speaker).
     */
    private static boolean subheading(Context c, Quote q) {
        String text = c.doc.text();
        int lineStart = text.lastIndexOf('\n', q.marked().begin() - 1) + 1;
        int lineEnd = text.indexOf('\n', q.marked().end());
        if (lineEnd < 0) lineEnd = text.length();
        if (lineStart == 0 || !text.substring(lineStart, q.marked().begin()).isBlank() || !text.substring(q.marked().end(), lineEnd).isBlank()) return false;
        String words = q.content().in(text).strip();
        return !words.isEmpty() && ".!?…:".indexOf(words.charAt(words.length() - 1)) < 0;
    }
}
