package org.w3id.newskg.extract.statement;

import java.util.Optional;
import org.w3id.newskg.extract.doc.Quote;
import org.w3id.newskg.model.CharSpan;
import org.w3id.newskg.model.Sentence;

/**
 * {@code verb-before-quote}: "X sagte: „…“", "X sagte, „…“", "X fügte hinzu: „…“, aber „…“": a speech verb before the
 * quotation in its sentence (also before an earlier quotation of the sentence); its subject is the speaker.
 */
final class VerbBeforeQuote implements SpeakerSieve {
    static final String NAME = "verb-before-quote";

    @Override public String name() { return NAME; }

    /** The last token before the quotation's opening mark when it is in the same sentence as the mark, else -1. */
    static int lastBefore(Context c, Quote q) {
        int before = c.doc.tokenFrom(q.marked().begin(), 0) - 1;
        if (before < 0 || !c.doc.sentenceOf(before).span().covers(new CharSpan(q.marked().begin(), q.marked().begin()))) return -1;
        return before;
    }

    @Override
    public Optional<Draft> attribute(Context c, Quote q, Draft open) {
        int before = lastBefore(c, q);
        if (before < 0) return Optional.empty();
        Sentence sb = c.doc.sentenceOf(before);
        for (int v = before; v >= sb.range().begin(); v--) {
            if (c.doc.isQuoteMark(c.tok(v))) {   // another quotation of the sentence: the verb may stand before both
                Optional<Quote> other = c.doc.quoteEndingAt(c.tok(v).span().end());
                if (other.isEmpty()) break;
                v = c.doc.tokenFrom(other.get().marked().begin(), sb.range().begin());
                continue;
            }
            if (c.doc.verbs().speechVerbAt(v) && !c.doc.verbs().negated(v, sb)) {
                Optional<Attribution> s = c.subjects.near(v, new CharSpan(sb.span().begin(), c.tok(before).span().end()), open.words(), false);
                if (s.isPresent()) return Optional.of(open.with(s.get()).cue(c.tok(v).span()).by(NAME));
            }
        }
        return Optional.empty();
    }
}
