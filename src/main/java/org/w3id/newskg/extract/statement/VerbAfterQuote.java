package org.w3id.newskg.extract.statement;

import java.util.Optional;
import org.w3id.newskg.extract.doc.Quote;
import org.w3id.newskg.model.CharSpan;
import org.w3id.newskg.model.Sentence;
import org.w3id.newskg.model.Token;

/**
 * {@code verb-after-quote}: "„…“, sagte X", "“…,” X said": a speech verb right after the quotation, before the next
 * comma, line break or quotation mark; its subject is the speaker.
 */
final class VerbAfterQuote implements SpeakerSieve {
    static final String NAME = "verb-after-quote";
    /**
     * The step that takes a title with no person of the passage behind it as an unnamed source: "„…“, sagte die
     * Sprecherin", "“…,” the spokeswoman said" (ANNOTATION.md: an unnamed official has no speaker, the quotation stays).
     */
    static final String UNNAMED_TITLE = "unnamed-title";
    /** The verb within this many words after the quotation. */
    private static final int REACH = 12;

    /** The words right after a quotation: the first token after up to two punctuation marks, and the end of the search. */
    record After(Sentence sent, int first, int limit) {
        static Optional<After> of(Context c, Quote q) {
            int after = c.doc.tokenFrom(q.marked().end(), c.doc.size());
            if (after >= c.doc.size()) return Optional.empty();
            Sentence sent = c.doc.sentenceOf(after);
            int i = after;
            while (i < c.doc.size() && i < after + 2 && (c.tok(i).isPunct() && !c.tok(i).text().equals("."))) i++;
            return Optional.of(new After(sent, i, Math.min(sent.range().end(), i + REACH)));
        }

        /** A line break between the quotation and the token: the attribution belongs to another paragraph. */
        boolean brokenAt(Context c, Quote q, int token) { return c.doc.text().substring(q.marked().end(), c.tok(token).span().begin()).contains("\n"); }
    }

    @Override public String name() { return NAME; }

    @Override
    public Optional<Draft> attribute(Context c, Quote q, Draft open) {
        Optional<After> found = After.of(c, q);
        if (found.isEmpty()) return Optional.empty();
        After a = found.get();
        int i = a.first(), limit = a.limit();
        for (int v = i; v < limit; v++) {
            if (c.doc.isQuoteMark(c.tok(v)) || a.brokenAt(c, q, v)) break;
            if (c.doc.verbs().speechVerbAt(v) && !c.doc.verbs().negated(v, a.sent()) && !introducesOwn(c, q, v, a)) {
                CharSpan window = new CharSpan(c.tok(i).span().begin(), c.tok(Math.min(limit, a.sent().range().end()) - 1).span().end());
                Optional<Attribution> s = c.subjects.near(v, window, open.words(), true);
                if (s.isPresent()) return Optional.of(open.with(s.get()).cue(c.tok(v).span()).by(NAME));
                Optional<CharSpan> title = c.on(UNNAMED_TITLE) ? unnamedTitle(c, v, open.words()) : Optional.empty();
                if (title.isPresent()) return Optional.of(open.with(Attribution.unnamed(title.get(), null)).cue(c.tok(v).span()).by(NAME + "+" + UNNAMED_TITLE));
            }
            if (c.tok(v).text().equals(",") && v > i) break;
        }
        return Optional.empty();
    }

    /** The verb's subject noun phrase when it holds a title (a person lexicon word) and names no one: an unnamed source. */
    private static Optional<CharSpan> unnamedTitle(Context c, int v, CharSpan words) {
        return c.subjects.phrase().subjectOf(v, words).filter(np -> c.doc.people().refs().stream().noneMatch(r -> np.overlaps(r.span()))
                && c.doc.annotated().tokens(c.doc.annotated().tokensWithin(np)).stream().anyMatch(t -> t.is("NOUN") && c.lex.title(t.text()).isPresent()));
    }

    /**
     * A verb in the next sentence that introduces a quotation of its own ("„…“ Skeptisch reagierte auch X: „…“") or
     * a clause of its own ("„…“ Landrätin Eva Roth sagte, der Kreis zahle mit.", "“…” Captain Sam Lee said the team
     * would celebrate."), or follows a quotation that a colon already introduced ("X schrieb: „…“ Y sagte …"), is not
     * this quotation's.
     */
    private static boolean introducesOwn(Context c, Quote q, int v, After a) {
        int quoteEnd = c.doc.tokenFrom(q.marked().end(), c.doc.size()) - 1;
        boolean nextSentence = quoteEnd >= 0 && c.doc.sentenceOf(quoteEnd).index() != a.sent().index();
        if (!nextSentence) return false;
        if (ColonIntro.Intro.of(c, q).isPresent()) return true;
        for (int k = v + 1; k + 1 < a.sent().range().end(); k++)
            if (c.tok(k).text().equals(":") && c.doc.isQuoteMark(c.tok(k + 1))) return true;
        return ownClause(c, v, a.sent());
    }

    /** After the verb, a complementizer, or a comma or colon with a clause after it that is no relative clause, or (English) a verb of a zero clause. */
    private static boolean ownClause(Context c, int v, Sentence sent) {
        int end = sent.range().end();
        if (!c.doc.german() && !c.clauses.tailIsAttribution(v, end)) return true;
        for (int k = v + 1; k < end; k++) {
            String w = c.tok(k).text();
            if (c.lex.is(org.w3id.newskg.extract.Lexicon.WordClass.COMPLEMENTIZER, w)) return true;
            if (!w.equals(",") && !w.equals(":")) continue;
            Token next = k + 1 < end ? c.tok(k + 1) : null;   // "der" as a relative pronoun, not as the article of a clause's subject
            if (next != null && !next.is("DET") && c.lex.is(org.w3id.newskg.extract.Lexicon.WordClass.RELATIVE, next.text())) return false;
            for (int j = k + 1; j < end; j++) if (c.tok(j).isVerbal() && !c.doc.insideQuote(c.tok(j).span())) return true;
            return false;
        }
        return false;
    }
}
