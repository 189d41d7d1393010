package org.w3id.newskg.extract.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3id.newskg.extract.doc.Quote;
import org.w3id.newskg.model.CharSpan;
import org.w3id.newskg.model.Token;

/**
 * Every quotation of the article, attributed by ordered sieves, each filling only what is still open:
 * <ol>
 * <li><b>decisive</b> sieves answer for the quotation whatever follows: inside a reported clause, after a naming
 *     verb (or {@link #NOT_SPEECH});
 * <li>then what is no speech drops out: a few capitalised words (a name, a title), a short fragment without a verb
 *     that no sieve beside it attributes (a scare quote);
 * <li><b>beside</b>: a speech verb or attribution word next to it; <b>colon</b>: a colon introduction; <b>run</b>:
 *     the speaker of the statement before.
 * </ol>
 * A quotation that is a clause stays even without a speaker (it is dropped later unless a step names its source).
 */
final class QuoteSieves {
    /** The name every quotation starts with. */
    static final String QUOTE = "quote";
    /** A decisive sieve's answer that the quotation is no statement. */
    static final Draft NOT_SPEECH = Draft.direct(new CharSpan(0, 0), "not-speech");
    /** A quotation of at most this many words, all capitalised, is a name or a title. */
    private static final int NAME_WORDS = 5;
    /** A quotation of at most this many words without a verb is a fragment (kept only beside a speech verb). */
    private static final int FRAGMENT_WORDS = 4;

    final List<SpeakerSieve> decisive, beside, colon, run;

    QuoteSieves(List<SpeakerSieve> decisive, List<SpeakerSieve> beside, List<SpeakerSieve> colon, List<SpeakerSieve> run) {
        this.decisive = List.copyOf(decisive);
        this.beside = List.copyOf(beside);
        this.colon = List.copyOf(colon);
        this.run = List.copyOf(run);
    }

    /** The sieves that see only the quotation's surroundings: those of the first pass ({@link LocalSpeakers}). */
    List<SpeakerSieve> local() {
        List<SpeakerSieve> all = new ArrayList<>(beside);
        all.addAll(colon);
        return all;
    }

    /** Every sieve, in order. */
    List<SpeakerSieve> all() {
        List<SpeakerSieve> all = new ArrayList<>(decisive);
        all.addAll(local());
        all.addAll(run);
        return all;
    }

    /** Attributes every quotation of the article and adds those that are statements to {@code c.sofar}. */
    void attribute(Context c) {
        for (Quote q : c.doc.quotes()) {
            Draft open = Draft.direct(q.content(), QUOTE);
            if (InsideReported.mentionedTerm(c, q)) continue;   // "the so-called “…”": mentioned, not said
            Optional<Draft> decided = first(decisive, c, q, open);
            if (decided.isPresent()) {
                if (decided.get() != NOT_SPEECH) c.sofar.addDirect(decided.get());
                continue;
            }
            List<Token> inner = c.doc.annotated().tokens(c.doc.annotated().tokensWithin(q.content()));
            boolean clause = inner.stream().anyMatch(Token::isVerbal) && inner.size() >= 3;
            if (nameLike(inner)) continue;
            Optional<Draft> found = first(beside, c, q, open);
            if (!clause && inner.size() <= FRAGMENT_WORDS && found.isEmpty()) continue;   // a name, a title, a scare quote
            if (found.isEmpty()) found = first(colon, c, q, open);
            if (found.isEmpty()) found = first(run, c, q, open);
            Draft d = found.orElse(open);
            if (!d.attributed() && !clause) continue;
            c.sofar.addDirect(d);
        }
    }

    private static Optional<Draft> first(List<SpeakerSieve> sieves, Context c, Quote q, Draft open) {
        for (SpeakerSieve s : sieves) {
            Optional<Draft> found = s.attribute(c, q, open);
            if (found.isPresent()) return found;
        }
        return Optional.empty();
    }

    /** Few words, all capitalised (articles and prepositions aside): a name or a title, not speech. */
    private static boolean nameLike(List<Token> inner) {
        if (inner.isEmpty() || inner.size() > NAME_WORDS) return false;
        return inner.stream().filter(t -> !(t.is("DET") || t.is("ADP") || t.isPunct())).allMatch(Token::isCapitalised)
                && inner.stream().noneMatch(Token::isVerbal);
    }
}
