package org.w3id.newskg.extract.statement;

import java.util.Set;
import org.w3id.newskg.extract.Lexicon;
import org.w3id.newskg.extract.doc.ArticleDoc;
import org.w3id.newskg.model.CharSpan;
import org.w3id.newskg.model.Sentence;
import org.w3id.newskg.model.Token;

/**
 * What every statement rule of one article reads: the article ({@link ArticleDoc}), where clauses end ({@link
 * ClauseEnds}), who the subject of a verb is ({@link Subjects}), what the rules found so far ({@link Drafts}), and
 * the rules switched off for this run ({@code newskg explain --without RULE}).
 */
final class Context {
    /** The step that makes a passive speech verb without an agent an unnamed source ("is said to", "wurde gebeten"): {@link Passives}. */
    static final String PASSIVE = "passive";
    /** Reported words shorter than this many characters are no statement. */
    static final int MIN_WORDS = 3;

    final ArticleDoc doc;
    final Lexicon lex;
    final ClauseEnds clauses;
    final Subjects subjects;
    final Drafts sofar;
    private final Set<String> off;

    /** @param local the speakers of the quotations by the sieves around them, as far as computed */
    Context(ArticleDoc doc, LocalSpeakers local, Set<String> off) {
        this.doc = doc;
        this.lex = doc.lex();
        this.clauses = new ClauseEnds(doc);
        this.sofar = new Drafts(doc, local);
        this.subjects = new Subjects(doc, new SourcePhrase(doc), sofar);
        this.off = off;
    }

    /** Whether the named rule or step runs. */
    boolean on(String rule) { return !off.contains(rule); }

    Token tok(int i) { return doc.token(i); }

    /**
     * Adds the words as a reported clause of the speech verb at {@code verb}, its speaker the verb's subject in the
     * sentence outside the words (an English passive without an agent: an unnamed source). Words that start where a
     * clause already found starts, or are shorter than {@link #MIN_WORDS}, add nothing.
     */
    void report(CharSpan words, int verb, Sentence sent, String rule) { report(words, verb, sent, rule, false); }

    /** As {@link #report(CharSpan, int, Sentence, String)}; {@code direct}: the words are the speaker's own, unmarked direct speech. */
    void report(CharSpan words, int verb, Sentence sent, String rule, boolean direct) {
        if (words.isEmpty() || words.length() < MIN_WORDS) return;
        for (Draft r : sofar.reported()) if (r.words().overlaps(words) && r.words().begin() == words.begin()) return;
        Draft d = (direct ? Draft.direct(words, rule) : Draft.reported(words, rule)).cue(tok(verb).span());
        if (on(PASSIVE) && Passives.agentless(this, verb, sent)) {
            d = d.by(PASSIVE).undecidedSource(null, null);
        } else if (on(PASSIVE) && Passives.agent(this, verb, sent).isPresent()) {
            d = d.with(Passives.agent(this, verb, sent).get()).by(PASSIVE);
        } else {
            Draft found = d;
            d = subjects.near(verb, sent.span(), words, false, words).map(found::with).orElse(d);
        }
        sofar.addReported(d.decided());
    }
}
