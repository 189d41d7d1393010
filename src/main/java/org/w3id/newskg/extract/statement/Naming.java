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
        Sentence ns = c.doc.sentenceOf(verb);
        // "In einem Gespräch mit dem Minister wies der Chef alles als „…“ zurück": with its particle after the quotation the
        // verb stands second, and its subject is found by grammar, not as the nearest person before it
        boolean separated = particleAfter(c, q, ns) != null && !c.lex.isNamingVerb(c.tok(verb).lemma(), "als") && !c.lex.isNamingVerb(c.tok(verb).lemma(), "direct");
        Optional<Attribution> a = separated ? c.subjects.near(verb, new CharSpan(ns.span().begin(), q.marked().begin()), open.words(), false)
                : c.subjects.nearestPersonBefore(verb).map(r -> c.subjects.person(r, open.words()));
        if (a.isEmpty() && verb > c.doc.tokenFrom(q.marked().begin(), -1) && fronted(c, q, ns))   // "Als „…“ wertete X den Plan": the subject follows
            a = c.subjects.near(verb, ns.span(), open.words(), true);
        if (a.isEmpty())   // "Die Union kritisierte das als »…«"
            a = c.subjects.near(finite(c, verb, ns), new CharSpan(ns.span().begin(), q.marked().begin()), open.words(), false);
        return Optional.of(a.map(x -> open.with(x).cue(c.tok(verb).span()).by(NAME)).orElse(QuoteSieves.NOT_SPEECH));
    }

    /** "Der Verband hat … als „…“ abgelehnt": the subject stands by the finite auxiliary, not by the participle at the end. */
    private static int finite(Context c, int verb, Sentence sent) {
        // "…, weil die Regierung das als „…“ bezeichnet hat": the auxiliary after the participle is the finite verb of its clause
        if (verb + 1 < sent.range().end() && c.tok(verb + 1).is("AUX")) return verb;
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
        String particle = particleAfter(c, q, sent);
        for (int i = t - 1; i >= Math.max(sent.range().begin(), t - REACH); i--) {
            if (c.tok(i).text().equals(".")) break;
            if (!c.tok(i).isVerbal() && !c.doc.verbs().nounAsVerb(i)) continue;
            String l = c.tok(i).lemma();
            if (c.lex.isNamingVerb(l, "direct") && (i >= t - DIRECT_REACH || plainObject(c, i + 1, t))) return i;
            boolean linked = c.lex.is(WordClass.NAMING_LINK, link) || c.lex.is(WordClass.OF, link);
            if (linked && (c.lex.isNamingVerb(l, link) || particle != null && c.lex.isNamingVerb(particle + l, link))) return i;
        }
        if (!c.doc.german() || !c.lex.is(WordClass.NAMING_LINK, link)) return -1;
        int after = participleAfter(c, q, link, sent);
        return after >= 0 || !fronted(c, q, sent) ? after : finiteAfter(c, q, link, sent);
    }

    /**
     * "wies den Vorwurf als „…“ zurück": the separated particle that ends the clause right after the quotation (a word
     * that is no verb, then punctuation or the sentence's end), lower case, else null.
     */
    private static String particleAfter(Context c, Quote q, Sentence sent) {
        int i = c.doc.tokenFrom(q.marked().end(), -1);
        if (i < 0 || i >= sent.range().end() || c.tok(i).isVerbal() || c.tok(i).isPunct() || !(c.tok(i).is("ADP") || c.tok(i).is("ADV") || c.tok(i).is("PART"))) return null;
        return i + 1 >= sent.range().end() || c.tok(i + 1).isPunct() ? c.tok(i).text().toLowerCase(java.util.Locale.ROOT) : null;
    }

    /** "Als „…“ wertete X den Plan": the linking word opens the sentence, before the quotation. */
    private static boolean fronted(Context c, Quote q, Sentence sent) {
        int t = c.doc.tokenFrom(q.marked().begin(), -1);
        return t == sent.range().begin() + 1;
    }

    /** "Als „…“ wertete X den Plan": the finite naming verb right after the fronted quotation, or -1. */
    private static int finiteAfter(Context c, Quote q, String link, Sentence sent) {
        int i = c.doc.tokenFrom(q.marked().end(), -1);
        return i >= 0 && i < sent.range().end() && c.tok(i).isVerbal() && c.lex.isNamingVerb(c.tok(i).lemma(), link) ? i : -1;
    }

    /** "hat den Plan als „…“ zurückgewiesen": a German participle or infinitive of a naming verb right after the quotation ends the clause. */
    private static int participleAfter(Context c, Quote q, String link, Sentence sent) {
        int i = c.doc.tokenFrom(q.marked().end(), -1);
        if (i < 0 || i >= sent.range().end()) return -1;
        // "… als „…“ bezeichnet hat": an auxiliary after the participle still ends the clause (a passive one, "bezeichnet
        // worden", leaves the namer unnamed or in a von-phrase, and is not taken)
        boolean aux = i + 1 < sent.range().end() && c.tok(i + 1).is("AUX");
        if (aux && c.lex.is(WordClass.PASSIVE_AUX, c.tok(i + 1).text().toLowerCase(java.util.Locale.ROOT))) return -1;
        int e = aux ? i + 2 : i + 1;
        if (c.tok(i).isVerbal() && c.lex.isNamingVerb(c.tok(i).lemma(), link) && (e >= sent.range().end() || c.tok(e).isPunct())) return i;
        return -1;
    }
}
