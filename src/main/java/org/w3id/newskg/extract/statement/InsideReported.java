package org.w3id.newskg.extract.statement;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.w3id.newskg.extract.Lexicon.WordClass;
import org.w3id.newskg.extract.doc.Quote;
import org.w3id.newskg.extract.person.People;
import org.w3id.newskg.model.Token;

/**
 * {@code inside-reported}: a quotation inside a reported clause is the words of the clause's speaker (ANNOTATION.md:
 * both are statements); of nested clauses, the innermost of a named person ("A source said he told C that the „…“"
 * is his). Inside the clause another person may rate something with the quoted words ("Er sagte, Novak habe das
 * Treffen „sehr gut“ bewertet"): then they are that person's ({@link #NESTED}). A reported clause that is exactly the
 * quotation gives way to it, which takes its source and rule. A word mentioned ("der Begriff „…“") is no one's.
 */
final class InsideReported implements SpeakerSieve {
    static final String NAME = "inside-reported";
    static final String NESTED = "nested-speaker";
    /** Reported clauses without a subject of their own ("urged X to …"): a quotation in one is not their nearest host. */
    private static final java.util.Set<String> NON_FINITE = java.util.Set.of(Infinitive.NAME, PassiveInfinitive.NAME);
    /** A rating verb within this many words before or after the quotation. */
    private static final int RATING_BEFORE = 4, RATING_AFTER = 3;

    @Override public String name() { return NAME; }

    @Override
    public Optional<Draft> attribute(Context c, Quote q, Draft open) {
        List<Draft> hosts = c.sofar.reported().stream().filter(r -> r.words().covers(q.content()) && r.words().length() > q.content().length() + 3).toList();
        Optional<Draft> host = hosts.stream().filter(r -> r.speaker() != null && !NON_FINITE.contains(r.origin()))
                .min(Comparator.comparingInt(r -> r.words().length())).or(() -> hosts.stream().findFirst());
        if (host.isPresent() && quotedName(c, q, c.doc.tokenFrom(q.marked().begin(), 0))) return Optional.of(QuoteSieves.NOT_SPEECH);
        if (host.isPresent() && !mentionedTerm(c, q)) {
            Draft h = host.get();
            Draft d = open.copiedFrom(h, NAME);
            if (c.on(NESTED)) {
                Optional<People.Ref> rater = nestedSpeaker(c, q, h);
                if (rater.isPresent()) d = d.with(c.subjects.person(rater.get(), d.words())).renamed(open.rule() + "+" + NESTED).cue(null);
            }
            return Optional.of(d);
        }
        // the reported clause is exactly the quotation: keep it as direct only
        Optional<Draft> same = c.sofar.reported().stream()
                .filter(r -> sameWords(r, q) || q.content().covers(r.words()) && r.words().length() * 10 > q.content().length() * 8).findFirst();
        if (same.isEmpty()) return Optional.empty();
        c.sofar.replacedByQuote(same.get());
        return Optional.of(open.copiedFrom(same.get(), same.get().rule()));
    }

    private static boolean sameWords(Draft r, Quote q) {
        return Math.abs(r.words().begin() - q.content().begin()) <= 1 && Math.abs(r.words().end() - q.content().end()) <= 1;
    }

    /** Inside the reported clause, another person rates or calls something with the quoted words. */
    private static Optional<People.Ref> nestedSpeaker(Context c, Quote q, Draft host) {
        int qb = c.doc.tokenFrom(q.marked().begin(), -1);
        int qe = c.doc.tokenFrom(q.marked().end(), c.doc.size());
        boolean rated = false;
        for (int i = Math.max(0, qb - RATING_BEFORE); i < Math.min(c.doc.size(), qe + RATING_AFTER); i++) {
            if (i >= qb && i < qe) continue;
            Token t = c.tok(i);
            if (t.isVerbal() && c.lex.is(WordClass.RATING_VERB, t.lemma()) && host.words().covers(t.span())) rated = true;
        }
        if (!rated) return Optional.empty();
        People.Ref best = null;
        for (People.Ref r : c.doc.people().refs())
            if (host.words().covers(r.span()) && r.span().end() <= q.marked().begin() && c.doc.isPerson(r) && !r.entity().equals(host.speaker())) best = r;
        return Optional.ofNullable(best);
    }

    /** „…“ after "Begriff", "sogenannte", "the term", "so-called": a word mentioned, not said. */
    static boolean mentionedTerm(Context c, Quote q) {
        int t = c.doc.tokenFrom(q.marked().begin(), 0);
        for (int i = t - 1; i >= Math.max(0, t - 2); i--) if (c.lex.is(WordClass.TERM_MARKER, c.tok(i).text())) return true;
        String before = c.doc.text().substring(Math.max(0, q.marked().begin() - 20), q.marked().begin()).strip();   // "so-called" may be three tokens
        String[] words = before.split("\\s+");
        return words.length > 0 && c.lex.is(WordClass.TERM_MARKER, words[words.length - 1]);
    }

    /** A quoted name has at most this many words. */
    private static final int NAME_WORDS = 5;

    /**
     * A name in quotation marks in a noun phrase, not words said: after a common noun ("das Programm „Schule plus“"),
     * between an article and its noun ('the "Green Wheels" scheme'), or after a preposition fused with an article when
     * its words are capitalised around a preposition or article ("im „Stadion am See“"). No verb inside, the first word capitalised.
     */
    private static boolean quotedName(Context c, Quote q, int open) {
        List<Token> in = c.doc.annotated().tokens(c.doc.annotated().tokensWithin(q.content()));
        if (in.isEmpty() || in.size() > NAME_WORDS || open <= 0 || !in.getFirst().isCapitalised() || in.stream().anyMatch(Token::isVerbal)) return false;
        int close = c.doc.tokenFrom(q.marked().end(), -1);
        Token before = c.tok(open - 1);
        // German capitalises every noun: one quoted noun after a noun may be a rating ("habe den Plan „Murks“ genannt")
        if (before.is("NOUN") && (!c.doc.german() || in.size() >= 2)) return true;
        if (close > 0 && close < c.doc.size() && (before.is("DET") || before.text().equalsIgnoreCase("the")) && c.tok(close).is("NOUN")) return true;
        boolean inner = in.stream().skip(1).anyMatch(x -> x.upos().startsWith("ADP") || x.is("DET"));
        // "im „Stadion am See“": a definite article fused with the preposition before a name ("gegen „Mitte dieses Jahrhunderts“" is no name)
        return before.is("ADP+DET") && inner && in.size() >= 3
                && in.stream().filter(x -> !(x.upos().startsWith("ADP") || x.is("DET") || x.is("ADJ"))).allMatch(Token::isCapitalised);
    }
}
