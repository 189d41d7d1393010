package org.w3id.newskg.extract.event;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.w3id.newskg.extract.EventCues.Kind;
import org.w3id.newskg.extract.doc.Clause;
import org.w3id.newskg.extract.event.Mention.Det;
import org.w3id.newskg.extract.event.Mention.Prep;
import org.w3id.newskg.extract.person.People;
import org.w3id.newskg.model.EntityRef;
import org.w3id.newskg.model.Sentence;
import org.w3id.newskg.model.Token;

/**
 * Reads what the words around a mention say ({@link Mention.Reading}): its determiner, an ordinal, whether it is
 * planned or an earlier event, the preposition that governs it, the persons of a with- or between-phrase, and
 * whether it is generic — a second indefinite mention that adds nothing ("ein Treffen" again; not where the clause
 * is at it: "im Rahmen eines direkten Treffens", "bei einem Treffen"), or a bare plural
 * with nothing of its own ("Gespräche sind nötig"); a headline is never generic.
 *
 * {@snippet :
 * Mention read = new MentionReading(scan).read(Mention.of(7, "meeting", false, false));
 * read.det();     // DEF for "das Treffen"
 * }
 */
final class MentionReading {
    /** The determiner and its adjectives stand at most this many tokens before the noun ("die zweite geplante Runde"). */
    static final int DETERMINER_WINDOW = 4;
    /** The governing preposition stands at most this many tokens before the noun ("zum Auftakt des zweitägigen Gipfels"). */
    static final int PREPOSITION_WINDOW = 7;
    /** A comment noun stands at most this many tokens before the preposition ("ein Kommentar zur", "an editorial on"). */
    static final int COMMENT_WINDOW = 2;
    /** A with- or between-phrase starts at most this many tokens after the noun. */
    static final int WITH_WINDOW = 12;
    /** A bare plural's own noun phrase, where a place would make it particular, ends at most this many tokens after it. */
    static final int NOUN_PHRASE = 10;

    private final Scan s;

    MentionReading(Scan s) { this.s = s; }

    /** The mention with what its words say; {@code m} is among {@link Scan#mentions} already. */
    Mention read(Mention m) {
        Clause c = s.doc.clauseOf(m.token());
        Det det = Det.BARE;
        boolean planned = false, earlier = false;
        Optional<Integer> ordinal = Optional.empty();
        Prep prep = Prep.NONE;
        Set<EntityRef> with = new LinkedHashSet<>();
        if (!m.implicit()) {
            for (int i = m.token() - 1; i >= Math.max(c.from(), m.token() - DETERMINER_WINDOW); i--) {
                Token t = s.tok(i);
                String w = t.text();
                if (s.hyphenPart(i)) continue;
                if (s.cues.is(Kind.ORDINAL, w) && ordinal.isEmpty()) ordinal = s.cues.number(Kind.ORDINAL, w);
                if (s.cues.is(Kind.PLANNED, w)) planned = true;
                if (s.cues.is(Kind.POSSESSIVE, w) && (t.is("DET") || t.is("PRON"))) { det = Det.POSS; break; }
                if (s.cues.is(Kind.DEMONSTRATIVE, w) && !t.is("PRON")) { det = Det.DEM; break; }
                if (s.cues.is(Kind.INDEFINITE, w) && (t.is("DET") || t.is("NUM") || t.upos().contains("DET"))) { det = Det.INDEF; break; }
                if (t.is("DET") || t.upos().contains("DET")) {
                    det = Det.DEF;
                    if (!t.is("DET")) break;
                    continue;
                }
                if (!(t.is("ADJ") || t.is("NUM") || t.is("ADV") || t.is("NOUN") && s.english() || t.isPropn() && s.english())) break;
            }
            prep = preposition(m, c);
            with(m, c, with);
        }
        for (int k = c.from(); k < c.to(); k++) {
            String w = s.tok(k).text();
            if (s.cues.is(Kind.PLANNED, w) && (!m.implicit() || k > m.token()) && (!nearOther(m, c, k) || s.tok(k).isVerbal())) planned = true;
            int n = s.cues.phraseAt(Kind.EARLIER, s.toks, k);
            if (n > 1 || n == 1 && s.cues.is(Kind.EARLIER, w)) earlier = true;
        }
        Sentence sent = s.doc.sentenceOf(m.token());
        if (m.implicit())
            for (int k = sent.range().begin(); k < sent.range().end(); k++) if (s.cues.phraseAt(Kind.EARLIER, s.toks, k) > 1) earlier = true;
        boolean generic = !m.implicit() && det == Det.INDEF && prep != Prep.AT && !s.mentions.isEmpty() && s.mentions.getFirst() != m && with.isEmpty() && !planned
                && ordinal.isEmpty() && saysNothing(m, c) && !s.doc.shortUnpunctuated(sent) && s.mentions.stream().anyMatch(o -> o.token() < m.token() && !o.generic());
        generic |= !m.implicit() && m.plural() && det == Det.BARE && with.isEmpty() && s.places.modifier(m.token()).isEmpty()
                && s.places.locative(m.token() + 1, nounPhraseEnd(m.token(), c)).isEmpty() && !s.doc.shortUnpunctuated(sent);
        return m.read(new Mention.Reading(det, planned, earlier, generic, prep, ordinal, with.stream().toList()));
    }

    /** Another noun mention of the clause stands nearer to the planned-cue at {@code k} than this one. */
    private boolean nearOther(Mention m, Clause c, int k) {
        for (Mention o : s.mentions)
            if (o != m && c.covers(o.token()) && Math.abs(o.token() - k) < Math.abs(m.token() - k) && !o.implicit()) return true;
        return false;
    }

    /** No place, time or duration in the clause says which event it is. */
    private boolean saysNothing(Mention m, Clause c) {
        return s.places.modifier(m.token()).isEmpty() && s.places.locative(c.from(), c.to()).isEmpty()
                && When.in(s.toks.subList(c.from(), c.to()), s.cues, s.figures.published(), false).isEmpty() && s.figures.before(c, m).isEmpty();
    }

    /**
     * The preposition that governs the mention, before it in its clause (hyphen parts of a compound not counted).
     * A phase noun on the way makes any preposition one of being there ("zu Beginn des Gipfels", "on the sidelines
     * of the fair"); one after a comment noun names a topic, not a presence ("ein Kommentar zur Konferenz"). In
     * German another noun on the way is what the preposition governs ("zur Schlussfolgerung des Treffens").
     */
    private Prep preposition(Mention m, Clause c) {
        boolean phase = false;
        int words = 0;
        for (int i = m.token() - 1; i >= c.from() && words < PREPOSITION_WINDOW; i--) {
            Token t = s.tok(i);
            String w = t.text();
            if (s.hyphenPart(i) || s.doc.isQuoteMark(t)) continue;
            words++;
            if (t.isVerbal() || t.isPunct() || t.is("PRON") && !s.cues.is(Kind.POSSESSIVE, w) || t.is("SCONJ") || t.is("CCONJ")) return Prep.NONE;
            if (s.cues.is(Kind.NOT_THIS, w)) return Prep.NOT_THIS;
            if (t.is("NOUN") && s.cues.is(Kind.PHASE, w)) phase = true;
            // "zur Schlussfolgerung des Treffens": the preposition governs another noun, not a phase or a day of the event
            else if (!s.english() && t.is("NOUN") && s.lex.eventNoun(w).isEmpty()) return Prep.NONE;
            if (t.is("ADP") || t.upos().startsWith("ADP") || s.english() && s.cues.is(Kind.AFTER, w)) {
                if (s.cues.is(Kind.AFTER, w)) return afterComment(i, c) ? Prep.NONE : Prep.AFTER;
                if (s.cues.is(Kind.AT, w) || phase) return afterComment(i, c) ? Prep.NONE : Prep.AT;
                if (!s.cues.is(Kind.GENITIVE, w)) return Prep.NONE;
            }
        }
        return Prep.NONE;
    }

    /** A comment noun stands right before the preposition at {@code prep}, its adjectives aside ("Kommentar zur", "editorial on"). */
    private boolean afterComment(int prep, Clause c) {
        for (int i = prep - 1; i >= Math.max(c.from(), prep - COMMENT_WINDOW); i--) {
            Token t = s.tok(i);
            if ((t.is("NOUN") || t.isPropn()) && s.cues.is(Kind.COMMENT, t.text())) return true;
            if (!(t.is("ADJ") || t.is("DET") || t.is("NOUN") || t.is("ADP"))) return false;
        }
        return false;
    }

    /** "Gespräche zwischen X und Y", "ein Treffen mit X", "talks between himself and Y": the persons named. */
    private void with(Mention m, Clause c, Set<EntityRef> with) {
        int to = c.to();
        // "the “Lapland Summit” between X and Y": a closing quotation mark after a name in quotes ends no phrase
        if (m.token() + 1 == c.to() && m.token() + 2 < s.toks.size() && s.doc.isQuoteMark(s.tok(m.token() + 1)) && s.doc.inClause(m.token() + 2))
            to = s.doc.clauseOf(m.token() + 2).to();
        int end = Math.min(to, m.token() + WITH_WINDOW);
        for (int i = m.token() + 1; i < end; i++) {
            Token t = s.tok(i);
            if (t.isVerbal() || t.text().equals(";")) return;
            if (!(s.with(t.text(), m.type()) || s.cues.is(Kind.BETWEEN, t.text()))) continue;
            for (int j = i + 1; j < to; j++) {
                Token u = s.tok(j);
                if (u.isVerbal()) return;
                if (s.cues.is(Kind.REFLEXIVE, u.text())) s.persons.subject(m.token()).ifPresent(with::add);
                Optional<People.Ref> r = s.doc.personAt(j);
                if (r.isPresent() && !s.persons.credited(r.get())) {
                    with.add(r.get().entity());
                    j = s.doc.annotated().tokensWithin(r.get().span()).end() - 1;
                    continue;
                }
                if (!(u.is("DET") || u.is("ADJ") || u.is("NOUN") || u.isPropn() || u.is("CCONJ") || u.text().equals(",") || u.text().startsWith("-")
                        || u.text().equals("(") || u.text().equals(")") || u.text().equals("'s") || u.is("PRON") || u.is("NUM")
                        || s.cues.is(Kind.GENITIVE, u.text()))) return;
            }
            return;
        }
    }

    /** The end of the noun phrase after a mention: the next verb, the clause's end, or {@link #NOUN_PHRASE} tokens. */
    private int nounPhraseEnd(int token, Clause c) {
        int i = token + 1;
        while (i < c.to() && !s.tok(i).isVerbal() && i < token + NOUN_PHRASE) i++;
        return i;
    }
}
