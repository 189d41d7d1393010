package org.w3id.newskg.extract.statement;

import java.util.Optional;
import org.w3id.newskg.extract.Lexicon.WordClass;
import org.w3id.newskg.extract.doc.Quote;
import org.w3id.newskg.model.CharSpan;

/** {@code so-after-quote}: "„…“ – so X", "„…“, laut X": an attribution word right after the quotation names the speaker. */
final class SoAfterQuote implements SpeakerSieve {
    static final String NAME = "so-after-quote";
    /** The speaker within this many words of the attribution word. */
    private static final int REACH = 6;

    @Override public String name() { return NAME; }

    @Override
    public Optional<Draft> attribute(Context c, Quote q, Draft open) {
        Optional<VerbAfterQuote.After> found = VerbAfterQuote.After.of(c, q);
        if (found.isEmpty()) return Optional.empty();
        VerbAfterQuote.After a = found.get();
        int i = a.first(), end = a.sent().range().end();
        if (c.doc.size() <= i || a.brokenAt(c, q, i) || !c.lex.is(WordClass.ATTRIBUTION_AFTER_QUOTE, c.tok(i).text()) || i + 1 >= end) return Optional.empty();
        CharSpan window = new CharSpan(c.tok(i).span().begin(), c.tok(Math.min(end, i + REACH) - 1).span().end());
        return c.subjects.near(i, window, open.words(), true).map(s -> open.with(s).cue(c.tok(i).span()).by(NAME));
    }
}
