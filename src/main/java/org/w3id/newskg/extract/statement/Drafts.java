package org.w3id.newskg.extract.statement;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.w3id.newskg.extract.doc.ArticleDoc;
import org.w3id.newskg.extract.doc.Quote;
import org.w3id.newskg.model.CharSpan;

/**
 * What the rules of one article have found so far: reported clauses and quotations, in the order the rules added
 * them. Rules only add; the one exception is a quotation that takes the place of a reported clause that is exactly
 * its words. Also answers the questions later rules ask about earlier findings: the statement just before a point
 * (the running speaker), and whether words are already taken.
 */
final class Drafts {
    private final ArticleDoc doc;
    private final LocalSpeakers local;
    private final List<Draft> reported = new ArrayList<>();
    private final List<Draft> direct = new ArrayList<>();
    private final List<Draft> acts = new ArrayList<>();

    Drafts(ArticleDoc doc, LocalSpeakers local) {
        this.doc = doc;
        this.local = local;
    }

    List<Draft> reported() { return Collections.unmodifiableList(reported); }

    List<Draft> direct() { return Collections.unmodifiableList(direct); }

    void addReported(Draft d) { reported.add(d); }

    void addDirect(Draft d) { direct.add(d); }

    /** A speech act without a statement ("X sprach sich für … aus"): it gives its subject the floor, and is never output. */
    void addAct(Draft d) { acts.add(d); }

    /** A quotation takes the place of the reported clause that is its words (ANNOTATION.md: only the direct one). */
    void replacedByQuote(Draft r) { reported.remove(r); }

    /** Replaces a direct draft by its revision (a later step found who said it). */
    void reviseDirect(int index, Draft d) { direct.set(index, d); }

    /**
     * The statement with a source that starts last before the offset: reported (not one nested in another) or direct,
     * a speech act without a statement, or a quotation whose speaker the sieves around it name ({@link LocalSpeakers});
     * null when the last one has no source.
     */
    Draft lastBefore(int offset) {
        Draft best = latestReported(offset);
        for (Draft d : direct) if (d.words().begin() < offset && (best == null || d.words().begin() > best.words().begin())) best = d;
        for (Draft d : acts) if (d.words().end() <= offset && (best == null || d.words().begin() > best.words().begin())) best = d;
        List<Quote> quotes = doc.quotes();
        for (int i = quotes.size() - 1; i >= 0; i--) {   // the latest attributed quotation before the offset
            Quote q = quotes.get(i);
            if (q.content().end() >= offset) continue;
            if (best != null && q.content().begin() <= best.words().begin()) break;
            if (inReported(q)) continue;   // a quotation inside a reported clause is its speaker's: the clause stands for it
            Draft around = local == null ? null : local.of(q);
            if (around != null) { best = around; break; }
        }
        return best != null && best.hasSource() ? best : null;
    }

    /**
     * The reported draft, not nested in another, that starts last before the offset (the first in list order among
     * equals). Nested drafts are rare, so the nesting test runs for the latest start only, not for every draft: on a
     * long article this is called for every pronoun.
     */
    private Draft latestReported(int offset) {
        int bound = offset;
        while (true) {
            int top = -1;
            for (Draft d : reported) if (d.words().begin() < bound) top = Math.max(top, d.words().begin());
            if (top < 0) return null;
            for (Draft d : reported) if (d.words().begin() == top && !nested(d)) return d;
            bound = top;
        }
    }

    /**
     * A reported clause inside another one ("X nannte es einen Schritt, dass Y zugesagt habe, … zu helfen"): the
     * outer clause's speaker keeps the floor, the inner one's does not take it.
     */
    private boolean nested(Draft d) {
        for (Draft x : reported) if (x != d && x.words().covers(d.words()) && !x.words().equals(d.words())) return true;
        return false;
    }

    private boolean inReported(Quote q) {
        for (Draft d : reported) if (d.words().covers(q.content())) return true;
        return false;
    }

    /** Whether the words overlap a reported clause, or lie in (or hold most of) a quotation. */
    boolean covered(CharSpan span) {
        for (Draft d : reported) if (d.words().overlaps(span)) return true;
        for (Quote q : doc.quotes()) if (q.marked().covers(span) || span.covers(q.marked()) && q.marked().length() * 10 > span.length() * 8) return true;
        return false;
    }

    /** Whether the words lie in the content of a reported clause that does not hold {@code verb}: what was said, not who said it. */
    boolean inContent(CharSpan words, CharSpan verb) {
        for (Draft x : reported) if (x.words().covers(words) && !x.words().covers(verb)) return true;
        return false;
    }
}
