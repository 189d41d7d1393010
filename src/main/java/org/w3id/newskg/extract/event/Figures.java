package org.w3id.newskg.extract.event;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3id.newskg.extract.doc.ArticleDoc;
import org.w3id.newskg.extract.doc.Clause;
import org.w3id.newskg.model.Sentence;
import org.w3id.newskg.model.Token;

/**
 * What the words around a mention say of its event besides who took part: its places as written ({@link
 * PlaceFinder}: a modifier, "Lapland-Gipfel"; a locative of the clause nearest to this mention; for a clause that
 * opens with a participle, the clause before; for a verb, its sentence), its time ({@link When}), its duration
 * ({@link Durations}: before the noun, "a three-day conference", else in the sentence) and its format ({@link
 * Formats}). Time, duration and format are read only for the first mention of its sentence that is about a
 * particular event; a headline has no time.
 */
final class Figures {
    /** A duration written right before an event noun starts at most this many tokens before it ("einem gut dreistündigen Krisentreffen"). */
    static final int DURATION_BEFORE = 4;

    /**
     * What a mention's words say of its event.
     *
     * @param places the places as written, in text order
     */
    record Facts(List<PlaceFinder.Place> places, Optional<When> when, Optional<Duration> duration, Optional<String> format) {
        /** A mention that says nothing. */
        static final Facts NONE = new Facts(List.of(), Optional.empty(), Optional.empty(), Optional.empty());

        Facts {
            places = List.copyOf(places);
        }
    }

    private final Scan s;
    private final ArticleDoc doc;
    private final Durations durations;
    private final Formats formats;
    private final Optional<LocalDate> published;

    Figures(Scan s, Durations durations, Formats formats, Optional<LocalDate> published) {
        this.s = s;
        this.doc = s.doc;
        this.durations = durations;
        this.formats = formats;
        this.published = published;
    }

    /** The publication date, against which weekdays and relative days are resolved. */
    Optional<LocalDate> published() { return published; }

    /** What the mention's words say, among the mentions found ({@link Scan#mentions}). */
    Facts of(Mention m) {
        Clause c = doc.clauseOf(m.token());
        List<PlaceFinder.Place> places = new ArrayList<>();
        if (!m.implicit()) s.places.modifier(m.token()).ifPresent(places::add);
        for (PlaceFinder.Place p : s.places.locative(c.from(), c.to())) {
            int pt = doc.tokenFrom(p.span().begin(), m.token());
            if (nearest(c, pt) == m) places.add(p);
        }
        Optional<Clause> before = doc.clauseBefore(c);
        if (places.isEmpty() && !m.implicit() && participle(doc.token(c.from())) && before.isPresent()
                && s.mentions.stream().noneMatch(o -> before.get().covers(o.token()) && !o.generic()))
            places.addAll(s.places.locative(before.get().from(), before.get().to()));
        Sentence sent = doc.sentenceOf(m.token());
        if (m.implicit() && places.isEmpty() && s.mentions.stream().noneMatch(o -> !o.implicit() && !o.generic() && doc.sentenceOf(o.token()) == sent))
            places.addAll(s.places.locative(sent.range().begin(), sent.range().end()));
        if (!firstOfSentence(m, c, sent) || m.notThis()) return new Facts(places, Optional.empty(), Optional.empty(), Optional.empty());
        List<Token> st = sent.tokens();
        String words = sent.span().in(doc.text());
        Optional<When> when = When.in(st.subList(Math.max(0, c.from() - st.getFirst().index()), st.size()), s.cues, published, m.planned());
        if (when.isEmpty()) when = When.in(st, s.cues, published, m.planned());
        if (doc.shortUnpunctuated(sent)) when = Optional.empty();
        Optional<Duration> duration = before(c, m).or(() -> durations.in(words));
        return new Facts(places, when, duration, formats.in(words, w -> s.lex.eventNoun(w).isPresent()));
    }

    /** No mention of a particular event stands before it in another clause of its sentence. */
    private boolean firstOfSentence(Mention m, Clause c, Sentence sent) {
        for (Mention o : s.mentions)
            if (o != m && !o.generic() && doc.sentenceOf(o.token()) == sent && !o.notThis() && o.token() < m.token() && doc.clauseOf(o.token()) != c) return false;
        return true;
    }

    /** A duration written right before the event noun: "a three-day conference", "einem gut dreistündigen Krisentreffen". */
    Optional<Duration> before(Clause c, Mention m) {
        int from = Math.max(c.from(), m.token() - DURATION_BEFORE);
        return durations.in(doc.text().substring(doc.token(from).span().begin(), doc.token(m.token()).span().end()));
    }

    /** A clause opening with a participle ("…, ending a four-hour meeting") has its subject and place before it. */
    boolean participle(Token t) { return s.cues.verbal(t) && s.english() && t.text().endsWith("ing"); }

    /** The mention of the clause nearest to a token (mentions of an event the clause is not about only when there is no other). */
    private Mention nearest(Clause c, int token) {
        Mention best = null;
        for (Mention m : s.mentions)
            if (c.covers(m.token()) && !m.generic() && (best == null || Math.abs(m.token() - token) < Math.abs(best.token() - token)) && !(m.notThis() && best != null))
                best = m;
        return best;
    }
}
