package org.w3id.newskg.extract.statement;

import java.util.Optional;
import org.w3id.newskg.extract.Lexicon.WordClass;
import org.w3id.newskg.extract.doc.Quote;
import org.w3id.newskg.extract.person.People;
import org.w3id.newskg.model.CharSpan;
import org.w3id.newskg.model.Sentence;

/**
 * {@code naming}: a naming verb before the quotation names or rates with the quoted words — "nannte das Treffen
 * „…“", "sieht den Tag als „…“", "sprach von einer „…“", "called it “…”" (naming-verbs.tsv). Only the quoted fragment
 * is a statement (ANNOTATION.md), the verb's subject its speaker; without a subject it is no statement.
 */
final class Naming implements SpeakerSieve {
    static final String NAME = "naming";
    /** The naming verb within this many words before the quotation … */
    private static final int REACH = 12;
    /** … and a verb that names without a linking word ("nannte X „…“") within this many. */
    private static final int DIRECT_REACH = 6;

    @Override public String name() { return NAME; }

    @Override
    public Optional<Draft> attribute(Context c, Quote q, Draft open) {
        int verb = verb(c, q);
        if (verb < 0) return Optional.empty();
        Optional<People.Ref> subject = c.subjects.nearestPersonBefore(verb);
        Optional<Attribution> a = subject.map(r -> c.subjects.person(r, open.words()));
        if (a.isEmpty()) {   // "Die Union kritisierte das als »…«"
            Sentence ns = c.doc.sentenceOf(verb);
            a = c.subjects.near(finite(c, verb, ns), new CharSpan(ns.span().begin(), q.marked().begin()), open.words(), false);
        }
        return Optional.of(a.map(x -> open.with(x).cue(c.tok(verb).span()).by(NAME)).orElse(QuoteSieves.NOT_SPEECH));
    }

    /** "Der Verband hat … als „…“ abgelehnt": the subject stands by the finite auxiliary, not by the participle at the end. */
    private static int finite(Context c, int verb, Sentence sent) {
        for (int i = sent.range().begin(); i < verb; i++) if (c.tok(i).is("AUX") && !c.doc.insideQuote(c.tok(i).span())) return i;
        return verb;
    }

    /**
     * Tokens {@code from} to {@code to} are one object noun phrase, however long: no verb, no punctuation ("called the
     * meeting with the unions and the employers „…“").
     */
    private static boolean plainObject(Context c, int from, int to) {
        for (int i = from; i < to; i++) if (c.tok(i).isVerbal() || c.tok(i).isPunct()) return false;
        return true;
    }

    /** The index of a naming verb before the quotation in its sentence (with "als"/"as"/"von"/"of" right before the quotation for verbs like sehen, werten), or -1. */
    private static int verb(Context c, Quote q) {
        int t = c.doc.tokenFrom(q.marked().begin(), -1);
        if (t <= 0) return -1;
        Sentence sent = c.doc.sentenceOf(Math.max(0, t - 1));
        // the word that joins the quotation to the verb: "als „…“", "von einer „…“", "as "…"", "of a "…""
        String link = c.tok(t - 1).text().toLowerCase(java.util.Locale.ROOT);
        if (t >= 2 && (c.tok(t - 1).is("DET") || c.tok(t - 1).is("ADJ"))) {
            String w = c.tok(t - 2).text().toLowerCase(java.util.Locale.ROOT);
            if (c.lex.is(WordClass.OF, w)) link = w;
        }
        if (link.equals("vom")) link = "von";   // "vom" is "von dem"
        for (int i = t - 1; i >= Math.max(sent.range().begin(), t - REACH); i--) {
            if (c.tok(i).text().equals(".")) break;
            if (!c.tok(i).isVerbal() && !c.doc.verbs().nounAsVerb(i)) continue;
            String l = c.tok(i).lemma();
            if (c.lex.isNamingVerb(l, "direct") && (i >= t - DIRECT_REACH || plainObject(c, i + 1, t))) return i;
            if ((c.lex.is(WordClass.NAMING_LINK, link) || c.lex.is(WordClass.OF, link)) && c.lex.isNamingVerb(l, link)) return i;
        }
        return c.doc.german() && c.lex.is(WordClass.NAMING_LINK, link) ? participleAfter(c, q, link, sent) : -1;
    }

    /** "hat den Plan als „…“ zurückgewiesen": a German participle or infinitive of a naming verb right after the quotation ends the clause. */
    private static int participleAfter(Context c, Quote q, String link, Sentence sent) {
        int i = c.doc.tokenFrom(q.marked().end(), -1);
        if (i < 0 || i >= sent.range().end()) return -1;
        if (c.tok(i).isVerbal() && c.lex.isNamingVerb(c.tok(i).lemma(), link) && (i + 1 >= sent.range().end() || c.tok(i + 1).isPunct())) return i;
        return -1;
    }
}
